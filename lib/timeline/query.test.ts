import { describe, expect, it } from 'vitest';
import { filterTimeline, parseTimelineQuery, toSearchString, unknownIds } from './query';
import type { Timeline, TimelineEvent } from './types';

function ev(id: string, start: string, end: string, actors: string[], articles: string[]): TimelineEvent {
  return {
    id,
    title: id,
    interval: { start, end },
    granularity: 'day',
    value: start,
    mod: null,
    actors,
    citations: articles.map((articleId) => ({
      articleId,
      publisher: 'P',
      title: 'T',
      url: null,
      published: '2023-10-14',
      publishedRange: null,
      quote: 'q',
      expression: 'q',
      expressionStart: 0,
      expressionEnd: 1,
      value: start,
      reason: 'r',
    })),
    sourceCount: articles.length,
    flags: [],
    conflicts: [],
  };
}

const timeline: Timeline = {
  events: [
    ev('e1', '2023-10-07', '2023-10-08', ['hamas', 'israel'], ['000', '001']),
    ev('e2', '2023-10-14', '2023-10-15', ['antony-blinken', 'wang-yi'], ['001']),
    ev('e3', '2023-12-06', '2023-12-07', ['antony-blinken', 'wang-yi'], ['000']),
    ev('e4', '2023-11', '2023-12', ['china'], ['002']),
  ],
  undated: [{ ...ev('u1', '2023-10-15', '2023-10-16', ['china'], ['003']), flags: ['undated', 'single-source'] }],
  actors: ['hamas', 'israel', 'antony-blinken', 'wang-yi', 'china'].map((id) => ({
    id,
    name: id,
    kind: 'person' as const,
    aliases: [],
    partOf: null,
    eventCount: 99,
  })),
  articles: [],
  problems: [],
};

describe('parseTimelineQuery', () => {
  it('parses every parameter', () => {
    const { query, notices } = parseTimelineQuery(
      new URLSearchParams('actors=antony-blinken,wang-yi&sources=000,001&event=e2&start=2023-10-01&end=2023-12-31&theme=dark&height=480'),
    );
    expect(notices).toEqual([]);
    expect(query).toEqual({
      actors: ['antony-blinken', 'wang-yi'],
      sources: ['000', '001'],
      event: 'e2',
      start: '2023-10-01',
      end: '2023-12-31',
      theme: 'dark',
      height: 480,
    });
  });

  it('accepts a record (Next searchParams) with repeated values', () => {
    const { query, notices } = parseTimelineQuery({ actors: ['hamas', 'israel,hamas'], theme: undefined });
    expect(notices).toEqual([]);
    expect(query).toEqual({ actors: ['hamas', 'israel'] });
  });

  it('reports unknown parameters and invalid values by name', () => {
    const { query, notices } = parseTimelineQuery(
      new URLSearchParams('foo=1&theme=blue&height=100&actors=Not A Slug&start=2023-02-30&event=<x>'),
    );
    expect(query).toEqual({});
    expect(notices.map((n) => n.param).sort()).toEqual(['actors', 'event', 'foo', 'height', 'start', 'theme']);
    expect(notices.every((n) => n.message.length > 0)).toBe(true);
  });

  it('rejects non-integer and out-of-range heights', () => {
    for (const h of ['12.5', '2001', 'abc', '-300']) {
      const { query, notices } = parseTimelineQuery({ height: h });
      expect(query.height).toBeUndefined();
      expect(notices[0]?.param).toBe('height');
    }
    expect(parseTimelineQuery({ height: '2000' }).query.height).toBe(2000);
  });

  it('requires start < end', () => {
    const { query, notices } = parseTimelineQuery({ start: '2023-12-01', end: '2023-10-01' });
    expect(query.start).toBeUndefined();
    expect(query.end).toBeUndefined();
    expect(notices[0]?.param).toBe('end');
  });

  it('reads undated as a switch (1/0, true/false) and writes it as undated=1', () => {
    expect(parseTimelineQuery({ undated: '1' }).query).toEqual({ undated: true });
    expect(parseTimelineQuery({ undated: 'FALSE' }).query).toEqual({ undated: false });
    expect(parseTimelineQuery({ undated: 'maybe' }).notices[0]?.param).toBe('undated');
    expect(toSearchString({ undated: true, actors: ['china'] })).toBe('?actors=china&undated=1');
    expect(toSearchString({ undated: false })).toBe('');
  });

  it('ignores empty values', () => {
    expect(parseTimelineQuery({ actors: '', event: '' })).toEqual({ query: {}, notices: [] });
  });
});

describe('filterTimeline', () => {
  it('keeps everything for an empty query and recomputes counts', () => {
    const t = filterTimeline(timeline, {});
    expect(t.events).toHaveLength(4);
    expect(t.actors.find((a) => a.id === 'wang-yi')?.eventCount).toBe(2);
  });

  it('keeps events involving ANY chosen actor', () => {
    const t = filterTimeline(timeline, { actors: ['hamas', 'china'] });
    expect(t.events.map((e) => e.id)).toEqual(['e1', 'e4']);
    expect(t.actors.find((a) => a.id === 'wang-yi')?.eventCount).toBe(0);
    expect(t.actors.find((a) => a.id === 'hamas')?.eventCount).toBe(1);
    expect(t.actors).toHaveLength(5);
  });

  it('intersects actors and sources', () => {
    const t = filterTimeline(timeline, { actors: ['antony-blinken'], sources: ['000'] });
    expect(t.events.map((e) => e.id)).toEqual(['e3']);
  });

  it('filters by overlap with [start, end)', () => {
    expect(filterTimeline(timeline, { start: '2023-10-08', end: '2023-12-06' }).events.map((e) => e.id)).toEqual(['e2', 'e4']);
  });

  it('keeps the undated reports apart unless asked, and filters them like the events', () => {
    expect(filterTimeline(timeline, {}).events.map((e) => e.id)).not.toContain('u1');
    expect(filterTimeline(timeline, {}).undated.map((e) => e.id)).toEqual(['u1']);
    expect(filterTimeline(timeline, { undated: true }).events.map((e) => e.id)).toEqual(['e1', 'e2', 'u1', 'e4', 'e3']);
    expect(filterTimeline(timeline, { undated: true, actors: ['hamas'] }).events.map((e) => e.id)).toEqual(['e1']);
    expect(filterTimeline(timeline, { undated: true, actors: ['china'] }).actors.find((a) => a.id === 'china')?.eventCount).toBe(2);
  });

  it('does not mutate its input', () => {
    filterTimeline(timeline, { actors: ['hamas'] });
    expect(timeline.events).toHaveLength(4);
    expect(timeline.actors[0]?.eventCount).toBe(99);
  });
});

describe('toSearchString', () => {
  it('round-trips through parseTimelineQuery', () => {
    const query = { actors: ['antony-blinken', 'wang-yi'], event: 'e2', theme: 'dark' as const, height: 500 };
    const s = toSearchString(query);
    expect(s).toBe('?actors=antony-blinken,wang-yi&event=e2&theme=dark&height=500');
    expect(parseTimelineQuery(new URLSearchParams(s)).query).toEqual(query);
  });
  it('is empty for an empty query', () => {
    expect(toSearchString({ actors: [] })).toBe('');
  });
});

describe('unknownIds', () => {
  it('names ids the timeline does not know', () => {
    expect(unknownIds(timeline, { actors: ['nobody'], event: 'zz' }).map((n) => n.param)).toEqual(['actors', 'event']);
  });
});
