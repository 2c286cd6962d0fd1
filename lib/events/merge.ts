import type { Granularity } from '../temporal/types';
import { dayNumber, overlaps } from './dates';
import { candidateNames } from './extract';
import { jaccardIds, overlap } from './text';
import type { Candidate } from './types';

/** Thresholds of the merge rule (see docs/timeline.md). */
export const MERGE = {
  /** Score needed when both candidates are day-or-finer (or approximate days). */
  precise: 0.25,
  /** Same granularity, coarser than a day (months, years, vague references). */
  sameCoarse: 0.25,
  /** Different granularities, e.g. a day against "earlier this year": strong agreement only. */
  crossGranularity: 0.45,
  /** Weight of one shared actor (or, without an actor table, one shared capitalised name) in the score. */
  actorWeight: 0.1,
};

const FINE: ReadonlySet<Granularity> = new Set(['minute', 'hour', 'part-of-day', 'day']);

/** Rank of precision, smaller = more precise. */
export const GRANULARITY_RANK: Record<Granularity, number> = {
  minute: 0, hour: 1, 'part-of-day': 2, day: 3, weekend: 4, week: 5, month: 6, season: 7, quarter: 8, half: 9,
  year: 10, decade: 11, century: 12, vague: 13, duration: 14, set: 15,
};

/** How much two candidates agree on content: word Jaccard plus shared actors (or names). */
export function similarity(a: Candidate, b: Candidate): { score: number; words: number; actors: number } {
  const words = jaccardIds(a.words, b.words);
  // Without actors on both sides, shared capitalised names (a table-free proxy for actors) stand in.
  const actors = a.actorKeys.length && b.actorKeys.length ? sharedCount(a.actorKeys, b.actorKeys) : overlap(candidateNames(a), candidateNames(b));
  return { score: words + MERGE.actorWeight * Math.min(actors, 4), words, actors };
}

/** How many of `a` are in `b` (both without repeats): overlap() for the few actor keys of two candidates. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  for (const x of a) if (b.includes(x)) n++;
  return n;
}

/** Whether two candidates tell the same event. Never on date alone. */
export function sameEvent(a: Candidate, b: Candidate): boolean {
  if (a.article.id === b.article.id && a.sentenceStart === b.sentenceStart) return false; // two times in one sentence
  if (!overlaps(a.window, b.window)) return false;
  return sameEventOverlapping(a, b);
}

/** The rest of sameEvent, for two candidates of different sentences whose windows overlap. */
function sameEventOverlapping(a: Candidate, b: Candidate): boolean {
  const aVague = a.granularity === 'vague';
  const bVague = b.granularity === 'vague';
  if (aVague !== bVague) return false; // a vague reference is never the date of a precise one
  // One article repeating the same relative expression with the same value ("on Wednesday" twice) tells one day's story.
  if (
    a.article.id === b.article.id &&
    a.value === b.value &&
    FINE.has(a.granularity) &&
    a.timex.text.toLowerCase() === b.timex.text.toLowerCase()
  ) {
    return true;
  }
  const { score, actors } = similarity(a, b);
  const aFine = FINE.has(a.granularity) || a.approximate;
  const bFine = FINE.has(b.granularity) || b.approximate;
  if (aFine && bFine) {
    if (FINE.has(a.granularity) && FINE.has(b.granularity) && !a.approximate && !b.approximate) {
      // two precise days: they must be the same day
      if (dayNumber(a.interval.start) !== dayNumber(b.interval.start)) return false;
    }
    return score >= MERGE.precise && (actors > 0 || score >= MERGE.precise + 0.1);
  }
  if (a.granularity === b.granularity) return score >= MERGE.sameCoarse && actors > 0;
  return score >= MERGE.crossGranularity && actors > 0;
}

class UnionFind {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups candidates that tell the same event. Sub-quadratic in practice: candidates are swept in order of their
 * window start and compared only with those whose window is still open (an interval sweep), so only
 * time-overlapping pairs are ever scored.
 */
export function mergeCandidates(candidates: Candidate[]): Candidate[][] {
  const order = candidates
    .map((c, i) => {
      const s = dayNumber(c.window.start);
      return { c, i, s, e: Math.max(dayNumber(c.window.end), s + 1) };
    })
    .sort((x, y) => x.s - y.s || x.e - y.e || x.i - y.i);
  const uf = new UnionFind(candidates.length);
  const active: typeof order = [];
  for (const cur of order) {
    // Drop the windows closed before this one opens, in place (no new array per candidate).
    let kept = 0;
    for (const a of active) if (a.e > cur.s) active[kept++] = a;
    active.length = kept;
    for (const a of active) {
      if (uf.find(a.i) === uf.find(cur.i)) continue;
      // sameEvent, with its window overlap test on the day numbers computed above.
      if (a.c.article.id === cur.c.article.id && a.c.sentenceStart === cur.c.sentenceStart) continue;
      if (!(a.s < cur.e && cur.s < a.e)) continue;
      if (sameEventOverlapping(a.c, cur.c)) uf.union(a.i, cur.i);
    }
    active.push(cur);
  }
  const groups = new Map<number, Candidate[]>();
  candidates.forEach((c, i) => {
    const root = uf.find(i);
    const g = groups.get(root);
    if (g) g.push(c);
    else groups.set(root, [c]);
  });
  return [...groups.values()];
}

/** The most precise candidate of a group: finest granularity, then not approximate, then no mod, then earliest. */
export function mostPrecise(group: Candidate[]): Candidate {
  // The first of the smallest under the order (what a stable sort puts first), found in one pass without a copy.
  let best = group[0]!;
  for (let k = 1; k < group.length; k++) if (precisionOrder(group[k]!, best) < 0) best = group[k]!;
  return best;
}

function precisionOrder(a: Candidate, b: Candidate): number {
  return (
    GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity] ||
    Number(a.approximate) - Number(b.approximate) ||
    Number(a.mod !== null) - Number(b.mod !== null) ||
    a.article.id.localeCompare(b.article.id) ||
    a.exprStart - b.exprStart
  );
}
