/**
 * Normalizer on written news sentences with TIMEX3 gold: `npm run -s eval:news [-- FILE.jsonl... [--errors]]`
 * (default: every scripts/news-gold/*.jsonl). Prints, per file, the gold expressions found with the same extent and
 * value ("exact"), with another value, with another extent, missed, and the spurious ones.
 */
import fs from 'node:fs';
import path from 'node:path';
import { normalize } from '../lib/temporal';
import { parseGold, scoreLine, totals } from './news-gold';
import type { Outcome } from './news-gold';

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const named = args.filter((a) => !a.startsWith('--'));
const dir = path.join(__dirname, 'news-gold');
const files = named.length ? named : fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f));

const pct = (n: number, d: number): string => (d ? ((100 * n) / d).toFixed(1) : '–');
const all: Outcome[] = [];
console.log('file            | lines | gold | exact (%)     | value | extent | missed | spurious');
for (const file of files) {
  const lines = parseGold(fs.readFileSync(file, 'utf8'), path.basename(file));
  const outcomes: Outcome[] = [];
  lines.forEach((line, i) => {
    const found = normalize(line.text, { published: line.published });
    const o = scoreLine(line, found);
    outcomes.push(...o);
    if (showErrors) {
      const bad = o.filter((x) => x.kind !== 'correct');
      if (bad.length) console.log(`\n${path.basename(file)}:${i + 1} (${line.published}) ${line.text}`);
      for (const x of bad) {
        if (x.kind === 'spurious') console.log(`  spurious [${x.found.text}] ${x.found.type} ${x.found.value}`);
        else if (x.kind === 'missed') console.log(`  missed [${x.gold.text}] ${x.gold.type} ${x.gold.value}`);
        else console.log(`  ${x.kind} gold [${x.gold.text}] ${x.gold.type} ${x.gold.value}, ours [${x.found.text}] ${x.found.type} ${x.found.value} — ${x.found.reason ?? ''}`);
      }
    }
  });
  all.push(...outcomes);
  const t = totals(outcomes);
  console.log(`${path.basename(file).padEnd(15)} | ${String(lines.length).padStart(5)} | ${String(t.gold).padStart(4)} | ${String(t.correct).padStart(4)} (${pct(t.correct, t.gold).padStart(5)}) | ${String(t.wrongValue).padStart(5)} | ${String(t.extent).padStart(6)} | ${String(t.missed).padStart(6)} | ${String(t.spurious).padStart(8)}`);
}
const t = totals(all);
console.log(`${'all'.padEnd(15)} |       | ${String(t.gold).padStart(4)} | ${String(t.correct).padStart(4)} (${pct(t.correct, t.gold).padStart(5)}) | ${String(t.wrongValue).padStart(5)} | ${String(t.extent).padStart(6)} | ${String(t.missed).padStart(6)} | ${String(t.spurious).padStart(8)}`);
