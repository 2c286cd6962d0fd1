import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/types';
import type { Timex } from '../temporal/types';
import { extractCandidates, extractTitle, softPastInterval } from './extract';

const words = (s: string) => s.toLowerCase().replace(/…/g, '').match(/[\p{L}\p{N}’'.-]+/gu) ?? [];

describe('extractTitle', () => {
  it('drops attribution and the temporal expression, keeps only words of the sentence', () => {
    const sentence = 'Blinken also told Wang on Wednesday that attacks in the Red Sea were a threat, Miller said.';
    const start = sentence.indexOf('Wednesday');
    const title = extractTitle(sentence, start, start + 'Wednesday'.length);
    expect(title).not.toMatch(/Wednesday|Miller said/);
    const source = new Set(words(sentence));
    for (const w of words(title)) expect(source.has(w.replace(/[.,]$/, ''))).toBe(true);
    expect(title.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(title.endsWith('…')).toBe(true);
  });

  it('focuses a long sentence on the clause with the expression; a relative clause takes its antecedent', () => {
    const s =
      'Mexico has close ties with Canada, whose government backs the Northern League, which staged mass protests in the capital on March 3, and the Southern Union, a rival party.';
    const i = s.indexOf('March 3');
    expect(extractTitle(s, i, i + 'March 3'.length)).toBe('Northern League staged mass protests in the capital');
  });

  it('drops a non-restrictive aside and keeps a possessive date', () => {
    const s = 'Friday’s meeting, which lasted about two hours, was arranged by the two foreign ministries.';
    const i = s.indexOf('Friday');
    expect(extractTitle(s, i, i + 'Friday'.length)).toBe('Friday’s meeting was arranged by the two foreign ministries');
  });

  it('removes "according to …"', () => {
    const s = 'The ministers spoke by phone in June, according to the foreign ministry.';
    const i = s.indexOf('June');
    expect(extractTitle(s, i, i + 4)).toBe('The ministers spoke by phone');
  });
});

function article(text: string, published: string | null = '2023-10-14'): Article {
  return {
    id: 'a1', title: 't', publisher: 'P', url: null, published, publishedRange: published ? null : { start: '2023-10-10', end: '2023-10-12' },
    publishedPrecision: published ? 'day' : 'range', publishedInferred: null, timeZone: null, language: 'en', text, file: 'a1.md',
  };
}

function timex(text: string, whole: string, partial: Partial<Timex>): Timex {
  const start = whole.indexOf(text);
  return {
    start, end: start + text.length, text, type: 'DATE', value: 'X', mod: null, granularity: 'day', interval: null,
    anchor: { kind: 'publication', value: '2023-10-14' }, reason: 'test', rule: 'test', ...partial,
  };
}

describe('extractCandidates', () => {
  const text = 'date 2023-10-14 Talks in Riyadh.\nIt rained a week ago in Gaza. He will win one day. It lasted about an hour. Talks grew in recent months. ©2023 P';
  const normalize = () => [
    timex('2023-10-14', text, { value: '2023-10-14', interval: { start: '2023-10-14', end: '2023-10-15' }, anchor: { kind: 'none' } }),
    timex('a week ago', text, { value: '2023-10-07', interval: { start: '2023-10-07', end: '2023-10-08' } }),
    timex('one day', text, { value: 'FUTURE_REF', granularity: 'vague' }),
    timex('about an hour', text, { type: 'DURATION', value: 'PT1H', granularity: 'duration' }),
    timex('recent months', text, { value: 'PAST_REF', granularity: 'vague' }),
    timex('2023', text, { value: '2023', granularity: 'year', interval: { start: '2023-01-01', end: '2024-01-01' }, anchor: { kind: 'none' } }),
  ];
  it('skips datelines, durations, future refs and copyright; softens past refs; widens "ago" for matching', () => {
    const norm = () => {
      const list = normalize();
      const copy = list[5]!;
      copy.start = text.lastIndexOf('2023');
      copy.end = copy.start + 4;
      return list;
    };
    const cands = extractCandidates(article(text), { normalize: norm });
    expect(cands.map((c) => c.timex.text)).toEqual(['a week ago', 'recent months']);
    const [ago, recent] = cands;
    expect(ago!.interval).toEqual({ start: '2023-10-07', end: '2023-10-08' });
    expect(ago!.window.start < '2023-10-07' && ago!.window.end > '2023-10-08').toBe(true);
    expect(recent!.interval).toEqual(softPastInterval('recent months', '2023-10-14'));
    expect(recent!.flags).toContain('fuzzy');
    expect(ago!.citation.quote.slice(ago!.citation.expressionStart, ago!.citation.expressionEnd)).toBe('a week ago');
  });

  it('flags relative dates when the publication date is only a range', () => {
    const cands = extractCandidates(article(text, null), { normalize: () => [normalize()[1]!] });
    expect(cands[0]!.flags).toContain('uncertain-publication-date');
  });
});
