/**
 * The Timeline: what the page, the embed and /api/timeline draw. JSON-serialisable and stable;
 * documented in docs/timeline.md.
 */
import type { Granularity, TimeInterval, TimexMod } from '../temporal/types';
import type { Article, ArticleProblem, DateRange } from '../articles/types';

export type ActorKind = 'person' | 'state' | 'organization' | 'place' | 'group';

export interface Actor {
  /** Stable slug, e.g. `antony-blinken`, `china`. */
  id: string;
  name: string;
  kind: ActorKind;
  /** Every surface form the timeline's quotes use for it ("Blinken", "Secretary of State Antony Blinken", "the top U.S. diplomat"). */
  aliases: string[];
  /** Parent actor id (the State Department is part of `united-states`). */
  partOf: string | null;
  /** Number of events (after filtering, where filtered) the actor appears in. */
  eventCount: number;
}

export interface Citation {
  articleId: string;
  publisher: string;
  title: string;
  url: string | null;
  /** The article's publication date (or null with publishedRange set). */
  published: string | null;
  publishedRange: DateRange | null;
  /** The sentence, verbatim. */
  quote: string;
  /** The temporal expression as written, and its offsets within `quote` (end exclusive). */
  expression: string;
  expressionStart: number;
  expressionEnd: number;
  /** TIMEX3 value of the expression and how it was derived (the normalizer's reason). */
  value: string;
  reason: string;
}

export type EventFlag =
  /** No date in the text: an undated report, placed at its article's publication date (Timeline.undated). */
  | 'undated'
  /** Only one article tells it. */
  | 'single-source'
  /** Sources disagree about it: see `conflicts`. */
  | 'conflict'
  /** Fuzzy placement: a mod (START/END/APPROX…) or a vague reference. */
  | 'fuzzy'
  /** The article's publication date is uncertain or inferred, so relative dates are too. */
  | 'uncertain-publication-date';

export interface EventConflict {
  /** What the sources disagree on, in one line. */
  summary: string;
  /** The quotes side by side, one per article. */
  quotes: { articleId: string; publisher: string; quote: string }[];
}

export interface TimelineEvent {
  id: string;
  /** Extractive title: words from the sentence, none invented. */
  title: string;
  interval: TimeInterval;
  granularity: Granularity;
  /** TIMEX3 value and mod of the most precise citation. */
  value: string;
  mod: TimexMod | null;
  /** Actor ids. */
  actors: string[];
  citations: Citation[];
  /** Number of distinct articles citing the event. */
  sourceCount: number;
  flags: EventFlag[];
  conflicts: EventConflict[];
}

/** An article's metadata without its text, and how many events it dates. */
export interface ArticleSummary
  extends Pick<Article, 'id' | 'title' | 'publisher' | 'url' | 'published' | 'publishedRange' | 'publishedPrecision' | 'publishedInferred'> {
  eventCount: number;
}

export interface Timeline {
  events: TimelineEvent[];
  /**
   * Undated reports: sentences telling what an actor did, with no date in the text, each placed at its article's
   * publication date (flag 'undated'; `expression` empty). Empty unless the build asked for them (BuildOptions.undated).
   */
  undated: TimelineEvent[];
  actors: Actor[];
  articles: ArticleSummary[];
  problems: ArticleProblem[];
}
