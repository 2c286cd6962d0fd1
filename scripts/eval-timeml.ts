/**
 * Normalizer on TimeML gold data, TempEval-3 style: `npm run -s eval:timeml -- DIR... [--errors] [--no-chrono]`.
 * Each DIR holds .tml files (e.g. the TempEval-3 platinum test set; not in this repository, see
 * BENCHMARKS.md). normalize(TEXT, {published: DCT}) is scored against the TIMEX3 inside TEXT: strict and
 * relaxed extent P/R/F1, type and value accuracy over relaxed matches, value F1. chrono-node, which gives
 * no TIMEX3 values, is scored on extents only. `--errors` lists missed, spurious and wrong-value cases.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import { normalize } from '../lib/temporal';
import type { Timex } from '../lib/temporal';
import { addScore, alignDoc, emptyTotals, figures, parseTimeML } from './timeml';
import type { DocScore, SystemTimex, TimeMLDoc, Totals } from './timeml';

interface Args { dirs: string[]; errors: boolean; chrono: boolean; limit: number }

function parseArgs(argv: string[]): Args {
  const a: Args = { dirs: [], errors: false, chrono: true, limit: 40 };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i]!;
    if (x === '--errors') a.errors = true;
    else if (x === '--no-chrono') a.chrono = false;
    else if (x === '--limit') a.limit = Number(argv[++i] ?? '40');
    else a.dirs.push(x);
  }
  return a;
}

function tmlFiles(p: string): string[] {
  const st = fs.statSync(p);
  if (st.isFile()) return [p];
  return fs.readdirSync(p).filter((f) => f.endsWith('.tml')).sort().map((f) => path.join(p, f));
}

/** The DCT as a publication date the normalizer accepts (the calendar date; times carry no zone here). */
const published = (dct: string | null): string | undefined => (dct && /^\d{4}-\d{2}-\d{2}/.test(dct) ? dct.slice(0, 10) : undefined);

type Ours = SystemTimex & { rule: string };

function ours(doc: TimeMLDoc): Ours[] {
  const pub = published(doc.dct);
  return normalize(doc.text, pub ? { published: pub } : {}).map((t: Timex) => ({ start: t.start, end: t.end, text: t.text, type: t.type, value: t.value, mod: t.mod, rule: t.rule }));
}

function chronoSpans(doc: TimeMLDoc): SystemTimex[] {
  const pub = published(doc.dct);
  const ref = pub ? new Date(`${pub}T12:00:00`) : new Date();
  return chrono.parse(doc.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text }));
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function report(label: string, t: Totals, withValues: boolean): string {
  const f = figures(t);
  const cells = [
    label.padEnd(30), String(t.gold).padStart(5), String(t.sys).padStart(5),
    `${pct(f.strict.p)} ${pct(f.strict.r)} ${pct(f.strict.f1)}`,
    `${pct(f.relaxed.p)} ${pct(f.relaxed.r)} ${pct(f.relaxed.f1)}`,
    withValues ? `${pct(f.typeAccuracy)} ${pct(f.valueAccuracy)} ${pct(f.valueF1)}` : '    -     -     -',
  ];
  return cells.join(' | ');
}

const HEADER = `${'set / system'.padEnd(30)} |  gold |   sys | strict  P     R    F1 | relaxed P     R    F1 | type% value% valF1`;

/** "March 22" → "Month 9", "last year" stays: groups errors by the shape of the expression. */
function shape(s: string): string {
  return s.toLowerCase()
    .replace(/\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/g, 'MONTH')
    .replace(/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g, 'WEEKDAY')
    .replace(/\d+/g, '9')
    .replace(/\s+/g, ' ');
}

function printErrors(all: Array<{ file: string; doc: TimeMLDoc; score: DocScore<Ours> }>, limit: number): void {
  const ctx = (doc: TimeMLDoc, s: number, e: number): string => {
    const a = Math.max(0, s - 40);
    const b = Math.min(doc.text.length, e + 40);
    return `…${doc.text.slice(a, s)}[${doc.text.slice(s, e)}]${doc.text.slice(e, b)}…`.replace(/\s+/g, ' ');
  };
  const missed = all.flatMap((d) => d.score.missed.map((g) => ({ d, g })));
  const spurious = all.flatMap((d) => d.score.spurious.map((s) => ({ d, s })));
  const wrong = all.flatMap((d) => d.score.matches.filter((m) => m.sys.value !== m.gold.value).map((m) => ({ d, m })));
  const extent = all.flatMap((d) => d.score.matches.filter((m) => !m.strict).map((m) => ({ d, m })));
  const byShape = <T>(xs: T[], key: (x: T) => string): Array<[string, number]> => {
    const c = new Map<string, number>();
    for (const x of xs) c.set(key(x), (c.get(key(x)) ?? 0) + 1);
    return [...c.entries()].sort((a, b) => b[1] - a[1]);
  };
  const summary = (title: string, rows: Array<[string, number]>): void => {
    console.log(`\n${title}: ${rows.reduce((n, r) => n + r[1], 0)} (by shape) — ${rows.slice(0, 25).map(([k, n]) => `${k}×${n}`).join(', ')}`);
  };
  summary('MISSED', byShape(missed, (x) => `"${shape(x.g.text)}" ${x.g.type}`));
  for (const { d, g } of missed.slice(0, limit)) console.log(`  ${path.basename(d.file)}  ${g.type} ${g.value}${g.mod ? ` ${g.mod}` : ''}  ${ctx(d.doc, g.start, g.end)}`);
  summary('SPURIOUS', byShape(spurious, (x) => `"${shape(x.s.text)}" ${x.s.rule}`));
  for (const { d, s } of spurious.slice(0, limit)) console.log(`  ${path.basename(d.file)}  ${s.type} ${s.value} (${s.rule})  ${ctx(d.doc, s.start, s.end)}`);
  summary('WRONG VALUE (relaxed match)', byShape(wrong, (x) => `"${shape(x.m.gold.text)}" ${x.m.sys.rule}`));
  for (const { d, m } of wrong.slice(0, limit)) console.log(`  ${path.basename(d.file)}  '${m.gold.text}' gold ${m.gold.type} ${m.gold.value}${m.gold.mod ? ` ${m.gold.mod}` : ''} | ours '${m.sys.text}' ${m.sys.type} ${m.sys.value}${m.sys.mod ? ` ${m.sys.mod}` : ''} (${m.sys.rule})  DCT ${d.doc.dct}`);
  summary('EXTENT ONLY (relaxed, not strict)', byShape(extent, (x) => `"${shape(x.m.gold.text)}"→"${shape(x.m.sys.text)}"`));
  for (const { d, m } of extent.slice(0, limit)) console.log(`  ${path.basename(d.file)}  gold '${m.gold.text}' | ours '${m.sys.text}'`);
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args.dirs.length === 0) {
    process.stderr.write('usage: npm run -s eval:timeml -- DIR|FILE.tml ... [--errors] [--limit N] [--no-chrono]\n');
    return 2;
  }
  const totalOurs = emptyTotals();
  const totalChrono = emptyTotals();
  const rows: string[] = [];
  const all: Array<{ file: string; doc: TimeMLDoc; score: DocScore<Ours> }> = [];
  for (const dir of args.dirs) {
    const files = tmlFiles(dir);
    const setOurs = emptyTotals();
    const setChrono = emptyTotals();
    for (const file of files) {
      let doc: TimeMLDoc;
      try { doc = parseTimeML(fs.readFileSync(file, 'utf8')); } catch (e) {
        process.stderr.write(`${file}: ${(e as Error).message}\n`);
        continue;
      }
      const score = alignDoc(doc.text, doc.timexes, ours(doc));
      addScore(setOurs, score);
      all.push({ file, doc, score });
      if (args.chrono) addScore(setChrono, alignDoc(doc.text, doc.timexes, chronoSpans(doc)));
    }
    const name = `${path.basename(path.resolve(dir))} (${files.length} docs)`;
    rows.push(report(`${name} ours`, setOurs, true));
    if (args.chrono) rows.push(report(`${name} chrono`, setChrono, false));
    for (const k of Object.keys(totalOurs) as Array<keyof Totals>) { totalOurs[k] += setOurs[k]; totalChrono[k] += setChrono[k]; }
  }
  console.log(HEADER);
  for (const r of rows) console.log(r);
  if (args.dirs.length > 1) {
    console.log(report('all ours', totalOurs, true));
    if (args.chrono) console.log(report('all chrono', totalChrono, false));
  }
  if (args.errors) printErrors(all, args.limit);
  return 0;
}

process.exitCode = main();
