/**
 * Measurement: precision/recall of person extraction on the seed articles, against the persons of
 * ../shared/fixtures/seed-events.json (actors of the events the article is cited for or tells).
 * Prints a table; asserts only that the chosen combination is the best measured.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { cleanPersonName, findActorMentions, findPersonNames, loadActorTable } from './index';

const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
const meta = JSON.parse(readFileSync(path.join(SHARED, 'fixtures', 'seed-articles.json'), 'utf8')) as { articles: { id: string; file: string }[] };
const events = JSON.parse(readFileSync(path.join(SHARED, 'fixtures', 'seed-events.json'), 'utf8')) as {
  events: { actors: { name: string; kind: string }[]; citedByExpression: string[]; alsoToldBy: string[] }[];
};

const normName = (s: string) => s.replace(/^(Prince|President|Foreign Minister)\s+/, '').toLowerCase();

function goldPersons(id: string): Set<string> {
  const out = new Set<string>();
  for (const e of events.events) {
    if (![...e.citedByExpression, ...e.alsoToldBy].includes(id)) continue;
    for (const a of e.actors) if (a.kind === 'person') out.add(normName(a.name));
  }
  return out;
}

type Method = (text: string) => Set<string>;
const table = loadActorTable(path.resolve(__dirname, '..', '..', 'data', 'actors.json'));
const methods: Record<string, Method> = {
  'compromise people() raw': (t) => new Set((nlp(t).people().out('array') as string[]).map((s) => s.toLowerCase())),
  'compromise people() cleaned': (t) =>
    new Set((nlp(t).people().out('array') as string[]).map(cleanPersonName).filter((s): s is string => !!s).map(normName)),
  'compromise people()+organizations() cleaned': (t) => {
    const d = nlp(t);
    return new Set([...(d.people().out('array') as string[]), ...(d.organizations().out('array') as string[])].map(cleanPersonName).filter((s): s is string => !!s).map(normName));
  },
  'table only': (t) => new Set(findActorMentions(table, t, { adHoc: false }).filter((m) => m.kind === 'person').map((m) => normName(m.name))),
  'table + compromise people()': (t) =>
    new Set(findActorMentions(table, t, { adHocMethod: 'compromise' }).filter((m) => m.kind === 'person').map((m) => normName(m.name))),
  'heuristic names (names.ts) alone': (t) => new Set(findPersonNames(t).map((c) => normName(c.name))),
  'table + heuristic names (default)': (t) => new Set(findActorMentions(table, t).filter((m) => m.kind === 'person').map((m) => normName(m.name))),
};

/** The seeds with five surnames swapped for ones the table lacks: how each method copes with unseen people. */
const RENAMES: [string, string][] = [['Blinken', 'Okafor'], ['Miller', 'Lindqvist'], ['Harpaz', 'Moreau'], ['Sullivan', 'Tanaka'], ['Cohen', 'Novak']];
const rename = (s: string) => RENAMES.reduce((t, [from, to]) => t.replace(new RegExp(`\\b${from}\\b`, 'g'), to), s);
const renamedTextRe = (s: string) => RENAMES.reduce((t, [from, to]) => t.replace(new RegExp(`\\b${from.toLowerCase()}\\b`, 'g'), to.toLowerCase()), s);

function score(method: Method, renamed: boolean): [number, number, number] {
  let tp = 0, fp = 0, fn = 0, ms = 0;
  for (const a of meta.articles) {
    const gold = new Set([...goldPersons(a.id)].map((g) => (renamed ? renamedTextRe(g) : g)));
    const raw = readFileSync(path.join(SHARED, 'seeds', a.file), 'utf8');
    const text = renamed ? rename(raw) : raw;
    const t0 = performance.now();
    const found = method(text);
    ms += performance.now() - t0;
    for (const f of found) {
      if (gold.has(f)) tp++;
      else fp++;
    }
    for (const g of gold) if (!found.has(g)) fn++;
  }
  return [tp / Math.max(1, tp + fp), tp / Math.max(1, tp + fn), ms / meta.articles.length];
}

describe('person extraction measurement (seed articles)', () => {
  it('prints precision/recall on the seeds with unseen people (five surnames renamed)', () => {
    const rows = (['table only', 'table + compromise people()', 'table + heuristic names (default)'] as const).map((n) => [n, ...score(methods[n]!, true)] as const);
    console.log(['renamed seeds: method | precision | recall | ms/article', ...rows.map(([n, p, r, ms]) => `${n} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${ms.toFixed(1)}`)].join('\n'));
    const f1 = (r: readonly [string, number, number, number]) => (2 * r[1] * r[2]) / Math.max(1e-9, r[1] + r[2]);
    expect(f1(rows[2]!)).toBeGreaterThanOrEqual(f1(rows[1]!));
  });

  it('prints precision/recall per method', () => {
    const rows: [string, number, number, number][] = [];
    for (const [name, method] of Object.entries(methods)) {
      let tp = 0, fp = 0, fn = 0, ms = 0;
      for (const a of meta.articles) {
        const gold = goldPersons(a.id);
        const text = readFileSync(path.join(SHARED, 'seeds', a.file), 'utf8');
        const t0 = performance.now();
        const found = method(text);
        ms += performance.now() - t0;
        for (const f of found) {
          if (gold.has(f)) tp++;
          else fp++;
        }
        for (const g of gold) if (!found.has(g)) fn++;
      }
      rows.push([name, tp / Math.max(1, tp + fp), tp / Math.max(1, tp + fn), ms / meta.articles.length]);
    }
    console.log(['method | precision | recall | ms/article', ...rows.map(([n, p, r, ms]) => `${n} | ${p.toFixed(2)} | ${r.toFixed(2)} | ${ms.toFixed(1)}`)].join('\n'));
    const f1 = (r: [string, number, number, number]) => (2 * r[1] * r[2]) / Math.max(1e-9, r[1] + r[2]);
    const cleaned = rows.find((r) => r[0] === 'compromise people() cleaned')!;
    const raw = rows.find((r) => r[0] === 'compromise people() raw')!;
    expect(f1(cleaned)).toBeGreaterThanOrEqual(f1(raw));
    // The default (table + heuristic) must be at least as good as table + compromise.
    const heuristic = rows.find((r) => r[0] === 'table + heuristic names (default)')!;
    const withCompromise = rows.find((r) => r[0] === 'table + compromise people()')!;
    expect(f1(heuristic)).toBeGreaterThanOrEqual(f1(withCompromise));
  });
});
