/**
 * The engine: scans the text with every rule, keeps the longest (then earliest) of overlapping
 * matches, and resolves them in text order so later expressions can anchor to earlier ones.
 */
import type { Dct } from './dct';
import { resolve } from './resolve';
import type { Rule } from './rules/patterns';
import { RULES } from './rules/patterns';
import { tenseAt } from './tense';
import type { Tense } from './tense';
import type { Timex } from './types';

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
}

const LOOK = 40;

function passesGuards(rule: Rule, text: string, start: number, end: number, tense: () => Tense): boolean {
  const g = rule.guards;
  if (!g) return true;
  const before = text.slice(Math.max(0, start - LOOK), start);
  const after = text.slice(end, end + LOOK);
  if (g.notPrecededBy?.test(before)) return false;
  if (g.notFollowedBy?.test(after)) return false;
  if (g.textNot?.test(text.slice(start, end))) return false;
  if (g.context) {
    const ok = (g.context.before?.test(before) ?? false) || (g.context.after?.test(after) ?? false) || (g.context.text?.test(text.slice(start, end)) ?? false);
    if (!ok) return false;
  }
  if (g.tense === 'future' && tense() !== 'future') return false;
  return true;
}

/** Cheap prefilter: texts without a digit or any temporal keyword cannot match any rule. */
const PREFILTER = /\d|day|tomorrow|week|month|year|ago|now|recent|soon|current|night|morning|noon|evening|afternoon|tonight|weekend|quarter|spring|summer|autumn|fall|winter|[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Oo]ct|[Nn]ov|[Dd]ec|[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un|future|past|present|late|hour|minute|second|decade|centur|ly\b|moment|daily|Q[1-4]|'\d0s|’\d0s/;

export function collect(text: string, rules: readonly Rule[] = RULES): Candidate[] {
  const out: Candidate[] = [];
  if (!PREFILTER.test(text)) return out;
  for (const rule of rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const start = m.index;
      const end = start + m[0].length;
      if (passesGuards(rule, text, start, end, () => tenseAt(text, start, end))) {
        out.push({ rule, start, end, groups: m.groups ?? {} });
      }
    }
  }
  return out;
}

/** Longest first, then higher priority, then earliest; a match overlapping a kept one is dropped. */
export function selectNonOverlapping(cands: Candidate[], textLength: number): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.start - b.start);
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) { free = false; break; }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function run(text: string, dct: Dct | undefined): Timex[] {
  const kept = selectNonOverlapping(collect(text), text.length);
  const out: Timex[] = [];
  for (const c of kept) {
    const r = resolve(c.rule, {
      text, start: c.start, end: c.end, groups: c.groups, dct,
      tense: () => tenseAt(text, c.start, c.end),
      previous: out,
    });
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), ...r, rule: c.rule.id });
  }
  return out;
}
