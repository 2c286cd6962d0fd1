/**
 * Undated reports: sentences that tell something an actor did but hold no date of their own ("Xi Jinping has also
 * called for an immediate ceasefire"). The timeline can place them at their article's publication date, clearly
 * marked as such (flag 'undated'); they are never mixed with the events the text dates. See docs/timeline.md.
 */
import type { Article } from '../articles/types';
import { referenceDate } from './article-dates';
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

/** The day an undated report is placed at: the day of the article's reference date (publication, else range start). */
export function placementDay(article: Article): string | null {
  return referenceDate(article)?.slice(0, 10) ?? null;
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
 * each other, one sentence per article. Swept in publication order, each report is compared only with the open
 * groups of its actor set (those with a report in the last week), so this stays near-linear on a large corpus.
 * Groups come in the order of their first report.
 */
export function groupUndated(reports: readonly UndatedReport[]): UndatedReport[][] {
  interface Open { reports: UndatedReport[]; days: number[]; indexes: number[]; first: number }
  const swept = reports
    .map((report, index) => ({ report, index, day: dayNumber(placementDay(report.article)!) }))
    .sort((a, b) => a.day - b.day || a.index - b.index);
  const openByActors = new Map<string, Open[]>();
  const all: Open[] = [];
  for (const { report, index, day } of swept) {
    const key = [...report.actors].sort().join(',');
    const open = (openByActors.get(key) ?? []).filter((g) => day - g.days[g.days.length - 1]! <= SAME_REPORT.maxDaysApart);
    const home = open.find(
      (g) =>
        g.reports.every((o) => o.article.id !== report.article.id) &&
        g.reports.some((o, k) => day - g.days[k]! <= SAME_REPORT.maxDaysApart && jaccard(o.words, report.words) >= SAME_REPORT.minJaccard),
    );
    if (home) {
      home.reports.push(report);
      home.days.push(day);
      home.indexes.push(index);
    } else {
      const g: Open = { reports: [report], days: [day], indexes: [index], first: index };
      open.push(g);
      all.push(g);
    }
    openByActors.set(key, open);
  }
  // Within a group, input order (the sweep went by day).
  return all.sort((a, b) => a.first - b.first).map((g) => g.indexes.map((i, k) => [i, k] as const).sort((x, y) => x[0] - y[0]).map(([, k]) => g.reports[k]!));
}
