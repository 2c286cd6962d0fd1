/**
 * An article whose own dateline names another day than its publication date (a reprint stamped with the
 * UTC date, a wire story re-dated by the site that carries it): its relative expressions ("a week ago",
 * "Saturday") resolve differently from each. The publication date stays the reference; every event date
 * that the dateline would move is reported as a conflict, so a reader sees both readings.
 */
import { findDateline } from '../articles/infer-date';
import type { Article } from '../articles/types';
import type { EventConflict } from '../timeline/types';
import type { Candidate, NormalizeFn } from './types';

export interface DatelineDisagreement {
  /** The publication date's local day (YYYY-MM-DD). */
  published: string;
  /** The dateline's day and how it is written. */
  dateline: string;
  line: string;
}

/** The article's dateline when it names another day than its (known, not inferred) publication date. */
export function datelineDisagreement(article: Article): DatelineDisagreement | null {
  if (!article.published || article.publishedInferred || article.publishedPrecision === 'range') return null;
  const dl = findDateline(article.text);
  const published = article.published.slice(0, 10);
  return dl && dl.date !== published ? { published, dateline: dl.date, line: dl.line } : null;
}

/**
 * For the article's candidates dated relative to its publication date: the conflict each would get
 * because its date differs when reckoned from the dateline. Normalizes those sentences a second time, so
 * only for articles whose dateline disagrees (rare).
 */
export function datelineConflicts(article: Article, candidates: readonly Candidate[], normalize: NormalizeFn): Map<Candidate, EventConflict> {
  const out = new Map<Candidate, EventConflict>();
  const relative = candidates.filter((c) => c.article === article && c.timex.anchor.kind === 'publication');
  if (relative.length === 0) return out;
  const d = datelineDisagreement(article);
  if (!d) return out;
  // Only the sentences of those candidates are normalized again (a publication-relative date depends on
  // its own sentence, not on the rest of the article).
  const bySentence = new Map<number, Map<string, { value: string }>>();
  for (const c of relative) {
    let alternative = bySentence.get(c.sentenceStart);
    if (!alternative) {
      alternative = new Map(normalize(c.citation.quote, { published: d.dateline }).map((t) => [`${t.start}:${t.end}`, t]));
      bySentence.set(c.sentenceStart, alternative);
    }
    const alt = alternative.get(`${c.citation.expressionStart}:${c.citation.expressionEnd}`);
    if (!alt || alt.value === c.value) continue;
    out.set(c, {
      summary:
        `${article.publisher} was published on ${d.published} but its text is dated ${d.dateline} (“${d.line}”): ` +
        `“${c.citation.expression}” is ${c.value} from the publication date, ${alt.value} from the text's own date.`,
      quotes: [{ articleId: article.id, publisher: article.publisher, quote: c.citation.quote }],
    });
  }
  return out;
}
