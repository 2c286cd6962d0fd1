/** What an article's metadata says about when it was written: shared by event extraction and undated reports. */
import type { Article } from '../articles/types';

/** The date relative expressions are resolved from: published, else the start of the published range. */
export function referenceDate(article: Article): string | null {
  return article.published ?? article.publishedRange?.start ?? null;
}

/** The publication date is not known to the day (missing, a range, or inferred): dates reckoned from it are uncertain. */
export function uncertainPublication(article: Article): boolean {
  return article.published === null || article.publishedPrecision === 'range' || article.publishedPrecision === 'inferred';
}
