import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/types';
import { normalize } from '../temporal';
import { datelineConflicts, datelineDisagreement } from './dateline';
import { extractCandidates } from './extract';

function article(text: string, published: string | null, extra: Partial<Article> = {}): Article {
  return {
    id: 'a1', title: 't', publisher: 'The Gazette', url: null, published, publishedRange: null,
    publishedPrecision: 'minute', publishedInferred: null, timeZone: null, language: 'en', text, file: 'a1.md', ...extra,
  };
}

const TEXT = 'date 2024-03-10 Talks resumed.\n\nThe strike began three days ago, officials said. The ministers met on March 2.';

describe('datelineDisagreement', () => {
  it('finds a dateline naming another day than the publication date', () => {
    expect(datelineDisagreement(article(TEXT, '2024-03-09T21:30:00-08:00'))).toEqual({ published: '2024-03-09', dateline: '2024-03-10', line: 'date 2024-03-10' });
  });
  it('is null when they agree, when there is no dateline, or when the date was inferred from the dateline', () => {
    expect(datelineDisagreement(article(TEXT, '2024-03-10'))).toBeNull();
    expect(datelineDisagreement(article('The strike began three days ago.', '2024-03-09'))).toBeNull();
    expect(datelineDisagreement(article(TEXT, '2024-03-10', { publishedInferred: { from: 'date 2024-03-10', reason: 'dateline' } }))).toBeNull();
  });
});

describe('datelineConflicts', () => {
  it('reports each relative date the dateline would move, and leaves absolute dates alone', () => {
    const a = article(TEXT, '2024-03-09T21:30:00-08:00');
    const candidates = extractCandidates(a, { normalize });
    const conflicts = datelineConflicts(a, candidates, normalize);
    const moved = [...conflicts.keys()].map((c) => c.citation.expression);
    expect(moved).toEqual(['three days ago']);
    const [conflict] = [...conflicts.values()];
    expect(conflict!.summary).toContain('2024-03-06 from the publication date, 2024-03-07 from the text');
    expect(conflict!.quotes).toEqual([{ articleId: 'a1', publisher: 'The Gazette', quote: 'The strike began three days ago, officials said.' }]);
  });
  it('finds nothing when the dateline agrees', () => {
    const a = article(TEXT, '2024-03-10');
    expect(datelineConflicts(a, extractCandidates(a, { normalize }), normalize).size).toBe(0);
  });
});
