/**
 * Benchmark: our normalizer vs chrono-node in the same run (throughput ratio) and accuracy on the
 * seed fixture. Run: `npm run -s bench:normalize`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { normalize } from '../lib/temporal';

const SHARED = path.resolve(process.cwd(), '..', 'shared');
interface Gold { text: string; start: number; end: number; value: string; acceptAlso: string[] }
const fixture = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures/seed-timexes.json'), 'utf8')) as { articles: Array<{ article: string; file: string; timexes: Gold[] }> };
const meta = JSON.parse(fs.readFileSync(path.join(SHARED, 'fixtures/seed-articles.json'), 'utf8')) as { articles: Array<{ id: string; published: string | null; publishedRange?: { start: string } }> };

const seeds = fixture.articles.map((a) => ({
  id: a.article,
  text: fs.readFileSync(path.join(SHARED, 'seeds', a.file), 'utf8'),
  published: meta.articles.find((m) => m.id === a.article)?.published ?? null,
  gold: a.timexes,
}));

// ~2 MB corpus: seed texts repeated with light variation (weekday/month swaps) so caches do not help.
const SWAPS: Array<[RegExp, string[]]> = [
  [/Wednesday/g, ['Monday', 'Tuesday', 'Wednesday', 'Friday']],
  [/June/g, ['June', 'July', 'April']],
  [/a week ago/g, ['a week ago', 'three days ago', 'two years ago']],
];
const parts: string[] = [];
let size = 0;
for (let i = 0; size < 2_000_000; i++) {
  let t = seeds[i % seeds.length]!.text;
  for (const [re, alts] of SWAPS) t = t.replace(re, alts[i % alts.length]!);
  parts.push(t);
  size += t.length;
}
const docs = parts;
const totalBytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const ref = new Date(2023, 9, 14);

function timeIt(fn: () => void): number {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}
const runOurs = (): void => { for (const d of docs) normalize(d, { published: '2023-10-14' }); };
const runChrono = (): void => { for (const d of docs) chrono.parse(d, ref); };

// Warm-up, then alternate rounds so both see the same machine state. V8 tiers a function up over several calls
// (interpreter, baseline, optimised), so each side gets the same WARMUP rounds before any is timed.
function roundsFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`${name}=${raw}: expected a whole number of rounds from 1 to 100`);
  return n;
}
const WARMUP = roundsFromEnv('BENCH_WARMUP', 6);
for (let r = 0; r < WARMUP; r++) { runOurs(); runChrono(); }
// Noise on a shared machine only ever adds time, so the best round is reported next to the median.
const ROUNDS = roundsFromEnv('BENCH_ROUNDS', 7);
const ours: number[] = [];
const theirs: number[] = [];
for (let r = 0; r < ROUNDS; r++) { ours.push(timeIt(runOurs)); theirs.push(timeIt(runChrono)); }
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mbps = (s: number): number => totalBytes / 1e6 / s;

// Accuracy on the seed fixture: found at the gold offsets with an accepted value.
const pad = (n: number): string => String(n).padStart(2, '0');
function chronoValue(r: chrono.ParsedResult): string {
  const c = r.start;
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
  if (c.isCertain('month')) return `${y}-${pad(m ?? 1)}`;
  if (c.isCertain('year')) return String(y);
  return `${y}-${pad(m ?? 1)}-${pad(d ?? 1)}`;
}
let gold = 0;
let oursOk = 0;
let chronoOk = 0;
let oursExtra = 0;
let chronoExtra = 0;
for (const s of seeds) {
  const pubDate = s.published ? new Date(s.published.slice(0, 10) + 'T12:00:00') : undefined;
  const o = normalize(s.text, s.published ? { published: s.published } : {});
  const c = pubDate ? chrono.parse(s.text, pubDate) : chrono.parse(s.text);
  const ok = (g: Gold, v: string): boolean => [g.value, ...g.acceptAlso].includes(v);
  for (const g of s.gold) {
    gold++;
    if (o.some((t) => t.start === g.start && t.end === g.end && ok(g, t.value))) oursOk++;
    if (c.some((r) => r.index === g.start && r.index + r.text.length === g.end && ok(g, chronoValue(r)))) chronoOk++;
  }
  oursExtra += o.filter((t) => !s.gold.some((g) => g.start === t.start && g.end === t.end)).length;
  chronoExtra += c.filter((r) => !s.gold.some((g) => g.start === r.index && g.end === r.index + r.text.length)).length;
}

const rows = [
  ['', 'ours (lib/temporal)', 'chrono-node'],
  [`throughput MB/s (median of ${ROUNDS})`, mbps(median(ours)).toFixed(2), mbps(median(theirs)).toFixed(2)],
  [`throughput MB/s (best of ${ROUNDS})`, mbps(Math.min(...ours)).toFixed(2), mbps(Math.min(...theirs)).toFixed(2)],
  ['seed fixture: correct (offsets+value)', `${oursOk}/${gold}`, `${chronoOk}/${gold}`],
  ['seed fixture: extra (not gold)', String(oursExtra), String(chronoExtra)],
];
const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
console.log(`corpus: ${docs.length} docs, ${(totalBytes / 1e6).toFixed(2)} MB; node ${process.version}`);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i]!)).join(' | '));
console.log(`throughput ratio ours/chrono: ${(median(theirs) / median(ours)).toFixed(1)}x (medians), ${(Math.min(...theirs) / Math.min(...ours)).toFixed(1)}x (best rounds)`);
