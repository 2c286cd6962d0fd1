/** An article of the corpus, after validation (see lib/articles/schema.ts). */

export type PublishedPrecision = 'minute' | 'day' | 'range' | 'inferred';

export interface DateRange {
  /** ISO dates, inclusive start, inclusive end (as the metadata states them). */
  start: string;
  end: string;
}

export interface Article {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  /** ISO date-time with its UTC offset, or a plain date (the article's local date); null when only a range is known. */
  published: string | null;
  publishedRange: DateRange | null;
  publishedPrecision: PublishedPrecision;
  /** Set when `published` was inferred from the text, not given: what pinned it down. */
  publishedInferred: { from: string; reason: string } | null;
  /** IANA zone of the publisher, where known. */
  timeZone: string | null;
  language: string;
  /** The article body (plain text). Untrusted: never render as HTML. */
  text: string;
  /** Source file, relative to the data directory. */
  file: string;
}

export interface ArticleProblem {
  file: string;
  /** The front-matter field at fault, or null for the file as a whole. */
  field: string | null;
  message: string;
  /** error: the article was left out; warning: loaded, but something needs attention. */
  severity: 'error' | 'warning';
}

export interface LoadResult {
  articles: Article[];
  problems: ArticleProblem[];
}
