/**
 * The engine: scans the text with every rule, keeps the longest (then earliest) of overlapping
 * matches, and resolves them in text order so later expressions can anchor to earlier ones.
 */
import type { Dct } from './dct';
import { resolve } from './resolve';
import type { ResolveContext } from './resolve';
import type { Rule, RuleGuards } from './rules/patterns';
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

/**
 * A rule's guards in one fixed shape: rules (and their guards) are literals setting different fields, so reading
 * them straight from the rule is a megamorphic property load at every window and match.
 */
interface Guards {
  notPrecededBy: RegExp | undefined;
  notFollowedBy: RegExp | undefined;
  textNot: RegExp | undefined;
  /** Whether a context is required (then one of before/after/text must match). */
  context: boolean;
  contextBefore: RegExp | undefined;
  contextAfter: RegExp | undefined;
  contextText: RegExp | undefined;
  future: boolean;
}

function toGuards(g: RuleGuards | undefined): Guards | undefined {
  if (!g) return undefined;
  return {
    notPrecededBy: g.notPrecededBy, notFollowedBy: g.notFollowedBy, textNot: g.textNot, context: g.context !== undefined,
    contextBefore: g.context?.before, contextAfter: g.context?.after, contextText: g.context?.text, future: g.tense === 'future',
  };
}

const textBefore = (text: string, start: number): string => text.slice(Math.max(0, start - LOOK), start);
const textAfter = (text: string, end: number): string => text.slice(end, end + LOOK);

/** The guards, in their order of cost; the text before/after is sliced only for a guard that reads it. */
function passesGuards(g: Guards, text: string, start: number, end: number, tense: (s: number, e: number) => Tense): boolean {
  if (g.notPrecededBy?.test(textBefore(text, start))) return false;
  if (g.notFollowedBy?.test(textAfter(text, end))) return false;
  if (g.textNot?.test(text.slice(start, end))) return false;
  if (g.context) {
    const ok = (g.contextBefore?.test(textBefore(text, start)) ?? false) || (g.contextAfter?.test(textAfter(text, end)) ?? false)
      || (g.contextText?.test(text.slice(start, end)) ?? false);
    if (!ok) return false;
  }
  if (g.future && tense(start, end) !== 'future') return false;
  return true;
}

/** How far before/after a trigger word a match may start/end (longest rule prefix/suffix, with margin). */
const BACK = 64;
const AHEAD = 96;

interface Compiled {
  rule: Rule;
  /** Same pattern without capturing groups: finds where matches start in a window (no groups object per match). */
  window: RegExp;
  /** Same pattern, sticky: confirms a window match against the full text (lookarounds, \\b) and gives its groups. */
  sticky: RegExp;
  /** rule.prefilter, read here from one object shape (see Guards). */
  prefilter: RegExp | undefined;
  guards: Guards | undefined;
}

/** A backreference (\1, \k<name>) needs its group; the v flag's nested classes are beyond withoutCaptures. */
const needsCaptures = (re: RegExp): boolean => /\\(?:[1-9]|k<)/.test(re.source) || re.flags.includes('v');

/**
 * The source with every capturing group made non-capturing. Without backreferences this changes no match (start,
 * length), only the work of building the captures and the groups object of each match.
 */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') { out += c + (source[i + 1] ?? ''); i++; continue; }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') { out += '(?:'; continue; }
    else if (c === '(' && source.startsWith('?<', i + 1) && source[i + 3] !== '=' && source[i + 3] !== '!') {
      // A named group "(?<name>": drop the name.
      out += '(?:';
      i = source.indexOf('>', i);
      continue;
    }
    out += c;
  }
  return out;
}

function compile(rule: Rule): Compiled {
  const { pattern } = rule;
  const window = needsCaptures(pattern) ? pattern : new RegExp(withoutCaptures(pattern.source), pattern.flags);
  return { rule, window, sticky: new RegExp(pattern.source, 'y'), prefilter: rule.prefilter, guards: toGuards(rule.guards) };
}

/**
 * Rules are grouped by their trigger list (many share one: the month names, the units, numbers), so a trigger hit
 * is noted once per group, not once per rule; each rule then builds its windows from its group's hits.
 */
interface TriggerIndex {
  /** Every trigger word, plural -s allowed, in any case; undefined when no rule has one. */
  words: RegExp | undefined;
  /** Per trigger word (lower case, as listed): the groups whose list holds it. */
  groupsByWord: Map<string, number[]>;
  /** groupsByWord's answer for each word's usual spellings (lower case, capitalised, capitals; plural): no toLowerCase. */
  groupsBySpelling: Map<string, number[]>;
  /** The groups whose list holds '#digit'. */
  digitGroups: number[];
  groupCount: number;
  /** Per rule: its trigger group, or -1 for a rule without triggers (scanned over the whole text). */
  groupOf: Int32Array;
  compiled: Compiled[];
  /** Per rule: window reach before/after a trigger (Rule.reach). */
  back: Int32Array;
  ahead: Int32Array;
}

/** The groups of a matched trigger word in lower case: the word as listed, else its singular. */
function groupsOfLowerCase(groupsByWord: ReadonlyMap<string, number[]>, word: string): number[] | undefined {
  return groupsByWord.get(word) ?? (word.endsWith('s') ? groupsByWord.get(word.slice(0, -1)) : undefined);
}

function spellings(word: string): string[] {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  const capitals = word.toUpperCase();
  return [word, `${word}s`, capitalised, `${capitalised}s`, capitals, `${capitals}S`];
}

function buildIndex(rules: readonly Rule[]): TriggerIndex {
  const back = Int32Array.from(rules, (r) => r.reach?.[0] ?? BACK);
  const ahead = Int32Array.from(rules, (r) => r.reach?.[1] ?? AHEAD);
  const groupByTriggers = new Map<string, number>();
  const groupsByWord = new Map<string, number[]>();
  const digitGroups: number[] = [];
  const groupOf = Int32Array.from(rules, (r) => {
    if (!r.triggers || r.triggers.length === 0) return -1;
    const triggers = [...new Set(r.triggers)].sort();
    const name = triggers.join('|');
    const known = groupByTriggers.get(name);
    if (known !== undefined) return known;
    const g = groupByTriggers.size;
    groupByTriggers.set(name, g);
    for (const w of triggers) {
      if (w === '#digit') digitGroups.push(g);
      else groupsByWord.set(w, [...(groupsByWord.get(w) ?? []), g]);
    }
    return g;
  });
  const groupsBySpelling = new Map<string, number[]>();
  for (const spelling of [...groupsByWord.keys()].flatMap(spellings)) {
    const groups = groupsOfLowerCase(groupsByWord, spelling.toLowerCase());
    if (groups) groupsBySpelling.set(spelling, groups);
  }
  // One pass over the text finds every trigger word (plural -s allowed); numbers have their own (see triggerHits).
  // A flat longest-first list measured faster than a trie here (V8 optimises plain literal alternations).
  const list = [...groupsByWord.keys()].sort((a, b) => b.length - a.length);
  // (Without trigger words the alternation would match the empty string and never advance.)
  const words = list.length > 0 ? new RegExp(`\\b(?:${list.join('|')})s?\\b`, 'gi') : undefined;
  const compiled = rules.map(compile);
  return { words, groupsByWord, groupsBySpelling, digitGroups, groupCount: groupByTriggers.size, groupOf, compiled, back, ahead };
}

const DEFAULT_INDEX = buildIndex(RULES);
const indexCache = new WeakMap<readonly Rule[], TriggerIndex>();

function scanRange(c: Compiled, text: string, from: number, to: number, tense: (s: number, e: number) => Tense, out: Candidate[]): void {
  const { rule, window: re, sticky, prefilter, guards } = c;
  const slice = text.slice(from, to);
  if (prefilter !== undefined && !prefilter.test(slice)) return;
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    const pos = from + m.index;
    // Re-run at this position on the full text so window edges cannot change the result.
    sticky.lastIndex = pos;
    const full = sticky.exec(text);
    if (!full || full[0].length === 0) continue;
    const end = pos + full[0].length;
    if (guards === undefined || passesGuards(guards, text, pos, end, tense)) out.push({ rule, start: pos, end, groups: full.groups ?? {} });
  }
}

/** Numbers, found apart from the trigger words: two simple regexes measured faster than one alternation of both. */
const DIGITS = /\d+/g;

function addHit(hits: Array<number[] | undefined>, groups: readonly number[], start: number, end: number): void {
  for (let h = 0; h < groups.length; h++) {
    const g = groups[h]!;
    const list = hits[g];
    if (list === undefined) hits[g] = [start, end];
    else list.push(start, end);
  }
}

/**
 * Per trigger group, the spans of its trigger hits in text order, as flat [start0, end0, start1, end1, ...] lists.
 * Numbers and words are found by two regexes, merged by position; they never overlap (a word match is a whole word).
 */
function triggerHits(text: string, idx: TriggerIndex): Array<number[] | undefined> {
  // Allocated on a group's first hit: most groups have none in a given text.
  const hits = new Array<number[] | undefined>(idx.groupCount).fill(undefined);
  const { words, digitGroups } = idx;
  DIGITS.lastIndex = 0;
  let d = digitGroups.length > 0 ? DIGITS.exec(text) : null;
  if (words !== undefined) words.lastIndex = 0;
  let w = words?.exec(text) ?? null;
  for (;;) {
    if (d !== null && (w === null || d.index < w.index)) {
      addHit(hits, digitGroups, d.index, d.index + d[0].length);
      d = DIGITS.exec(text);
    } else if (w !== null) {
      const word = w[0];
      const groups = idx.groupsBySpelling.get(word) ?? groupsOfLowerCase(idx.groupsByWord, word.toLowerCase());
      if (groups) addHit(hits, groups, w.index, w.index + word.length);
      w = words?.exec(text) ?? null;
    } else break;
  }
  return hits;
}

/** Scans one rule over the merged windows [hit start - back, hit end + ahead] around its group's hits. */
function scanWindows(c: Compiled, text: string, hits: readonly number[], back: number, ahead: number, tense: (s: number, e: number) => Tense, out: Candidate[]): void {
  const textLength = text.length;
  let from = -1;
  let to = -1;
  for (let i = 0; i < hits.length; i += 2) {
    const pos = hits[i]!;
    const a = pos > back ? pos - back : 0;
    const b0 = hits[i + 1]! + ahead;
    const b = b0 < textLength ? b0 : textLength;
    if (to >= 0 && a <= to) { if (b > to) to = b; continue; }
    // Merged windows are disjoint, so no start position is scanned twice.
    if (to >= 0) scanRange(c, text, from, to, tense, out);
    from = a;
    to = b;
  }
  if (to >= 0) scanRange(c, text, from, to, tense, out);
}

export function collect(text: string, rules: readonly Rule[] = RULES, tense: (s: number, e: number) => Tense = tenseReader(text)): Candidate[] {
  const out: Candidate[] = [];
  let idx = rules === RULES ? DEFAULT_INDEX : indexCache.get(rules);
  if (!idx) { idx = buildIndex(rules); indexCache.set(rules, idx); }
  const hits = triggerHits(text, idx);
  const { compiled, groupOf, back, ahead } = idx;
  for (let ri = 0; ri < compiled.length; ri++) {
    const g = groupOf[ri]!;
    if (g < 0) { scanRange(compiled[ri]!, text, 0, text.length, tense, out); continue; }
    const list = hits[g];
    if (list !== undefined) scanWindows(compiled[ri]!, text, list, back[ri]!, ahead[ri]!, tense, out);
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
