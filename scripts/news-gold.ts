/**
 * Written news sentences with TIMEX3 gold (scripts/news-gold/*.jsonl, see its README): parsing and scoring.
 * Each line is {published, text, expected: [{text, type, value}]}; a system's expressions are matched to the gold
 * ones by their text (in order), then by overlap.
 */
import { z } from 'zod';

const GoldTimex = z.object({ text: z.string().min(1), type: z.enum(['DATE', 'TIME', 'DURATION', 'SET']), value: z.string().min(1) });
const GoldLine = z.object({ published: z.string().min(10), text: z.string().min(1), expected: z.array(GoldTimex) });
export type GoldLine = z.infer<typeof GoldLine>;
export interface FoundTimex { start: number; end: number; text: string; type: string; value: string; reason?: string }

/** Parses a .jsonl file's text; a bad line is an error naming its line number and the field. */
export function parseGold(source: string, name: string): GoldLine[] {
  return source.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let json: unknown;
    try { json = JSON.parse(line); } catch (e) { throw new Error(`${name}:${i + 1}: not JSON (${(e as Error).message})`); }
    const r = GoldLine.safeParse(json);
    if (!r.success) throw new Error(`${name}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.') || '(line)'}: ${x.message}`).join('; ')}`);
    for (const e of r.data.expected) if (!r.data.text.includes(e.text)) throw new Error(`${name}:${i + 1}: expected.text "${e.text}" is not in the text`);
    return [r.data];
  });
}

export type Outcome =
  | { kind: 'correct'; gold: GoldLine['expected'][number] }
  | { kind: 'wrong-value'; gold: GoldLine['expected'][number]; found: FoundTimex }
  | { kind: 'extent'; gold: GoldLine['expected'][number]; found: FoundTimex }
  | { kind: 'missed'; gold: GoldLine['expected'][number] }
  | { kind: 'spurious'; found: FoundTimex };

/** Aligns one line's gold with what a system found: same text first (in order), then any overlap. */
export function scoreLine(line: GoldLine, found: readonly FoundTimex[]): Outcome[] {
  const out: Outcome[] = [];
  const used = new Set<number>();
  let from = 0;
  for (const gold of line.expected) {
    // Gold expressions are in text order and do not overlap: each is looked for after the previous one.
    const at = line.text.indexOf(gold.text, from);
    if (at >= 0) from = at + gold.text.length;
    const same = found.findIndex((f, k) => !used.has(k) && f.start === at && f.end === at + gold.text.length);
    if (same >= 0) {
      used.add(same);
      const f = found[same]!;
      out.push(f.value === gold.value && f.type === gold.type ? { kind: 'correct', gold } : { kind: 'wrong-value', gold, found: f });
      continue;
    }
    const overlap = found.findIndex((f, k) => !used.has(k) && f.start < at + gold.text.length && at < f.end);
    if (overlap >= 0) { used.add(overlap); out.push({ kind: 'extent', gold, found: found[overlap]! }); continue; }
    out.push({ kind: 'missed', gold });
  }
  found.forEach((f, k) => { if (!used.has(k)) out.push({ kind: 'spurious', found: f }); });
  return out;
}

export interface GoldTotals { gold: number; correct: number; wrongValue: number; extent: number; missed: number; spurious: number }

export function totals(outcomes: readonly Outcome[]): GoldTotals {
  const t: GoldTotals = { gold: 0, correct: 0, wrongValue: 0, extent: 0, missed: 0, spurious: 0 };
  for (const o of outcomes) {
    if (o.kind !== 'spurious') t.gold++;
    if (o.kind === 'correct') t.correct++;
    else if (o.kind === 'wrong-value') t.wrongValue++;
    else if (o.kind === 'extent') t.extent++;
    else if (o.kind === 'missed') t.missed++;
    else t.spurious++;
  }
  return t;
}
