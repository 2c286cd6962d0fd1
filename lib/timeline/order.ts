/** Timeline order, shared by the build and the query filter (this module stays free of build code: the page's client filters import query.ts). */
import type { TimelineEvent } from './types';

/** By interval start, then end, then id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.interval.start.localeCompare(b.interval.start) || a.interval.end.localeCompare(b.interval.end) || a.id.localeCompare(b.id);
}
