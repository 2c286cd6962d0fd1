import type { Article } from '../articles/types';
import type { EventConflict } from '../timeline/types';
import { dayNumber } from './dates';
import { splitSentences, type Sentence } from './sentences';
import { contentWordIds, jaccardIds, sharedVocabulary, type Vocabulary, type WordIds } from './text';
import type { Candidate } from './types';

/** "Israel-Hamas conflict", "US-China war": a compound naming the two sides of a conflict. */
const PAIR = /\b([A-Z][A-Za-z]+)[-–]([A-Z][A-Za-z]+)\s+(conflict|war|crisis|dispute|talks|tensions)\b/g;

export interface PairMention {
  first: string;
  second: string;
  noun: string;
  /** The sentence holding it. */
  quote: string;
  start: number;
}

/**
 * A whole-text check: the part of PAIR from its dash on, which every PAIR match holds (a match inside a sentence is a
 * match in the whole text: sentences are bounded by whitespace). Starting at the rare dash, the regex engine skips
 * ahead fast; PAIR itself tries its \b[A-Z] at every word.
 */
const PAIR_ANY = /[-–][A-Z][A-Za-z]+\s+(?:conflict|war|crisis|dispute|talks|tensions)\b/;

/** X-Y pair mentions of `text`; `sentences`, when given, must be splitSentences(text) (already split by the caller). */
export function pairMentions(text: string, sentences?: Sentence[]): PairMention[] {
  const out: PairMention[] = [];
  // Most texts and quotes name no pair: skip splitting them into sentences.
  if (!PAIR_ANY.test(text)) return out;
  for (const s of sentences ?? splitSentences(text)) {
    if (!s.text.includes('-') && !s.text.includes('–')) continue; // every pair has its dash
    for (const m of s.text.matchAll(PAIR)) {
      out.push({ first: m[1]!, second: m[2]!, noun: m[3]!.toLowerCase(), quote: s.text, start: s.start + m.index });
    }
  }
  return out;
}

/** The article's usual name for a conflict noun, e.g. "Israel-Kazakhstan conflict" if it says so most often. */
function dominantPairs(pairs: PairMention[]): Map<string, PairMention & { count: number }> {
  const counts = new Map<string, PairMention & { count: number }>();
  for (const p of pairs) {
    const key = `${p.first}|${p.second}|${p.noun}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { ...p, count: 1 });
  }
  const best = new Map<string, PairMention & { count: number }>();
  for (const p of counts.values()) {
    const key = `${p.first}|${p.noun}`;
    const b = best.get(key);
    if (!b || p.count > b.count) best.set(key, p);
  }
  return best;
}

export interface EventLike {
  candidates: Candidate[];
  conflicts: EventConflict[];
}

/**
 * Conflicts inside one merged event: different X-Y names; precise days that disagree. `pairsOf` gives the X-Y pair
 * mentions of a candidate's quote (a caller holding each article's pairMentions can pick the quote's out of them:
 * a pair never spans two sentences, so they are the same).
 */
export function eventConflicts(group: Candidate[], pairsOf: (c: Candidate) => readonly PairMention[] = (c) => pairMentions(c.citation.quote)): EventConflict[] {
  const out: EventConflict[] = [];
  // Different dates: two day-granular, non-approximate citations from different articles with different days.
  const days = group.filter((c) => c.granularity === 'day' && !c.approximate);
  for (let i = 0; i < days.length; i++) {
    for (let j = i + 1; j < days.length; j++) {
      const a = days[i]!;
      const b = days[j]!;
      if (a.article.id !== b.article.id && dayNumber(a.interval.start) !== dayNumber(b.interval.start)) {
        out.push({
          summary: `Sources date it differently: ${a.value} (${a.article.publisher}) vs ${b.value} (${b.article.publisher}).`,
          quotes: [a, b].map((c) => ({ articleId: c.article.id, publisher: c.article.publisher, quote: c.citation.quote })),
        });
      }
    }
  }
  // Different compound names within the event's own quotes.
  const byKey = new Map<string, { pair: PairMention; c: Candidate }[]>();
  for (const c of group) {
    for (const p of pairsOf(c)) {
      const key = `${p.first}|${p.noun}`;
      const list = byKey.get(key) ?? [];
      list.push({ pair: p, c });
      byKey.set(key, list);
    }
  }
  for (const list of byKey.values()) {
    const seconds = [...new Set(list.map((x) => x.pair.second))];
    if (seconds.length < 2) continue;
    const quotes = seconds.map((s) => list.find((x) => x.pair.second === s)!);
    out.push({
      summary: `Sources name the ${quotes[0]!.pair.noun} differently: ${seconds.map((s) => `“${quotes[0]!.pair.first}-${s} ${quotes[0]!.pair.noun}”`).join(' vs ')}.`,
      quotes: quotes.map((x) => ({ articleId: x.c.article.id, publisher: x.c.article.publisher, quote: x.c.citation.quote })),
    });
  }
  return out;
}

/** Minimum whole-article word Jaccard for two articles to be taken as telling the same story. */
export const SAME_STORY = 0.12;

/**
 * Article-level comparison: two articles about the same story (published within `maxDays`, content-word Jaccard ≥
 * SAME_STORY) whose dominant "X-Y conflict" names share X but differ in Y. The conflict is attached to the event of
 * each article whose quotes share the most words with the other article (articles without dated events just
 * contribute their quote). Candidate pairs are bucketed by (X, noun) so the comparison is not all-pairs.
 * `pairsOf` gives an article's pair mentions (a caller that already split the texts passes them in); `vocabulary`
 * must be the one of the candidates' word ids.
 */
export function articleConflicts(
  articles: Article[],
  eventsByArticle: Map<string, EventLike[]>,
  maxDays = 45,
  pairsOf: (article: Article) => PairMention[] = (article) => pairMentions(article.text),
  vocabulary: Vocabulary = sharedVocabulary,
): void {
  const buckets = new Map<string, { article: Article; pair: PairMention & { count: number } }[]>();
  for (const article of articles) {
    for (const [key, pair] of dominantPairs(pairsOf(article))) {
      const list = buckets.get(key) ?? [];
      list.push({ article, pair });
      buckets.set(key, list);
    }
  }
  // Whole-article word sets are large: each is dropped once the sweep has passed its article (see below) and
  // worked out again should another bucket need it, always from the first article seen with that id.
  const words = new Map<string, WordIds>();
  const textOwner = new Map<string, Article>();
  const wordsOf = (a: Article) => {
    let w = words.get(a.id);
    if (!w) {
      const owner = textOwner.get(a.id) ?? a;
      textOwner.set(a.id, owner);
      words.set(a.id, (w = contentWordIds(owner.text, vocabulary)));
    }
    return w;
  };
  const dateOf = (a: Article) => {
    const d = a.published ?? a.publishedRange?.start;
    return d ? dayNumber(d) : null;
  };
  for (const list of buckets.values()) {
    if (list.length < 2 || new Set(list.map((x) => x.pair.second)).size < 2) continue;
    list.sort((x, y) => (dateOf(x.article) ?? 0) - (dateOf(y.article) ?? 0));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const da = dateOf(a.article);
        const db = dateOf(b.article);
        if (da !== null && db !== null && db - da > maxDays) break;
        if (a.pair.second === b.pair.second) continue;
        if (jaccardIds(wordsOf(a.article), wordsOf(b.article)) < SAME_STORY) continue;
        const conflict: EventConflict = {
          summary: `${a.article.publisher} calls it the “${a.pair.first}-${a.pair.second} ${a.pair.noun}”, ${b.article.publisher} the “${b.pair.first}-${b.pair.second} ${b.pair.noun}”.`,
          quotes: [
            { articleId: a.article.id, publisher: a.article.publisher, quote: a.pair.quote },
            { articleId: b.article.id, publisher: b.article.publisher, quote: b.pair.quote },
          ],
        };
        for (const [self, other] of [
          [a.article, b.article],
          [b.article, a.article],
        ] as const) {
          const events = eventsByArticle.get(self.id) ?? [];
          let best: EventLike | null = null;
          let bestScore = 0;
          const ow = wordsOf(other);
          for (const ev of events) {
            const own = ev.candidates.filter((c) => c.article.id === self.id);
            const score = Math.max(0, ...own.map((c) => jaccardIds(c.words, ow)));
            if (score > bestScore) {
              bestScore = score;
              best = ev;
            }
          }
          if (best && !best.conflicts.some((c) => c.summary === conflict.summary)) best.conflicts.push(conflict);
        }
      }
      // Later entries of this bucket compare only with each other: this article's words are no longer needed here.
      words.delete(list[i]!.article.id);
    }
  }
}
