/**
 * Tense of the clause around an expression, from cue words in a sentence window. News convention
 * (HeidelTime): past and present tense point backwards from the publication date, future forwards.
 */
import { trieAlt } from './rules/trie';
import { DETERMINERS, FIXTURE_VERBS, REPORTING_VERBS, FUTURE_CUES, ING_PREPOSITIONS, IRREGULAR_PAST, MONTH_NAMES, NOT_PAST_ED, PRESENT_LINKING_VERBS, WEEKDAY_NAMES } from './rules/words';

export type Tense = 'past' | 'future' | 'unknown';

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const sorted = (ws: readonly string[]): string[] => [...ws].sort((a, b) => b.length - a.length);

// A future cue swallows its verb group ("will be held", "is scheduled to last") so the participle, or a verb that is
// also a past cue, is not read as past.
// Word cues start with \b and a trie-shaped alternation (a lookbehind tried at every position is
// slow); only the apostrophe contractions ("'ll") need the lookbehind, and they check their first character before it
// (no word character or apostrophe before the contraction: ~15% faster than the lookbehind first).
const WORD_CUES = FUTURE_CUES.filter((w) => /^[a-z]/i.test(w)).map((w) => w.toLowerCase());
const APOSTROPHE_CUES = FUTURE_CUES.filter((w) => !/^[a-z]/i.test(w));
const contraction = (w: string): string => `${esc(w[0]!)}(?<=(?:^|[^\\w'’])${esc(w[0]!)})${esc(w.slice(1))}`;
const FUTURE_RE = new RegExp(
  `(?:\\b(?<!['’])${trieAlt(WORD_CUES)}|${sorted(APOSTROPHE_CUES).map(contraction).join('|')})` +
    `(?![\\w])(?:\\s+(?:not|be|have|been|also|still|then|soon|likely|\\w+ly))*(?:\\s+to)?(?:\\s+[a-z]+)?`,
  'gi',
);
const NOT_PAST = new Set(NOT_PAST_ED);
const REPORTING = new Set(REPORTING_VERBS);
const MONTH_NAME_SET: ReadonlySet<string> = new Set(MONTH_NAMES);
/**
 * A present linking verb (and adverbs) right before a regular participle, "remain closed", "is still banned", or a
 * determiner making it an adjective, "on a limited basis", "the newly elected".
 */
const LINKED_PARTICIPLE = new RegExp(
  `(?:\\b(?:${sorted(PRESENT_LINKING_VERBS).join('|')})\\s+(?:(?:not|still|also|now|\\w+ly)\\s+)?|(?:^|[^\\w'’])(?:${sorted(DETERMINERS).join('|')})\\s+(?:(?:\\w+ly|[\\w-]+-)\\s*)?)$`,
  'i',
);
/**
 * Past cues, and (group 1) a present copula ("is", "are", "remains"; "we're" below): that keeps a more distant past cue
 * (in another clause) from dating the expression.
 */
const PAST_RE = new RegExp(`\\b(?:([Ii]s|[Aa]re|[Rr]emains?)|${sorted(IRREGULAR_PAST).map(esc).join('|')}|[a-z]{2,}ed)\\b`, 'g');
/** "we're", "they’re": a present copula too (its own regex: as a branch in PAST_RE it cost 30%). */
const CONTRACTED_ARE = /\w['’]re\b/g;

/**
 * A regular participle with its agent is a modifier, not the clause's verb: "new markets untouched by the crisis", "a
 * plan backed by the EU". (A finite passive has its own past cue: "was backed by".)
 */
const AGENT_AFTER = /^\s+by\b/;
/** "earlier than": a comparison, no past cue ("targeting no earlier than Saturday", "arrived earlier than expected" has its verb). */
const THAN_AFTER = /^\s+than\b/;

/**
 * A fixture: a present verb before a capitalised opponent (case-sensitive: see FIXTURE_VERBS). An opponent, not a day:
 * "the office is open Monday through Friday" says nothing of the tense.
 */
const FIXTURE_RE = new RegExp(`\\b(?:${sorted(FIXTURE_VERBS).map(esc).join('|')})\\s+(?:the\\s+)?(?=[A-Z])(?!(?:${[...WEEKDAY_NAMES, ...MONTH_NAMES].join('|')})\\b)`, 'g');
/**
 * A participle clause after a comma ("…, leaving Britain facing an exit on April 12"): the past verb before it does not
 * date what the clause says will follow.
 */
const PARTICIPLE_CLAUSE = new RegExp(`,\\s+(?!(?:${ING_PREPOSITIONS.join('|')})\\b)[a-z]{2,}ing\\b`);

/**
 * Before a future cue: a past perfect, so the plan is told in the past ("had originally been scheduled for"), a plan
 * since changed ("The work, originally scheduled for the spring, was ordered …"), or "as"/"than" ("as expected",
 * "faster-than-expected"). Only "had": "was forecast to hit Cuba early Tuesday", "fans were expected this weekend" still
 * look ahead.
 */
const PAST_AUX_BEFORE = /\b(?:had\s+(?:(?:originally|initially|already|also|once|not|been|never)\s+){0,2}|(?:as|than)[\s-]+|(?:originally|initially)\s+)$/i;
/**
 * Right after a reporting verb, the clause it reports ("In an address late Tuesday, the president said he would …"): then
 * the verb is the expression's clause's, not an attribution after it ("…, police said (on Sunday).").
 */
const REPORTED_CLAUSE_AFTER = /^\s+(?:that|he|she|they|it|we|I)\b/;
/** A preposition right before a word. */
const PREPOSITION_BEFORE = /\b(?:with|of|for|from|in|on|at|into|amid|despite|under|without|about|against)\s+$/i;
/** Before "last": a comparison ("from last year", "than last month"). */
const COMPARED_BEFORE = /\b(?:from|than)\s+$/i;
/** A future cue that is itself a past verb of intent ("pledged to", "planned to", "promised to"). */
const PAST_PLAN_VERB = /^[a-z]+ed\s+to\b/i;
/** Before a participle: "be", "been", "being" or a present "is"/"are" (not "was"/"were"), or a conditional conjunction. */
const PARTICIPLE_BEFORE = /\b(?:be|been|being|is|are|if|unless|once)\s+$/i;
/** Right after the expression, the start of another clause: a complementizer or a subject pronoun. */
const CLAUSE_OPENS_AFTER = /^\s+(?:that|it|he|she|they|we|I|you)\s/;
/**
 * Between the expression and a later cue, "and"/"but" joining another verb phrase, or a conjunction opening a
 * subordinate clause ("no ships would move on Monday after Russia suspended …", "return on Wednesday, while schools
 * elsewhere reopened today").
 */
const COORDINATED_AFTER = /\s(?:and|but|after|before|since|when|while|whereas|although|though|because)\s/;
/** Between a past verb and the expression, only a preposition: "signed in June", "arrested on Friday". */
const VERB_PREPOSITION_BETWEEN = /^\s+(?:in|on|at|during)\s+$/;
/** "that " right before the expression (see nearest). */
const THAT_BEFORE = /\bthat\s+$/;
/** After the expression (and a coordinated one), its own verb group: a modal or a present/past copula. */
const VERB_GROUP_AFTER = /^(?:\s+(?:and|or)\s+\w+)?\s+(?:could|would|will|may|might|should|can|is|are|was|were)\b/;

/** Max characters looked at on each side: keeps cost linear on long sentence-less input. */
const WINDOW = 240;
/** Crossing a comma or quote makes a cue belong to another clause: count it as further away. */
const CLAUSE_PENALTY = 40;

/** Same set as the regex class \s (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether the . ! ? at `i` ends a sentence: a space follows, then a capital, a quote or the end of the text. A period
 * before a lower-case word or a number is an abbreviation ("8:30 p.m. on Oct. 9", "Oct. 9"), and so is one after a lone
 * capital ("U.S. President", "J. Smith").
 */
function endsSentence(text: string, i: number): boolean {
  if (i + 1 >= text.length) return true;
  if (!isSpace(text.charCodeAt(i + 1))) return false;
  if (text.charCodeAt(i) !== 46) return true;
  if (afterInitial(text, i)) return false;
  let k = i + 1;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const n = text.charCodeAt(k);
  return !((n >= 97 && n <= 122) || (n >= 48 && n <= 57));
}

/** A period after a lone capital ("U.S.", "J. Smith") is an abbreviation, not a sentence end. */
function afterInitial(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (!(c >= 65 && c <= 90)) return false;
  const b = i >= 2 ? text.charCodeAt(i - 2) : 32;
  return b === 46 || isSpace(b) || b === 40 /* ( */;
}

/**
 * How many sentences end in text[from, to): line breaks, and . ! ? before a space that end a sentence (endsSentence;
 * not "U.S. president", "p.m. on", "Oct. 9").
 */
export function sentenceEndsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if ((c === 46 || c === 33 || c === 63) && i + 1 < text.length && endsSentence(text, i)) n++;
  }
  return n;
}

function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let s = start;
  const minS = Math.max(0, start - WINDOW);
  while (s > minS) {
    const c = text.charCodeAt(s - 1);
    // newline, or . ! ? ending a sentence (all below 64: one comparison passes most characters)
    if (c < 64 && (c === 10 || ((c === 46 || c === 33 || c === 63) && s < start && endsSentence(text, s - 1)))) break;
    s--;
  }
  let e = end;
  const maxE = Math.min(text.length, end + WINDOW);
  while (e < maxE) {
    const c = text.charCodeAt(e);
    if (c < 64 && (c === 10 || ((c === 33 || c === 63 || c === 46) && endsSentence(text, e)))) break;
    e++;
  }
  return [s, e];
}

const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Commas, semicolons and quotes in text[from, to); a comma inside a number ("20,000 visitors") is no clause break. */
function clauseBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) { if (!(isDigitAt(text, i - 1) && isDigitAt(text, i + 1))) n++; }
    else if (c === 59 || c === 0x201c || c === 0x201d || c === 34) n++;
  }
  return n;
}

/** The text up to its first white space (a cue's first word). */
function firstWord(s: string): string {
  let k = 0;
  while (k < s.length && !isSpace(s.charCodeAt(k))) k++;
  return s.slice(0, k);
}

/** 'present': a present copula before the expression ("is on recess until Feb. 28"): when nearest, the clause is untensed, not past. */
interface Cue { a: number; b: number; tense: Tense | 'present' }

/** Cue words of one sentence (absolute offsets); future verb groups hide the participles inside them. */
function sentenceCues(text: string, s: number, e: number): Cue[] {
  const sentence = text.slice(s, e);
  const cues: Cue[] = [];
  // Flat [start0, end0, start1, end1, …] (no tuple or closure per cue: this runs for every dated sentence).
  const futureSpans: number[] = [];
  FUTURE_RE.lastIndex = 0;
  for (let m = FUTURE_RE.exec(sentence); m; m = FUTURE_RE.exec(sentence)) {
    // The cues are matched case-insensitively (a sentence may start with one), but a capitalised month name is the
    // month: "in May take-home pay" holds no "may take".
    if (MONTH_NAME_SET.has(firstWord(m[0]))) continue;
    // "had originally been scheduled for 11 December": a plan told in the past perfect is no future cue; "as expected"
    // is a comparison.
    if (PAST_AUX_BEFORE.test(sentence.slice(Math.max(0, m.index - 28), m.index))) continue;
    futureSpans.push(m.index, m.index + m[0].length);
    cues.push({ a: s + m.index, b: s + m.index + m[0].length, tense: 'future' });
  }
  FIXTURE_RE.lastIndex = 0;
  for (let m = FIXTURE_RE.exec(sentence); m; m = FIXTURE_RE.exec(sentence)) {
    cues.push({ a: s + m.index, b: s + m.index + m[0].length, tense: 'future' });
  }
  // One pass for the past cues and the present copulas (group 1).
  PAST_RE.lastIndex = 0;
  for (let m = PAST_RE.exec(sentence); m; m = PAST_RE.exec(sentence)) {
    const w = m[0];
    const i = m.index;
    const present = m[1] !== undefined;
    const ed = w.endsWith('ed');
    let inFuture = false;
    // Inside a future verb group, or the adjective of its object right after it ("would publish revised texts").
    // (Checked first: the cheapest of the tests that drop a cue.)
    for (let k = 0; k < futureSpans.length; k += 2) if (i >= futureSpans[k]! && (i < futureSpans[k + 1]! || (ed && i === futureSpans[k + 1]! + 1))) { inFuture = true; break; }
    if (inFuture) continue;
    if (!present && ed && (NOT_PAST.has(w) || AGENT_AFTER.test(sentence.slice(i + w.length, i + w.length + 4)) || LINKED_PARTICIPLE.test(sentence.slice(Math.max(0, i - 24), i)))) continue;
    // A participle of a passive infinitive or a condition is no past verb: "expect the session to be held by March",
    // "would take office on January 1 if elected".
    if (!present && PARTICIPLE_BEFORE.test(sentence.slice(Math.max(0, i - 12), i))) continue;
    // Right after a preposition, an -ed word is an adjective, never the clause's verb ("with sustained winds").
    if (ed && PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, i - 9), i))) continue;
    if (w === 'earlier' && THAN_AFTER.test(sentence.slice(i + 7, i + 13))) continue;
    // "up 1.6 percent from last year": a comparison, not the clause's time.
    if (w === 'last' && COMPARED_BEFORE.test(sentence.slice(Math.max(0, i - 8), i))) continue;
    cues.push({ a: s + i, b: s + i + w.length, tense: present ? 'present' : 'past' });
  }
  // (Run on every sentence: cheaper than the two includes() that used to guard it.)
  CONTRACTED_ARE.lastIndex = 0;
  for (let m = CONTRACTED_ARE.exec(sentence); m; m = CONTRACTED_ARE.exec(sentence)) cues.push({ a: s + m.index + 1, b: s + m.index + 4, tense: 'present' });
  return cues;
}

/** "has"/"have"/"had" followed by its participle. */
const PERFECT_AUX: ReadonlySet<string> = new Set(['has', 'have', 'had']);
const WORD_AFTER = /^\s+([a-z]+)/;

/** Where the reporting verb ends when the cue text[a, b) is one ("said") or its auxiliary ("has said", "had told"); else -1. */
function reportingVerbEnd(text: string, a: number, b: number): number {
  const w = text.slice(a, b);
  if (REPORTING.has(w)) return b;
  if (!PERFECT_AUX.has(w)) return -1;
  const next = WORD_AFTER.exec(text.slice(b, b + 16));
  return next !== null && REPORTING.has(next[1]!) ? b + next[0].length : -1;
}

/** Whether a cue at least `minDist` away could still replace the best one (ties go to a future cue). */
function mayWin(minDist: number, bestDist: number, tense: Cue['tense']): boolean {
  return minDist < bestDist || (minDist === bestDist && tense === 'future');
}

function nearest(text: string, cues: readonly Cue[], start: number, end: number): Tense {
  let best: Cue['tense'] = 'unknown';
  let bestDist = Infinity;
  // (Worked out when first needed: most cues are too far to be looked at.)
  let subjectAfterThat: boolean | undefined;
  for (const { a, b, tense } of cues) {
    if (a >= start && b <= end) continue; // the expression itself ("next", "last") is not a tense cue
    // A present copula counts before the expression only ("is on recess until Feb. 28"), not after its subject
    // ("… on Sunday evening, and Monday is a public holiday").
    if (tense === 'present' && b > start) continue;
    // A verb group that runs into the expression ("is set for Saturday") is the closest cue there is.
    let dist: number;
    if (a < end && b > start) dist = 0;
    // "A ceasefire signed in June will become …": a past verb with only a preposition before the expression dates it,
    // closer than any cue after it.
    else if (tense === 'past' && b <= start && start - b <= 9 && VERB_PREPOSITION_BETWEEN.test(text.slice(b, start))) dist = 0;
    else if (b <= start) {
      // Clause breaks only add distance: a cue already too far in characters cannot win (skip the counting).
      if (!mayWin(start - b, bestDist, tense)) continue;
      const breaks = clauseBreaks(text, b, start);
      if (breaks > 0 && tense === 'past' && PARTICIPLE_CLAUSE.test(text.slice(b, start))) continue;
      // "warned that Wednesday and Thursday could be hotter": the expression opens the clause "that" starts; the verb
      // before "that" is another clause's.
      if (b <= start - 5 && (subjectAfterThat ??= THAT_BEFORE.test(text.slice(Math.max(0, start - 6), start)) && VERB_GROUP_AFTER.test(text.slice(end, end + 48)))) continue;
      dist = start - b + breaks * CLAUSE_PENALTY;
    } else {
      if (!mayWin(a - end, bestDist, tense)) continue;
      const breaks = clauseBreaks(text, end, a);
      // "Play will begin at 10 a.m. on Tuesday, the referee said": the attribution after a comma does not date the report.
      // (Also in the present perfect: "…, the World Health Organization has said.")
      if (breaks > 0 && tense === 'past') {
        const verbEnd = reportingVerbEnd(text, a, b);
        if (verbEnd >= 0 && !REPORTED_CLAUSE_AFTER.test(text.slice(verbEnd, verbEnd + 8))) continue;
      }
      // "said on Wednesday it would …", "told … late Thursday that they would …": a clause that opens right after the
      // expression is another clause.
      // "finished first on Sunday and will face a runoff": a verb coordinated after the expression is another clause's.
      const between = text.slice(end, a);
      const opens = CLAUSE_OPENS_AFTER.test(between.slice(0, 16)) || COORDINATED_AFTER.test(between);
      dist = a - end + (breaks + (opens ? 1 : 0)) * CLAUSE_PENALTY;
    }
    // "India on Thursday pledged to cut …": a plan verb in the past right after the expression is what it dates.
    const own = tense === 'future' && a >= end && PAST_PLAN_VERB.test(text.slice(a, b)) && text.slice(end, a).trim() === '' ? 'past' : tense;
    if (dist < bestDist || (dist === bestDist && own === 'future')) {
      bestDist = dist;
      best = own;
    }
  }
  return best === 'present' ? 'unknown' : best;
}

/** Tense of the clause holding text[start, end): the nearest cue wins, clause-internal cues first. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const [s, e] = sentenceBounds(text, start, end);
  return nearest(text, sentenceCues(text, s, e), start, end);
}

/** tenseAt for many expressions of one text: cue lists are computed once per sentence window. */
export function tenseReader(text: string): (start: number, end: number) => Tense {
  const cache = new Map<number, Cue[]>();
  const span = text.length + 1;
  return (start, end) => {
    const [s, e] = sentenceBounds(text, start, end);
    const k = s * span + e;
    let cues = cache.get(k);
    if (!cues) { cues = sentenceCues(text, s, e); cache.set(k, cues); }
    return nearest(text, cues, start, end);
  };
}

/**
 * Tense of a whole clause or sentence text[start, end) from its own cue words (tenseAt skips the cues inside the
 * span it is asked about): past when it holds a past cue and no future one, future for the reverse, else unknown.
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  let past = false;
  let future = false;
  for (const c of sentenceCues(text, start, end)) {
    if (c.tense === 'past') past = true;
    else if (c.tense === 'future') future = true;
  }
  return past === future ? 'unknown' : past ? 'past' : 'future';
}
