// Runs chrono-node on the DATE table that DateRecognizerTests scores (../IskpNlp.Tests/Dates/date-cases.tsv)
// and prints the same figures: mention precision and recall on texts, value accuracy on the matched mentions.
// Run by hand, not by CI:  cd tests/chrono && npm ci && node compare.mjs [--rows]
//
// Fairness: chrono's text is trimmed of a leading preposition or "the" and of surrounding punctuation,
// as the table's spans are; its value is the TIMEX3 of the components chrono is certain of (a day when
// the day or weekday is certain, else the month, else the year), the year taken from chrono's implied
// year when not certain. Rows with dmy use chrono's en-GB parser. Rows without a document date take
// 2000-01-01 as reference, and an uncertain year then gives an empty value, as the table expects.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';

const tablePath = fileURLToPath(new URL('../IskpNlp.Tests/Dates/date-cases.tsv', import.meta.url));
const showRows = process.argv.includes('--rows');

const rows = readFileSync(tablePath, 'utf8')
  .split('\n')
  .map((line, index) => ({ line, number: index + 1 }))
  .filter(({ line }) => line.length > 0 && !line.startsWith('#'))
  .map(({ line, number }) => {
    const [sentence, date, expected = '', flags = ''] = line.split('\t');
    return { number, sentence, date, expected: expected.length ? expected.split(' ; ') : [], dmy: flags.includes('dmy') };
  });

const pad = (n, width = 2) => String(n).padStart(width, '0');

function trimText(text) {
  return text
    .replace(/^[\s,.;:()\[\]]+/, '')
    .replace(/^(on|in|at|since|from|by|during|until|of|the)\s+/i, '')
    .replace(/^the\s+/i, '')
    .replace(/[\s,.;:()\[\]]+$/, '');
}

function valueOf(result, hasDocumentDate) {
  const c = result.start;
  if (!hasDocumentDate && !c.isCertain('year')) {
    return '';
  }
  const year = c.get('year');
  if (c.isCertain('day') || c.isCertain('weekday')) {
    return `${pad(year, 4)}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
  }
  if (c.isCertain('month')) {
    return `${pad(year, 4)}-${pad(c.get('month'))}`;
  }
  return pad(year, 4);
}

let gold = 0, predicted = 0, matched = 0, valueRight = 0;
for (const row of rows) {
  const reference = row.date === '-' ? new Date(2000, 0, 1, 12) : new Date(`${row.date}T12:00:00`);
  const parser = row.dmy ? chrono.en.GB : chrono.casual;
  const results = parser.parse(row.sentence, reference);
  const actual = results.map(r => `${trimText(r.text)}=${valueOf(r, row.date !== '-')}`);
  predicted += actual.length;
  gold += row.expected.length;
  const remaining = row.expected.map(e => e.split('='));
  for (const mention of actual) {
    const eq = mention.lastIndexOf('=');
    const text = mention.slice(0, eq), value = mention.slice(eq + 1);
    const k = remaining.findIndex(([t]) => t === text);
    if (k < 0) continue;
    matched++;
    if (remaining[k][1] === value) valueRight++;
    remaining.splice(k, 1);
  }
  const got = actual.join(' ; '), want = row.expected.join(' ; ');
  if (showRows && got !== want) {
    console.log(`line ${row.number}: ${row.sentence}\n  expected: ${want}\n  chrono:   ${got}`);
  }
}

const precision = predicted ? matched / predicted : 1;
const recall = gold ? matched / gold : 1;
const f1 = precision + recall ? 2 * precision * recall / (precision + recall) : 0;
const accuracy = matched ? valueRight / matched : 1;
console.log(`chrono-node ${JSON.parse(readFileSync(new URL('./node_modules/chrono-node/package.json', import.meta.url))).version}: ` +
  `rows ${rows.length}, gold ${gold}, predicted ${predicted}, matched ${matched}: precision ${precision.toFixed(4)}, ` +
  `recall ${recall.toFixed(4)}, F1 ${f1.toFixed(4)}, value accuracy ${accuracy.toFixed(4)} (${valueRight}/${matched})`);
