import type { Article } from '../articles/types';
import type { Timex } from '../temporal/types';
import type { EventFlag } from '../timeline/types';
import { referenceDate, uncertainPublication } from './article-dates';
import { addDays, addMonths, isoDay } from './dates';
import { splitSentences, type Sentence } from './sentences';
import { contentWordIds, isSpace, sharedVocabulary, whitespaceSplitCount, type Vocabulary } from './text';
import type { ActorMentionLike, Candidate, MentionFn, NormalizeFn } from './types';
import { undatedReports, type ClauseTenseFn, type UndatedReport } from './undated';

export interface ExtractOptions {
  normalize: NormalizeFn;
  mentions?: MentionFn;
  /** splitSentences(article.text), when the caller has it already. */
  sentences?: Sentence[];
  /** articleTimexes(article, normalize), when the caller has it already. */
  timexes?: Timex[];
  /** mentions(text, sentencesWithDates(timexes, sentences)), when the caller has them already. */
  datedMentions?: ActorMentionLike[];
  /** Also collect the article's undated reports (./undated.ts) into `undated.out` (actors are then looked for in the other sentences too). */
  undated?: { clauseTense: ClauseTenseFn; out: UndatedReport[] };
  /**
   * Vocabulary of the candidates' word ids: candidates compare only within one. Defaults to a module-wide one that
   * grows with every text it sees; a caller extracting many corpora (buildTimeline) passes one per build.
   */
  vocabulary?: Vocabulary;
}

export { referenceDate } from './article-dates';

const METADATA_LINE = /^(?:date|dated|published|updated|posted|last updated|dateline)?\s*[:\-–]?\s*$/i;

/** A line that is only a label plus the expression, near the top: the article's own date, not an event. */
export function isMetadataDateline(sentence: Sentence, timex: Timex, articleText: string): boolean {
  if (sentence.start >= 300) return false;
  const before = articleText.slice(sentence.start, timex.start);
  const after = articleText.slice(timex.end, sentence.end);
  if (!METADATA_LINE.test(before.trim())) return false;
  // Alone on its line, or a machine-format date (2023-10-15) glued to the start of the text.
  return /^[\s.,;:|-]*$/.test(after) || /^\d{4}-\d{2}-\d{2}(?:T[\d:]+)?$/.test(timex.text);
}

export function isCopyright(sentence: Sentence, timex: Timex, articleText: string): boolean {
  const from = Math.max(sentence.start, timex.start - 40);
  // "©", "(c)" or "copyright" right before the expression (spaces between): look only when the last character fits.
  let k = timex.start;
  while (k > from && isSpace(articleText.charCodeAt(k - 1))) k--;
  const last = k > from ? articleText.charCodeAt(k - 1) : -1;
  const mayEndMark = last === 0xa9 /* © */ || last === 41 /* ) */ || last === 116 /* t */ || last === 84; /* T */
  return (
    (mayEndMark && /(?:©|\(c\)|copyright)\s*$/i.test(articleText.slice(from, timex.start))) ||
    /^(?:©|\(c\)|copyright)/i.test(sentence.text)
  );
}

/** Soft interval for a vague past reference ("in recent months"): from ~6 units before publication to publication. */
export function softPastInterval(expression: string, published: string): { start: string; end: string } | null {
  const e = expression.toLowerCase();
  const end = addDays(published, 1);
  if (/\byears?\b/.test(e)) return { start: addMonths(published, -36), end };
  if (/\bmonths?\b/.test(e)) return { start: addMonths(published, -6), end };
  if (/\bweeks?\b/.test(e)) return { start: addDays(published, -42), end };
  if (/\bdays?\b/.test(e)) return { start: addDays(published, -10), end };
  if (/\b(?:recent(?:ly)?|lately|past|previous(?:ly)?)\b/.test(e)) return { start: addMonths(published, -3), end };
  return null;
}

const ATTRIBUTION: RegExp[] = [
  /,?\s*according to [^,.;]*/gi,
  /,\s*(?:[A-Z][\w.’'-]*\s+){0,6}(?:said|says|told reporters|added|reported|announced)(?:\s+[A-Z][\w.’'-]*){0,6}(?=\s*[,.;]|\s*$)/g,
  /,\s*(?:said|says)\s+(?:[\w.’'-]+\s*){1,8}(?=[,.;]|$)/g,
];

/** ", which lasted about an hour," — an aside that a title can do without. */
const NON_RESTRICTIVE = /,\s*(?:which|who)\b[^,]*,/g;

/** Where a long sentence splits into clauses: a comma or semicolon (with a closing quote), or a dash. */
const CLAUSE_BOUND = /[,;.!?][”"]\s+|[,;]\s+|\s+[—–]\s+/g;

/**
 * In a long sentence the event is the clause that holds the expression: "China has good relations with Iran,
 * whose leadership supports Hamas, which carried out deadly attacks on Israel on October 7" is about Hamas's
 * attack. A relative clause ("which carried out…") takes the name just before it as its subject. Returns the
 * clause (words of the sentence, in order) with the expression's offsets in it, or null to keep the sentence.
 */
export function focusClause(sentence: string, exprStart: number, exprEnd: number): { text: string; exprStart: number; exprEnd: number } | null {
  if (whitespaceSplitCount(sentence, 16) <= 16) return null;
  let start = 0;
  let end = sentence.length;
  // Curly quotes opened and closed before the current bound, counted as the bounds come (they come in order).
  let opened = 0;
  let closed = 0;
  // Without an opening quote no bound is inside a quotation: nothing to count.
  let counted = sentence.includes('“') ? 0 : sentence.length;
  CLAUSE_BOUND.lastIndex = 0;
  for (let m = CLAUSE_BOUND.exec(sentence); m; m = CLAUSE_BOUND.exec(sentence)) {
    const i = m.index;
    for (; counted < i; counted++) {
      const c = sentence.charCodeAt(counted);
      if (c === 0x201c) opened++;
      else if (c === 0x201d) closed++;
    }
    // A bound inside a quotation does not split the clause, unless the bound closes the quotation.
    if (opened > closed && !/[”"]/.test(m[0])) continue;
    if (i + m[0].length <= exprStart) start = i + m[0].length;
    else if (i >= exprEnd) {
      end = i;
      break;
    }
  }
  if (start === 0 && end === sentence.length) return null;
  let clause = sentence.slice(start, end);
  let shift = start;
  const relative = /^(?:which|who)\s+/i.exec(clause);
  // A clause opening in lower case ("and assisted…", "was made possible…") has its subject elsewhere.
  if (!relative && !/^[\p{Lu}“"]/u.test(clause)) return null;
  if (relative) {
    // The antecedent: the capitalised name right before the comma ("…both Hamas, which …").
    const antecedent = /((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'.-]*)[,;]\s+$/u.exec(sentence.slice(0, start));
    if (!antecedent) return null;
    clause = `${antecedent[1]} ${clause.slice(relative[0].length)}`;
    shift = start + relative[0].length - antecedent[1]!.length - 1;
  }
  if (whitespaceSplitCount(clause.replace(sentence.slice(exprStart, exprEnd), '').trim(), 4) < 4) return null;
  return { text: clause, exprStart: exprStart - shift, exprEnd: exprEnd - shift };
}

const LEAD_IN = /^(?:notably|meanwhile|however|moreover|also|separately|still|for its part|in addition)\s*,\s*/i;

/**
 * Extractive title: the sentence minus attribution and the temporal expression (with its preposition), capped
 * at `maxWords` words with an ellipsis. Only words of the sentence, in order.
 */
export function extractTitle(sentence: string, exprStart: number, exprEnd: number, maxWords = 12): string {
  const focus = focusClause(sentence, exprStart, exprEnd);
  if (focus) return extractTitle(focus.text, focus.exprStart, focus.exprEnd, maxWords);
  // Drop the expression and a preposition right before it.
  let before = dropAsides(sentence.slice(0, exprStart));
  const after = dropAsides(sentence.slice(exprEnd));
  if (endsWith(before, isSpace)) before = before.replace(/\b(?:on|in|at|since|during|from|by|over|until|as of)\s+$/i, '');
  // A possessive ("Saturday’s call") names the event by its date: keep it whole.
  const s = /^['’]s\b/.test(after) ? `${before}${sentence.slice(exprStart, exprEnd)}${after}` : `${before} ${after}`;
  return cleanTitle(s, sentence, maxWords);
}

/** Extractive title of a sentence with no expression to take out (an undated report): the same clean-up and cap. */
export function sentenceTitle(sentence: string, maxWords = 12): string {
  return cleanTitle(dropAsides(sentence), sentence, maxWords);
}

/** Attribution, lead-ins, edge punctuation and quotes off; capped at `maxWords` words with an ellipsis. */
function cleanTitle(text: string, sentence: string, maxWords: number): string {
  let s = text;
  if (ACCORDING_TO.test(s)) s = s.replace(ATTRIBUTION[0]!, '');
  s = s.replace(ATTRIBUTION[1]!, '').replace(ATTRIBUTION[2]!, '');
  s = s.replace(/\s+([,.;:!?])/g, '$1').replace(/\s{2,}/g, ' ').trim();
  s = s.replace(/^[,;:\s]+/, '').replace(LEAD_IN, '');
  if (endsWith(s, (c) => c === 44 || c === 59 || c === 58 || isSpace(c))) s = s.replace(/[,;:\s]+$/, '');
  s = s.replace(/^[“"‘]/, '');
  if (endsWith(s, isSentenceEndOrQuote)) s = s.replace(/[.!?]+[”"’]?$/, '').replace(/[”"]$/, '');
  s = s.trim();
  if (!s) s = sentence.trim();
  let title = capWords(s, maxWords);
  if (title[0] && /[a-z]/.test(title[0])) title = title[0].toUpperCase() + title.slice(1);
  return title;
}

/**
 * `s.split(/\s+/)` joined by single spaces, or its first `maxWords` words (without a trailing , ; :) plus "…" when it
 * has more. `s` is usually single-spaced already: then the title is `s` itself or one slice of it, with no array of
 * words (the general case still splits).
 */
function capWords(s: string, maxWords: number): string {
  if (!Number.isInteger(maxWords) || maxWords < 1) return capWordsSplit(s, maxWords);
  let words = 1;
  let cut = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c)) continue;
    if (c !== 32 || i === 0 || i + 1 === s.length || isSpace(s.charCodeAt(i + 1))) return capWordsSplit(s, maxWords);
    if (++words === maxWords + 1) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return s;
  const head = s.slice(0, cut);
  return `${endsWith(head, (c) => c === 44 || c === 59 || c === 58) ? head.slice(0, -1) : head}…`;
}

function capWordsSplit(s: string, maxWords: number): string {
  // One word past the cap is enough to know the title is cut: no need to split the rest.
  const words = Number.isInteger(maxWords) && maxWords >= 0 && maxWords < 2 ** 31 ? s.split(/\s+/, maxWords + 1) : s.split(/\s+/);
  return words.length > maxWords ? `${words.slice(0, maxWords).join(' ').replace(/[,;:]$/, '')}…` : words.join(' ');
}

// Gates for the end-anchored and rare patterns above: V8 tries such a regex at every position of the string, so
// it only runs when its last character or its literal words are there.
const endsWith = (s: string, test: (c: number) => boolean) => s.length > 0 && test(s.charCodeAt(s.length - 1));
/** . ! ? ” " ’: what the sentence-end and closing-quote patterns can end on. */
const isSentenceEndOrQuote = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x201d || c === 34 || c === 0x2019;
/** The literal every match of ATTRIBUTION[0] contains (same case rule). */
const ACCORDING_TO = /according to /i;

/** `s` without non-restrictive asides (which need a comma and "which"/"who"). */
function dropAsides(s: string): string {
  return s.includes(',') && s.includes('wh') ? s.replace(NON_RESTRICTIVE, '') : s;
}

const NAME_STOP = new Set(['the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'in', 'on', 'but', 'and', 'this', 'that', 'for', 'as']);

/** Capitalised words, as in `/[A-Z][A-Za-z]+(?:['’]s)?/g`. */
const CAPITALISED = /[A-Z][A-Za-z]+(?:['’]s)?/g;
const DATE_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'oct', 'nov', 'dec', 'jan', 'feb', 'sep', 'sept',
]);

/** Capitalised words not at the sentence start (lower-cased): a table-free proxy for named actors. */
export function capitalisedNames(sentence: string): Set<string> {
  const out = new Set<string>();
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
    if (m.index === 0) continue;
    let w = m[0];
    // The word itself has no apostrophe, so a trailing "'s" is the possessive group.
    const q = w.charCodeAt(w.length - 2);
    if (w.endsWith('s') && (q === 39 || q === 0x2019)) w = w.slice(0, -2);
    w = w.toLowerCase();
    if (NAME_STOP.has(w) || w.length < 3 || DATE_WORDS.has(w)) continue;
    out.add(w);
  }
  return out;
}

/** Actor ids mentioned inside the sentence (first mention order), and those ids plus their parents (partOf). */
function actorsIn(mentions: ActorMentionLike[], sentence: Sentence): { actors: string[]; actorKeys: string[] } {
  // A sentence names a few actors: arrays with includes() keep the first-mention order without Sets (a build keeps
  // these for every candidate).
  const actors: string[] = [];
  for (const m of mentions) if (m.start >= sentence.start && m.end <= sentence.end && !actors.includes(m.actorId)) actors.push(m.actorId);
  const actorKeys = [...actors];
  for (const m of mentions) {
    if (m.partOf && m.start >= sentence.start && m.end <= sentence.end && !actorKeys.includes(m.partOf)) actorKeys.push(m.partOf);
  }
  return { actors, actorKeys };
}

const namesCache = new WeakMap<Candidate, Set<string>>();

/**
 * Capitalised names of the candidate's sentence (capitalisedNames of its quote). The merge needs them only for
 * candidates without actors, so they are worked out on first use.
 */
export function candidateNames(c: Candidate): Set<string> {
  let names = namesCache.get(c);
  if (!names) namesCache.set(c, (names = capitalisedNames(c.citation.quote)));
  return names;
}

/** The event title a candidate gives (extractTitle of its quote); only the candidate chosen per event needs one. */
export function candidateTitle(c: Candidate): string {
  return extractTitle(c.citation.quote, c.citation.expressionStart, c.citation.expressionEnd);
}

function sentenceOf(sentences: readonly Sentence[], pos: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The sentences holding a DATE/TIME expression, in text order: where an article's event actors are looked for. */
export function sentencesWithDates(timexes: readonly Timex[], sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const s = sentenceOf(sentences, t.start);
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** The article's temporal expressions: its text normalized from its reference date (publication, else range start). */
export function articleTimexes(article: Article, normalize: NormalizeFn): Timex[] {
  const ref = referenceDate(article);
  return normalize(article.text, ref ? { published: article.published ?? ref } : {});
}

/** Every DATE/TIME timex of the article that refers to a particular time, as an event candidate. */
export function extractCandidates(article: Article, options: ExtractOptions): Candidate[] {
  const text = article.text;
  const ref = referenceDate(article);
  const timexes = options.timexes ?? articleTimexes(article, options.normalize);
  if (timexes.length === 0 && !options.undated) return [];
  const sentences = options.sentences ?? splitSentences(text);
  const datedSentences = sentencesWithDates(timexes, sentences);
  const mentions = options.datedMentions ?? (options.mentions ? options.mentions(text, datedSentences) : []);
  if (options.undated) {
    // The other sentences get their own look-up, so the dated events' actors do not depend on this option.
    const datedStarts = new Set(datedSentences.map((s) => s.start));
    const rest = sentences.filter((s) => !datedStarts.has(s.start));
    const restMentions = options.mentions && rest.length > 0 ? options.mentions(text, rest) : [];
    options.undated.out.push(...undatedReports(article, sentences, datedStarts, restMentions, options.undated.clauseTense));
  }
  const uncertainDate = uncertainPublication(article);
  const vocabulary = options.vocabulary ?? sharedVocabulary;
  const out: Candidate[] = [];
  for (const timex of timexes) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    if (timex.value === 'FUTURE_REF' || timex.value === 'PRESENT_REF') continue; // "one day", "now": not a particular time
    const sentence = sentenceOf(sentences, timex.start);
    if (!sentence) continue;
    if (isMetadataDateline(sentence, timex, text) || isCopyright(sentence, timex, text)) continue;
    const flags: EventFlag[] = [];
    let interval = timex.interval && timex.interval.start ? timex.interval : null;
    if (interval && !interval.end) interval = { start: interval.start, end: addDays(interval.start, 1) };
    let granularity = timex.granularity;
    if (!interval) {
      if (timex.value !== 'PAST_REF' || !ref) continue; // FUTURE_REF / PRESENT_REF / unresolved: not events
      interval = softPastInterval(timex.text, ref);
      if (!interval) continue;
      granularity = 'vague';
      flags.push('fuzzy');
    } else if (timex.mod || granularity === 'vague') {
      flags.push('fuzzy');
    }
    const relative = timex.anchor.kind === 'publication' || timex.anchor.kind === 'timex' || timex.value === 'PAST_REF';
    if (relative && uncertainDate) flags.push('uncertain-publication-date');
    const approximate = /\bago\b|\babout\b|\baround\b|\broughly\b/i.test(timex.text) || timex.mod === 'APPROX';
    const window = approximate
      ? { start: addDays(interval.start, -2), end: addDays(isoDay(interval.end), 2) }
      : interval;
    const { actors, actorKeys } = actorsIn(mentions, sentence);
    const exprStart = timex.start - sentence.start;
    const exprEnd = timex.end - sentence.start;
    out.push({
      article,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      exprStart: timex.start,
      exprEnd: timex.end,
      timex,
      interval,
      window,
      granularity,
      value: timex.value,
      mod: timex.mod,
      approximate,
      flags,
      actors,
      actorKeys,
      words: contentWordIds(sentence.text, vocabulary, { start: exprStart, end: exprEnd }),
      citation: {
        articleId: article.id,
        publisher: article.publisher,
        title: article.title,
        url: article.url,
        published: article.published,
        publishedRange: article.publishedRange,
        quote: sentence.text,
        expression: timex.text,
        expressionStart: exprStart,
        expressionEnd: exprEnd,
        value: timex.value,
        reason: timex.reason,
      },
    });
  }
  return out;
}
