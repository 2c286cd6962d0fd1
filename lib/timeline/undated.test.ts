import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/types';
import { mentionsOf } from '../events/mentions.test-helper';
import { clauseTense, normalize } from '../temporal';
import { buildTimeline } from './build';

function article(id: string, text: string, published: string | null = '2023-10-14'): Article {
  return {
    id, title: id, publisher: `P${id}`, url: null, published, publishedRange: null, publishedPrecision: 'day',
    publishedInferred: null, timeZone: null, language: 'en', text, file: `${id}.md`,
  };
}

describe('buildTimeline with undated reports', () => {
  const text = 'Israel and Hamas agreed to a truce on Sunday. Hamas has released dozens of hostages held in Gaza.';
  const mentions = (t: string) => mentionsOf(t, ['Israel', 'Hamas'], 'state');

  it('lists them apart from the events, placed at the publication date and flagged, with the reason', () => {
    const t = buildTimeline([article('a1', text, '2023-10-14T09:00:00+03:00')], { normalize, mentions, undated: { clauseTense } });
    expect(t.events.map((e) => e.title)).toEqual(['Israel and Hamas agreed to a truce']);
    expect(t.undated).toHaveLength(1);
    const u = t.undated[0]!;
    expect(u.interval).toEqual({ start: '2023-10-14', end: '2023-10-15' });
    expect(u.flags).toEqual(['undated', 'single-source']);
    expect(u.title).toBe('Hamas has released dozens of hostages held in Gaza');
    expect(u.citations[0]).toMatchObject({ expression: '', value: '2023-10-14', quote: 'Hamas has released dozens of hostages held in Gaza.' });
    expect(u.citations[0]!.reason).toMatch(/No date in the text: placed at the article's publication date, 2023-10-14/);
  });

  it('are not looked for unless asked', () => {
    expect(buildTimeline([article('a1', text)], { normalize, mentions }).undated).toEqual([]);
  });
});
