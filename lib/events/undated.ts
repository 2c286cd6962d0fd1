/**
 * Undated reports: sentences that tell something an actor did but hold no date of their own ("Xi Jinping has also
 * called for an immediate ceasefire"). The timeline can place them at their article's publication date, clearly
 * marked as such (flag 'undated'); they are never mixed with the events the text dates. See docs/timeline.md.
 */
import type { Article } from '../articles/types';
import type { Sentence } from './sentences';
import { contentWords, jaccard, whitespaceSplitCount } from './text';
import type { ActorMentionLike } from './types';

/** The tense of a whole sentence (lib/temporal's clauseTense): injected, so lib/events needs no normalizer. */
export type ClauseTenseFn = (text: string, start: number, end: number) => 'past' | 'future' | 'unknown';

export interface UndatedReport {
  article: Article;
  sentence: Sentence;
  /** Actor ids mentioned in the sentence, in order of first mention. */
  actors: string[];
  /** Content words (for merging the same report told by several articles). */
  words: Set<string>;
}

/** Too short to tell anything ("Blinken agreed."), or a headline-length fragment. */
const MIN_WORDS = 6;

/** The day an undated report is placed at: the publication date, else the start of its published range. */
export function placementDay(article: Article): string | null {
  return (article.published ?? article.publishedRange?.start ?? null)?.slice(0, 10) ?? null;
}

/**
 * The undated reports of one article: sentences with no date or time expression (`datedStarts` holds the starts of
 * those that have one), at least one actor, and a past-tense verb (a report of something done, not a plan, a
 * description or a quote about the future).
 */
export function undatedReports(
  article: Article,
  sentences: readonly Sentence[],
  datedStarts: ReadonlySet<number>,
  mentions: readonly ActorMentionLike[],
  clauseTense: ClauseTenseFn,
): UndatedReport[] {
  if (placementDay(article) === null) return [];
  const out: UndatedReport[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let m = 0;
  for (const sentence of sentences) {
    while (m < sorted.length && sorted[m]!.start < sentence.start) m++;
    if (datedStarts.has(sentence.start)) continue;
    const actors: string[] = [];
    for (let k = m; k < sorted.length && sorted[k]!.start < sentence.end; k++) {
      const x = sorted[k]!;
      if (x.end <= sentence.end && !actors.includes(x.actorId)) actors.push(x.actorId);
    }
    if (actors.length === 0) continue;
    if (whitespaceSplitCount(sentence.text, MIN_WORDS) < MIN_WORDS) continue;
    if (clauseTense(article.text, sentence.start, sentence.end) !== 'past') continue;
    out.push({ article, sentence, actors, words: contentWords(sentence.text) });
  }
  return out;
}

/** Close enough to be the same report (syndicated or rewritten copies of one sentence). */
const SAME_REPORT = { minJaccard: 0.6, maxDaysApart: 7 };

const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Groups the reports several articles tell alike: the same actors, mostly the same words, published within a week of
 * each other. Each group keeps the reports in input order.
 */
export function groupUndated(reports: readonly UndatedReport[]): UndatedReport[][] {
  const groups: UndatedReport[][] = [];
  // Only reports naming the same actors can be alike: compare within those buckets.
  const byActor = new Map<string, UndatedReport[][]>();
  for (const r of reports) {
    const key = [...r.actors].sort().join(',');
    const bucket = byActor.get(key) ?? [];
    const day = dayNumber(placementDay(r.article)!);
    const home = bucket.find((g) =>
      g.every((o) => o.article.id !== r.article.id) &&
      g.some((o) => Math.abs(dayNumber(placementDay(o.article)!) - day) <= SAME_REPORT.maxDaysApart && jaccard(o.words, r.words) >= SAME_REPORT.minJaccard),
    );
    if (home) home.push(r);
    else {
      const g = [r];
      bucket.push(g);
      groups.push(g);
    }
    byActor.set(key, bucket);
  }
  return groups;
}
