/**
 * The engine: scans the text with every rule, keeps the longest (then earliest) of overlapping
 * matches, and resolves them in text order so later expressions can anchor to earlier ones.
 */
import type { Dct } from './dct';
import { resolve } from './resolve';
import type { ResolveContext } from './resolve';
import type { Rule } from './rules/patterns';
import { RULES } from './rules/patterns';
import { tenseReader } from './tense';
import type { Tense } from './tense';
import type { Timex } from './types';

interface Candidate {
  rule: Rule;
  start: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
}

const LOOK = 40;

function passesGuards(rule: Rule, text: string, start: number, end: number, tense: (s: number, e: number) => Tense): boolean {
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
  if (g.tense === 'future' && tense(start, end) !== 'future') return false;
  return true;
}


/** How far before/after a trigger word a match may start/end (longest rule prefix/suffix, with margin). */
const BACK = 64;
const AHEAD = 96;

interface Compiled {
  rule: Rule;
  /** Same pattern, sticky: confirms a window match against the full text (lookarounds, \\b). */
  sticky: RegExp;
}

interface TriggerIndex {
  key: RegExp;
  byWord: Map<string, number[]>;
  digitRules: number[];
  untriggered: number[];
  compiled: Compiled[];
  /** Per rule: window reach before/after a trigger (Rule.reach). */
  back: Int32Array;
  ahead: Int32Array;
}


function buildIndex(rules: readonly Rule[]): TriggerIndex {
  const back = Int32Array.from(rules, (r) => r.reach?.[0] ?? BACK);
  const ahead = Int32Array.from(rules, (r) => r.reach?.[1] ?? AHEAD);
  const byWord = new Map<string, number[]>();
  const digitRules: number[] = [];
  const untriggered: number[] = [];
  rules.forEach((r, i) => {
    if (!r.triggers || r.triggers.length === 0) { untriggered.push(i); return; }
    for (const w of r.triggers) {
      if (w === '#digit') { digitRules.push(i); continue; }
      const list = byWord.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      byWord.set(w, list);
    }
  });
  // One pass over the text finds every trigger word (plural -s allowed) and every number.
  // A flat longest-first list measured faster than a trie here (V8 optimises plain literal alternations).
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  // Digits first: a position cannot start both, and trying \d first measured ~15% faster.
  // (Without trigger words the alternation would match the empty string and never advance.)
  const key = new RegExp(words.length > 0 ? `\\d+|\\b(?:${words.join('|')})s?\\b` : '\\d+', 'gi');
  const compiled = rules.map((rule) => ({ rule, sticky: new RegExp(rule.pattern.source, 'y') }));
  return { key, byWord, digitRules, untriggered, compiled, back, ahead };
}

const DEFAULT_INDEX = buildIndex(RULES);
const indexCache = new WeakMap<readonly Rule[], TriggerIndex>();

function scanRange(c: Compiled, text: string, from: number, to: number, tense: (s: number, e: number) => Tense, out: Candidate[]): void {
  const { rule, sticky } = c;
  const re = rule.pattern;
  const slice = text.slice(from, to);
  if (rule.prefilter !== undefined && !rule.prefilter.test(slice)) return;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const pos = from + m.index;
    // Re-run at this position on the full text so window edges cannot change the result.
    sticky.lastIndex = pos;
    const full = sticky.exec(text);
    if (!full || full[0].length === 0) continue;
    const end = pos + full[0].length;
    if (passesGuards(rule, text, pos, end, tense)) out.push({ rule, start: pos, end, groups: full.groups ?? {} });
  }
}

export function collect(text: string, rules: readonly Rule[] = RULES, tense: (s: number, e: number) => Tense = tenseReader(text)): Candidate[] {
  const out: Candidate[] = [];
  let idx = rules === RULES ? DEFAULT_INDEX : indexCache.get(rules);
  if (!idx) { idx = buildIndex(rules); indexCache.set(rules, idx); }
  // Per rule: merged windows around its trigger hits, as flat [a0, b0, a1, b1, ...] lists.
  const n = idx.compiled.length;
  // Allocated on a rule's first trigger hit: most rules have none in a given text.
  const ranges: Array<number[] | undefined> = new Array<number[] | undefined>(n).fill(undefined);
  const textLength = text.length;
  const { key, back, ahead } = idx;
  key.lastIndex = 0;
  for (let m = key.exec(text); m; m = key.exec(text)) {
    const w = m[0];
    const c0 = w.charCodeAt(0);
    let hits: number[] | undefined;
    if (c0 >= 48 && c0 <= 57) hits = idx.digitRules;
    else {
      const lw = w.toLowerCase();
      hits = idx.byWord.get(lw) ?? (lw.endsWith('s') ? idx.byWord.get(lw.slice(0, -1)) : undefined);
    }
    if (!hits) continue;
    const pos = m.index;
    const wEnd = pos + w.length;
    for (let h = 0; h < hits.length; h++) {
      const ri = hits[h]!;
      const bk = back[ri]!;
      const a = pos > bk ? pos - bk : 0;
      const b0 = wEnd + ahead[ri]!;
      const b = b0 < textLength ? b0 : textLength;
      let list = ranges[ri];
      if (list === undefined) { list = []; ranges[ri] = list; }
      const L = list.length;
      if (L > 0 && a <= list[L - 1]!) { if (b > list[L - 1]!) list[L - 1] = b; }
      else list.push(a, b);
    }
  }
  for (const ri of idx.untriggered) ranges[ri] = [0, textLength];
  for (let ri = 0; ri < n; ri++) {
    const list = ranges[ri];
    if (list === undefined) continue;
    // Merged windows are disjoint, so no start position is scanned twice.
    for (let i = 0; i < list.length; i += 2) scanRange(idx.compiled[ri]!, text, list[i]!, list[i + 1]!, tense, out);
  }
  return out;
}

/** Longest first, then higher priority, then earliest; a match overlapping a kept one is dropped. */
export function selectNonOverlapping(cands: Candidate[], textLength: number): Candidate[] {
  void textLength;
  const sorted = cands.slice().sort((a, b) => (b.end - b.start) - (a.end - a.start) || (b.rule.priority ?? 0) - (a.rule.priority ?? 0) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let k = 0; k < kept.length; k++) {
      const o = kept[k]!;
      if (c.start < o.end && o.start < c.end) { free = false; break; }
    }
    if (free) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Resolver context; tense() is a prototype method so no closure is made per expression. */
class Context implements ResolveContext {
  /** The reader's answer, kept: resolvers may ask more than once per expression. */
  private readTense: Tense | undefined;

  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly groups: Readonly<Record<string, string | undefined>>,
    readonly dct: Dct | undefined,
    readonly previous: readonly Timex[],
    private readonly reader: (start: number, end: number) => Tense,
  ) {}

  tense(): Tense { return (this.readTense ??= this.reader(this.start, this.end)); }
}

export function run(text: string, dct: Dct | undefined): Timex[] {
  const tense = tenseReader(text);
  const kept = selectNonOverlapping(collect(text, RULES, tense), text.length);
  const out: Timex[] = [];
  for (const c of kept) {
    const start = c.start;
    const end = c.end;
    const r = resolve(c.rule, new Context(text, start, end, c.groups, dct, out, tense));
    out.push({
      start, end, text: text.slice(start, end), type: r.type, value: r.value, mod: r.mod, granularity: r.granularity,
      interval: r.interval, anchor: r.anchor, reason: r.reason, rule: c.rule.id,
    });
  }
  return out;
}
