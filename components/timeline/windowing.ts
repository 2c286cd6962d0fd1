/**
 * Level of detail for large timelines, as pure data (no DOM): which items vis-timeline should hold for
 * the visible window. vis-timeline lays out and clusters every item it holds on every redraw, so with
 * thousands of events zooming and panning stall. Instead the canvas holds only the events near the
 * window; when even those are too many, it holds one "N events" bar per calendar bucket (day, week,
 * month, quarter or year, picked from the window's span) and the events come back as the user zooms
 * in. Buckets have stable ids, so panning changes only the buckets at the edges.
 */
import type { VisItemSpec } from './vis-config';

const DAY = 86_400_000;

/** Above this many events the canvas holds only what is near the window. */
export const WINDOWING_THRESHOLD = 400;
/** Most events held at once in windowed mode; beyond that the window is drawn as buckets. */
export const MAX_HELD = 300;

export interface IndexedSpec {
  spec: VisItemSpec;
  /** Epoch ms of the start (UTC midnight for ISO dates). */
  start: number;
  /** Epoch ms of the end; equals start for points. */
  end: number;
}

export interface SpecIndex {
  /** Sorted by start. */
  byStart: IndexedSpec[];
  /** Longest item, so a window query can bound how far back an overlapping range may start. */
  maxSpan: number;
  /** From the earliest start to the latest end; null when there are no items. */
  extent: { start: number; end: number } | null;
}

export function indexSpecs(specs: readonly VisItemSpec[]): SpecIndex {
  const byStart = specs
    .map((spec) => {
      const start = Date.parse(spec.start);
      const end = spec.end ? Date.parse(spec.end) : start;
      return { spec, start, end: end >= start ? end : start };
    })
    .filter((x) => Number.isFinite(x.start) && Number.isFinite(x.end))
    .sort((a, b) => a.start - b.start || (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0));
  let maxSpan = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of byStart) {
    maxSpan = Math.max(maxSpan, x.end - x.start);
    lo = Math.min(lo, x.start);
    hi = Math.max(hi, x.end);
  }
  return { byStart, maxSpan, extent: byStart.length ? { start: lo, end: hi } : null };
}

/** First index whose start is >= t. */
function lowerBound(xs: readonly IndexedSpec[], t: number): number {
  let a = 0;
  let b = xs.length;
  while (a < b) {
    const m = (a + b) >>> 1;
    if (xs[m]!.start < t) a = m + 1;
    else b = m;
  }
  return a;
}

/** Items overlapping [from, to] (points on its edges included), in start order. */
export function itemsInRange(index: SpecIndex, from: number, to: number): IndexedSpec[] {
  const xs = index.byStart;
  const out: IndexedSpec[] = [];
  for (let i = lowerBound(xs, from - index.maxSpan); i < xs.length; i++) {
    const x = xs[i]!;
    if (x.start > to) break;
    if (x.end >= from) out.push(x);
  }
  return out;
}

export type BucketUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface BucketSpec {
  /** Stable: the same bucket of the same unit always has the same id. */
  id: string;
  unit: BucketUnit;
  /** ISO dates, end exclusive. */
  start: string;
  end: string;
  /** ISO date-time where the drawn bar stops: short of `end`, so neighbouring bars do not touch (and stack). */
  barEnd: string;
  count: number;
  label: string;
}

export interface ViewPlan {
  mode: 'items' | 'buckets';
  items: VisItemSpec[];
  buckets: BucketSpec[];
}

export interface PlanOptions {
  /** Most events held at once; above this the window is drawn as buckets. */
  maxItems: number;
  /** About how many buckets span the visible window. */
  targetBuckets?: number;
  /** Always held as itself (the selected event), even in bucket mode. */
  pinnedId?: string | null;
}

const BUCKET_PREFIX = 'bucket:';
export const isBucketId = (id: string): boolean => id.startsWith(BUCKET_PREFIX);

/** Fraction of a bucket left blank after its bar (touching bars would be stacked by vis-timeline). */
const BAR_GAP = 0.15;
const UNIT_MS: Readonly<Record<BucketUnit, number>> = { day: DAY, week: 7 * DAY, month: 30.44 * DAY, quarter: 91.3 * DAY, year: 365.25 * DAY };
const UNITS: readonly BucketUnit[] = ['day', 'week', 'month', 'quarter', 'year'];

/** The smallest calendar unit that gives at most ~targetBuckets buckets over the span. */
export function bucketUnitFor(spanMs: number, targetBuckets: number): BucketUnit {
  for (const u of UNITS) if (spanMs / UNIT_MS[u] <= targetBuckets) return u;
  return 'year';
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The bucket (UTC calendar) holding an epoch-ms instant: [start, end) as epoch ms. */
export function bucketOf(ms: number, unit: BucketUnit): { start: number; end: number } {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day': {
      const s = Date.UTC(y, m, d.getUTCDate());
      return { start: s, end: s + DAY };
    }
    case 'week': {
      // ISO weeks start on Monday.
      const s = Date.UTC(y, m, d.getUTCDate()) - ((d.getUTCDay() + 6) % 7) * DAY;
      return { start: s, end: s + 7 * DAY };
    }
    case 'month':
      return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { start: Date.UTC(y, q, 1), end: Date.UTC(y, q + 3, 1) };
    }
    case 'year':
      return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function bucketName(start: number, unit: BucketUnit): string {
  const d = new Date(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (unit) {
    case 'day': return `${d.getUTCDate()} ${MONTHS[m]} ${y}`;
    case 'week': return `week of ${d.getUTCDate()} ${MONTHS[m]} ${y}`;
    case 'month': return `${MONTHS[m]} ${y}`;
    case 'quarter': return `Q${m / 3 + 1} ${y}`;
    case 'year': return String(y);
  }
}

/**
 * What to hold for the visible window [from, to]: every event overlapping the window widened by one
 * span on each side (so a pan does not uncover empty space), or, when those are more than maxItems,
 * buckets counting events by their start.
 */
export function planView(index: SpecIndex, from: number, to: number, opts: PlanOptions): ViewPlan {
  const span = Math.max(to - from, DAY);
  const wide = itemsInRange(index, from - span, to + span);
  if (wide.length <= opts.maxItems) return { mode: 'items', items: wide.map((x) => x.spec), buckets: [] };

  const unit = bucketUnitFor(span, opts.targetBuckets ?? 40);
  const counts = new Map<number, { end: number; count: number }>();
  for (const x of wide) {
    const b = bucketOf(x.start, unit);
    const c = counts.get(b.start);
    if (c) c.count++;
    else counts.set(b.start, { end: b.end, count: 1 });
  }
  const buckets: BucketSpec[] = [...counts]
    .sort((a, b) => a[0] - b[0])
    .map(([start, { end, count }]) => ({
      id: `${BUCKET_PREFIX}${unit}:${isoDay(start)}`,
      unit,
      start: isoDay(start),
      end: isoDay(end),
      barEnd: new Date(end - (end - start) * BAR_GAP).toISOString(),
      count,
      label: `${count} event${count === 1 ? '' : 's'}, ${bucketName(start, unit)}`,
    }));
  const pinned = opts.pinnedId ? wide.find((x) => x.spec.id === opts.pinnedId) ?? index.byStart.find((x) => x.spec.id === opts.pinnedId) : undefined;
  return { mode: 'buckets', items: pinned ? [pinned.spec] : [], buckets };
}

/** The whole extent with a margin for labels (as fit() then zoomOut(0.15) would give), as epoch ms. */
export function paddedExtent(index: SpecIndex): [number, number] | null {
  if (!index.extent) return null;
  const span = Math.max(index.extent.end - index.extent.start, DAY);
  return [index.extent.start - span * 0.075, index.extent.end + span * 0.075];
}

/** Where held items live (a vis-data DataSet). */
export interface ItemStore<T> {
  add(items: T[]): void;
  remove(ids: string[]): void;
}

/**
 * Makes the store hold exactly the plan's events and buckets, touching only what changed; `held` (the ids
 * in the store) is updated in place. Returns the ids now held.
 */
export function syncStore<T>(store: ItemStore<T>, held: Set<string>, plan: ViewPlan, toItem: (s: VisItemSpec) => T, toBucket: (b: BucketSpec) => T): number {
  const wanted = [...plan.items.map((x) => x.id), ...plan.buckets.map((b) => b.id)];
  const { remove, add } = diffIds(held, wanted);
  if (remove.length) store.remove(remove);
  const fresh = [...plan.items.filter((x) => add.has(x.id)).map(toItem), ...plan.buckets.filter((b) => add.has(b.id)).map(toBucket)];
  if (fresh.length) store.add(fresh);
  held.clear();
  for (const id of wanted) held.add(id);
  return held.size;
}

/** The change that turns the held ids into the plan's: ids to remove, and ids to add. */
export function diffIds(held: ReadonlySet<string>, wanted: readonly string[]): { remove: string[]; add: Set<string> } {
  const want = new Set(wanted);
  const remove: string[] = [];
  for (const id of held) if (!want.has(id)) remove.push(id);
  const add = new Set<string>();
  for (const id of want) if (!held.has(id)) add.add(id);
  return { remove, add };
}
