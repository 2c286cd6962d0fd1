/**
 * The normalizer's output: TimeML TIMEX3 values plus the concrete interval the timeline draws.
 * This is a stable contract used by lib/events, the CLI (`npm run normalize`) and the page.
 */

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** TimeML TIMEX3 `mod` values. */
export type TimexMod =
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER'
  | 'LESS_THAN'
  | 'MORE_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX';

/** How precise a DATE/TIME is; `vague` for PAST_REF/FUTURE_REF/PRESENT_REF and unresolved values. */
export type Granularity =
  | 'minute'
  | 'hour'
  | 'part-of-day'
  | 'day'
  | 'weekend'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'vague'
  | 'duration'
  | 'set';

/** Half-open interval [start, end): ISO dates (`2023-10-14`) or local date-times (`2023-10-14T15:00`). */
export interface TimeInterval {
  start: string;
  end: string;
}

/** What a relative expression was resolved from. */
export type TimexAnchor =
  | { kind: 'publication'; value: string }
  /** An earlier expression in the same text ("two days later", "that month"); index into the result array. */
  | { kind: 'timex'; value: string; index: number }
  /** Absolute expressions need no anchor. */
  | { kind: 'none' }
  /** Relative expression with no publication date: left unresolved (X placeholders). */
  | { kind: 'unresolved' };

export interface Timex {
  /** Offsets into the input text (JavaScript string indices), end exclusive. */
  start: number;
  end: number;
  /** The expression exactly as written: text.slice(start, end). */
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2023-10-14, 2023-10, 2023-W42, 2023-Q3, 2023-SU, 199, 2023-10-14T15:00, PT1H, PXM, PAST_REF, XXXX-WXX-1… */
  value: string;
  mod: TimexMod | null;
  granularity: Granularity;
  /** DATE/TIME with a concrete value: the span the timeline draws. null for durations, sets, vague or unresolved values. */
  interval: TimeInterval | null;
  anchor: TimexAnchor;
  /** One human-readable line: how the value was worked out. */
  reason: string;
  /** Id of the rule (in lib/temporal/rules) that matched, for debugging and tests. */
  rule: string;
}

export interface NormalizeOptions {
  /** Publication time: ISO date-time with UTC offset, or a plain ISO date (the article's local date), or a Date. */
  published?: string | Date;
}
