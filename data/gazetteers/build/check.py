#!/usr/bin/env python3
"""Quality check of the gazetteer CSVs in data/gazetteers/.

    python3 data/gazetteers/build/check.py [--spec PATH/TO/EXTRACTION.md] [--seed PATH/TO/seed.gold.jsonl]

Checks that every CSV parses as UTF-8 RFC 4180 with "\n" line ends, no BOM and the
fixed header; that codes are ISO 3166-1 alpha-2 (or one of the documented historical
or user-assigned ones); that no surface form points to two different canonicals or
codes; that EXTRACTION.md's canonical group table is covered; and prints row counts.
Exit status 0 when all checks pass, 1 otherwise. Standard library only.
"""
import argparse
import csv
import io
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

HEADERS = {
    "countries.csv": ["alias", "canonical", "code", "ambiguous"],
    "nationalities.csv": ["form", "base", "code"],
    "locations.csv": ["name", "canonical", "code", "kind", "population", "ambiguous"],
    "groups.csv": ["alias", "canonical", "kind", "source"],
}
# ISO 3166-3 retired alpha-2 codes used for historical countries, and Kosovo's
# user-assigned XK (see README.md).
EXTRA_CODES = {"SU", "YU", "CS", "DD", "YD", "VD", "XK"}
LOCATION_KINDS = {"city", "province", "district", "region", "supranational"}
GROUP_KINDS = {"name", "acronym"}
GROUP_SOURCES = {"spec", "FTO", "UN1267", "UK", "curated"}
FORBIDDEN_NATIONALITY = {"western", "westerners", "islamic", "muslim", "muslims", "christian",
                         "christians", "jewish", "jew", "jews", "sunni", "shia", "shiite", "hindu",
                         "sikh", "buddhist", "caucasian", "caucasians"}

# EXTRACTION.md "Canonical group names" table (kept here so the check runs without the
# spec; with --spec, the table is read from the file instead and compared).
SPEC_TABLE = {
    "Islamic State": ["Islamic State", "IS", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and Syria",
                      "Islamic State of Iraq and the Levant", "Islamic State of Iraq and al-Sham"],
    "Islamic State Khorasan Province": ["ISKP", "ISIS-K", "IS-K", "ISK", "Islamic State Khorasan",
                                        "Islamic State-Khorasan", "Islamic State Khorasan Province",
                                        "Wilayat Khorasan"],
    "Taliban": ["Taliban", "Afghan Taliban", "Islamic Emirate of Afghanistan"],
    "Tehrik-i-Taliban Pakistan": ["TTP", "Pakistani Taliban", "Tehreek-e-Taliban Pakistan"],
    "al-Qaeda": ["al-Qaeda", "al-Qaida", "Al Qaeda", "AQ"],
    "Islamic Movement of Uzbekistan": ["IMU", "Islamic Movement of Uzbekistan"],
    "Jamaat Ansarullah": ["Jamaat Ansarullah", "Jamaat Ansarulloh", "Ansarullah"],
    "Hizb ut-Tahrir": ["Hizb ut-Tahrir", "Hizb-ut-Tahrir"],
    "Katibat Imam al-Bukhari": ["Katibat Imam al-Bukhari", "KIB"],
    "Hayat Tahrir al-Sham": ["HTS", "Hayat Tahrir al-Sham"],
}

failures = []
warnings = []


def fail(msg):
    failures.append(msg)


def warn(msg):
    warnings.append(msg)


def load(name):
    path = os.path.join(ROOT, name)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{name}: starts with a BOM")
    if b"\r" in raw:
        fail(f"{name}: contains CR characters (line ends must be \\n)")
    if not raw.endswith(b"\n"):
        fail(f"{name}: does not end with a newline")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"{name}: not UTF-8 ({e})")
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = list(reader)
    if not rows or rows[0] != HEADERS[name]:
        fail(f"{name}: header is {rows[0] if rows else None}, expected {HEADERS[name]}")
        return []
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(HEADERS[name]):
            fail(f"{name}:{i}: {len(r)} fields")
            continue
        d = dict(zip(HEADERS[name], r))
        for k, v in d.items():
            if v != v.strip():
                fail(f"{name}:{i}: {k} has surrounding whitespace: {v!r}")
        if not r[0]:
            fail(f"{name}:{i}: empty surface form")
        out.append(d)
    # sorted and stable output: re-serialising must give the same bytes
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
    if buf.getvalue() != text:
        warn(f"{name}: Python's csv writer would quote differently (still valid RFC 4180)")
    return out


def iso_codes():
    path = os.path.join(HERE, "node_modules", "i18n-iso-countries", "codes.json")
    if not os.path.exists(path):
        warn("node_modules/i18n-iso-countries not installed: alpha-2 codes checked by shape only")
        return None
    return {row[0] for row in json.load(open(path, encoding="utf-8"))}


def check_unique(name, rows, key, value_fields):
    seen = {}
    for r in rows:
        k = r[key]
        v = tuple(r[f] for f in value_fields)
        if k in seen and seen[k] != v:
            fail(f"{name}: {key} {k!r} points to {seen[k]} and {v}")
        elif k in seen:
            fail(f"{name}: {key} {k!r} listed twice")
        seen[k] = v


def parse_spec_table(path):
    text = open(path, encoding="utf-8").read()
    m = re.search(r"## Canonical group names\s*\n(.*?)(\n\n|\Z)", text, re.S)
    if not m:
        fail(f"{path}: no 'Canonical group names' table")
        return None
    table = {}
    for line in m.group(1).splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] in ("canonical", "") or set(cells[0]) <= set("-"):
            continue
        forms = []
        for f in cells[1].split(","):
            f = re.sub(r"\s*\(.*?\)\s*$", "", f.strip())   # "(as the movement)" notes
            if f:
                forms.append(f)
        table[cells[0]] = forms
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", help="path to EXTRACTION.md (default: searched upwards for shared/spec/EXTRACTION.md)")
    ap.add_argument("--seed", help="path to a *.gold.jsonl whose entities must be covered")
    args = ap.parse_args()

    data = {name: load(name) for name in HEADERS}
    countries, nats, locs, groups = (data[n] for n in HEADERS)

    iso = iso_codes()
    valid = (iso | EXTRA_CODES) if iso is not None else None

    def check_code(name, r, field="code", allow_empty=False, allow_choices=False):
        c = r[field]
        if c == "" and allow_empty:
            return
        # "PK|IN" (locations only): places of one name in several countries, likeliest first
        for one in (c.split("|") if allow_choices else [c]):
            if not re.fullmatch(r"[A-Z]{2}", one):
                fail(f"{name}: bad code {c!r} in {r}")
            elif valid is not None and one not in valid:
                fail(f"{name}: code {one} is neither ISO 3166-1 alpha-2 nor a documented extra ({sorted(EXTRA_CODES)})")

    # countries
    for r in countries:
        check_code("countries.csv", r)
        if r["ambiguous"] not in ("0", "1"):
            fail(f"countries.csv: ambiguous {r['ambiguous']!r} for {r['alias']}")
    check_unique("countries.csv", countries, "alias", ["canonical", "code"])
    code_canon = defaultdict(set)
    for r in countries:
        code_canon[r["code"]].add(r["canonical"])
    for c, names in code_canon.items():
        if len(names) > 1:
            fail(f"countries.csv: code {c} has several canonicals {sorted(names)}")
    if iso is not None:
        missing = sorted(iso - set(code_canon))
        if missing:
            fail(f"countries.csv: ISO 3166-1 codes without a row: {missing}")
    for must, code in [("United States", "US"), ("US", "US"), ("U.S.", "US"), ("Soviet Union", "SU"),
                       ("Türkiye", "TR"), ("Turkey", "TR"), ("Tajikistan", "TJ"), ("Russia", "RU"), ("Iran", "IR")]:
        if not any(r["alias"] == must and r["code"] == code for r in countries):
            fail(f"countries.csv: {must} -> {code} missing")

    # nationalities
    for r in nats:
        check_code("nationalities.csv", r, allow_empty=True)
        if r["form"].lower() in FORBIDDEN_NATIONALITY:
            fail(f"nationalities.csv: forbidden form {r['form']}")
    check_unique("nationalities.csv", nats, "form", ["base", "code"])

    # locations
    for r in locs:
        check_code("locations.csv", r, allow_empty=True, allow_choices=True)
        if r["kind"] not in LOCATION_KINDS:
            fail(f"locations.csv: kind {r['kind']!r} for {r['name']}")
        if r["population"] and not re.fullmatch(r"[1-9][0-9]*", r["population"]):
            fail(f"locations.csv: population {r['population']!r} for {r['name']}")
        if r["ambiguous"] not in ("0", "1"):
            fail(f"locations.csv: ambiguous {r['ambiguous']!r} for {r['name']}")
        if len(re.findall(r"[^\W\d_]", r["name"])) < 3:
            fail(f"locations.csv: name shorter than 3 letters: {r['name']}")
    check_unique("locations.csv", locs, "name", ["canonical", "code", "kind"])
    country_lower = {r["alias"].lower() for r in countries}
    nat_lower = {r["form"].lower() for r in nats}
    for r in locs:
        if r["name"].lower() in country_lower:
            fail(f"locations.csv: {r['name']} is also a country alias")
        if r["name"].lower() in nat_lower:
            fail(f"locations.csv: {r['name']} is also a nationality form")
    if any(r["name"] == "Georgia" for r in locs):
        fail("locations.csv: Georgia must be left to countries.csv")

    # groups
    for r in groups:
        if r["kind"] not in GROUP_KINDS:
            fail(f"groups.csv: kind {r['kind']!r} for {r['alias']}")
        srcs = r["source"].split(";")
        if not srcs or any(s not in GROUP_SOURCES for s in srcs):
            fail(f"groups.csv: source {r['source']!r} for {r['alias']}")
        if "(" in r["alias"] and not r["alias"].startswith(("Communist Party of India (Maoist)", "CPI (Maoist)", "CPI(Maoist)")):
            fail(f"groups.csv: parenthesised alias {r['alias']}")
    check_unique("groups.csv", groups, "alias", ["canonical"])
    lower_owner = {}
    for r in groups:
        if r["kind"] != "name":
            continue
        k = r["alias"].lower()
        if k in lower_owner and lower_owner[k] != r["canonical"]:
            fail(f"groups.csv: {r['alias']!r} (case-insensitive) -> {lower_owner[k]} and {r['canonical']}")
        lower_owner[k] = r["canonical"]
    canon_src = defaultdict(set)
    for r in groups:
        canon_src[r["canonical"]].add(r["source"])
    for c, s in canon_src.items():
        if len(s) > 1:
            fail(f"groups.csv: {c} has several source values {sorted(s)}")
    n_groups = len(canon_src)
    if n_groups < 150:
        fail(f"groups.csv: only {n_groups} distinct canonical groups (need at least 150)")

    # spec coverage
    spec_path = args.spec
    if not spec_path:
        d = ROOT
        for _ in range(6):
            cand = os.path.join(d, "shared", "spec", "EXTRACTION.md")
            if os.path.exists(cand):
                spec_path = cand
                break
            d = os.path.dirname(d)
    table = SPEC_TABLE
    if spec_path and os.path.exists(spec_path):
        parsed = parse_spec_table(spec_path)
        if parsed:
            if parsed != SPEC_TABLE:
                warn(f"{spec_path}: canonical table differs from the copy in check.py; checking the file's")
            table = parsed
        print(f"spec table read from {spec_path}")
    else:
        print("spec table: using the copy in check.py")
    by_alias = {r["alias"]: r for r in groups}
    for canonical, forms in table.items():
        if canonical not in canon_src:
            fail(f"spec: canonical group {canonical!r} missing")
        for f in forms + [canonical]:
            r = by_alias.get(f)
            if r is None:
                fail(f"spec: surface form {f!r} of {canonical!r} missing")
            elif r["canonical"] != canonical:
                fail(f"spec: {f!r} maps to {r['canonical']!r}, spec says {canonical!r}")
            elif "spec" not in r["source"].split(";"):
                fail(f"spec: {canonical!r} lacks source 'spec'")

    # optional: a gold file's GROUP/COUNTRY/LOCATION/NATIONALITY mentions must be covered
    if args.seed:
        idx = {
            "GROUP": ({r["alias"]: r["canonical"] for r in groups}, "canonical"),
            "COUNTRY": ({r["alias"]: r["code"] for r in countries}, "code"),
            "LOCATION": ({r["name"]: r["code"] for r in locs}, "code"),
            "NATIONALITY": ({r["form"]: r["code"] for r in nats}, "code"),
        }
        n = 0
        for line in open(args.seed, encoding="utf-8"):
            doc = json.loads(line)
            for e in doc.get("entities", []):
                if e["type"] not in idx:
                    continue
                table_, field = idx[e["type"]]
                n += 1
                got = table_.get(e["text"])
                if got is None:
                    fail(f"seed: {e['type']} {e['text']!r} not in the gazetteer")
                elif got != e.get(field, ""):
                    fail(f"seed: {e['type']} {e['text']!r} gives {got!r}, gold says {e.get(field)!r}")
        print(f"seed: {n} gold mentions checked")

    # cross-file overlaps (informational: the spotter's type priority decides)
    forms = defaultdict(set)
    for r in countries:
        forms[r["alias"]].add("COUNTRY")
    for r in nats:
        forms[r["form"]].add("NATIONALITY")
    for r in locs:
        forms[r["name"]].add("LOCATION")
    for r in groups:
        forms[r["alias"]].add("GROUP")
    overlaps = sorted((f, sorted(t)) for f, t in forms.items() if len(t) > 1)
    for f, t in overlaps:
        warn(f"surface form {f!r} is in several files: {', '.join(t)}")

    for name, rows in data.items():
        print(f"{name}: {len(rows)} rows")
    print(f"distinct canonical groups: {n_groups}")
    print(f"ambiguous: countries {sum(r['ambiguous'] == '1' for r in countries)}, locations {sum(r['ambiguous'] == '1' for r in locs)}")
    for w in warnings:
        print(f"warning: {w}")
    for f in failures:
        print(f"FAIL: {f}")
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
