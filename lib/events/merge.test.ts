import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/types';
import type { Timex } from '../temporal/types';
import { extractCandidates } from './extract';
import { mergeCandidates } from './merge';
import { eventConflicts } from './conflicts';
import type { ActorMentionLike, Candidate } from './types';

function article(id: string, text: string, published = '2023-10-14'): Article {
  return {
    id, title: id, publisher: `P${id}`, url: null, published, publishedRange: null, publishedPrecision: 'day',
    publishedInferred: null, timeZone: null, language: 'en', text, file: `${id}.md`,
  };
}

/** Candidates for `expr` in `text`, resolved to `day` (an ISO day), with actors = listed names found in the text. */
function cands(id: string, text: string, expr: string, day: string, names: string[], approx = false): Candidate[] {
  const start = text.indexOf(expr);
  const end2 = new Date(`${day}T00:00:00Z`);
  end2.setUTCDate(end2.getUTCDate() + 1);
  const t: Timex = {
    start, end: start + expr.length, text: expr, type: 'DATE', value: day, mod: null, granularity: 'day',
    interval: { start: day, end: end2.toISOString().slice(0, 10) }, anchor: approx ? { kind: 'publication', value: '' } : { kind: 'none' },
    reason: 'test', rule: 'test',
  };
  const mentions = (txt: string): ActorMentionLike[] =>
    names.flatMap((n) => {
      const i = txt.indexOf(n);
      return i < 0 ? [] : [{ actorId: n.toLowerCase(), name: n, kind: 'person' as const, partOf: null, surface: n, start: i, end: i + n.length }];
    });
  return extractCandidates(article(id, text), { normalize: () => [t], mentions });
}

describe('mergeCandidates', () => {
  it('keeps two different calls on the same day apart', () => {
    const a = cands('1', 'Blinken spoke with Wang Yi by phone on October 14 about Gaza.', 'October 14', '2023-10-14', ['Blinken', 'Wang Yi']);
    const b = cands('2', 'Macron met Scholz in Berlin on October 14 to discuss farm subsidies.', 'October 14', '2023-10-14', ['Macron', 'Scholz']);
    expect(mergeCandidates([...a, ...b])).toHaveLength(2);
  });

  it('merges "a week ago" with "October 7" when actors and words agree', () => {
    const a = cands('1', 'It was the first call since the Hamas attacks on Israel a week ago.', 'a week ago', '2023-10-08', ['Hamas', 'Israel'], true);
    const b = cands('2', 'Hamas carried out deadly attacks on Israel on October 7, officials said.', 'October 7', '2023-10-07', ['Hamas', 'Israel']);
    const groups = mergeCandidates([...a, ...b]);
    expect(groups).toHaveLength(1);
  });

  it('does not merge two precise, different days', () => {
    const a = cands('1', 'Hamas attacked Israel on October 7.', 'October 7', '2023-10-07', ['Hamas', 'Israel']);
    const b = cands('2', 'Hamas attacked Israel on October 9.', 'October 9', '2023-10-09', ['Hamas', 'Israel']);
    expect(mergeCandidates([...a, ...b])).toHaveLength(2);
  });
});

describe('eventConflicts', () => {
  it('reports different X-Y names within one event', () => {
    const a = cands('1', 'Blinken and Wang discussed the Israel-Hamas conflict on Wednesday.', 'Wednesday', '2023-12-06', ['Blinken', 'Wang']);
    const b = cands('2', 'Blinken and Wang discussed the Israel-Kazakhstan conflict on Wednesday.', 'Wednesday', '2023-12-06', ['Blinken', 'Wang']);
    const groups = mergeCandidates([...a, ...b]);
    expect(groups).toHaveLength(1);
    const conflicts = eventConflicts(groups[0]!);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.summary).toMatch(/Israel-Hamas.*Israel-Kazakhstan/);
    expect(conflicts[0]!.quotes.map((q) => q.articleId)).toEqual(['1', '2']);
  });
});
