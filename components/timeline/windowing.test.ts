import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisItemSpec } from './vis-config';
import { bucketOf, bucketUnitFor, diffIds, indexSpecs, isBucketId, itemsInRange, planView } from './windowing';

const DAY = 86_400_000;
const day = (iso: string): number => Date.parse(iso);
const point = (id: string, start: string): VisItemSpec => ({ id, start, type: 'point', className: 'nt-item', label: id });
const range = (id: string, start: string, end: string): VisItemSpec => ({ id, start, end, type: 'range', className: 'nt-item', label: id });

describe('itemsInRange', () => {
  const index = indexSpecs([
    point('a', '2023-10-07'),
    range('year', '2023-01-01', '2024-01-01'),
    point('b', '2023-10-14'),
    range('month', '2023-09-01', '2023-10-01'),
    point('c', '2024-03-01'),
  ]);
  it('finds points inside and ranges overlapping the window, in start order', () => {
    expect(itemsInRange(index, day('2023-10-01'), day('2023-10-31')).map((x) => x.spec.id)).toEqual(['year', 'month', 'a', 'b']);
    expect(itemsInRange(index, day('2023-12-15'), day('2024-02-01')).map((x) => x.spec.id)).toEqual(['year']);
    expect(itemsInRange(index, day('2025-01-01'), day('2025-02-01'))).toEqual([]);
  });
  it('agrees with a linear filter on random items and windows', () => {
    const item = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), fc.boolean());
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 2400 }), fc.integer({ min: 0, max: 300 }), (raw, a, w) => {
        const base = day('2020-01-01');
        const specs = raw.map(([s, len, isPoint], i) => {
          const start = new Date(base + s * DAY).toISOString().slice(0, 10);
          return isPoint ? point(`e${i}`, start) : range(`e${i}`, start, new Date(base + (s + len + 1) * DAY).toISOString().slice(0, 10));
        });
        const from = base + a * DAY;
        const to = from + w * DAY;
        const got = itemsInRange(indexSpecs(specs), from, to).map((x) => x.spec.id).sort();
        const want = specs
          .filter((s) => Date.parse(s.start) <= to && Date.parse(s.end ?? s.start) >= from)
          .map((s) => s.id)
          .sort();
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});

describe('buckets', () => {
  it('picks a coarser calendar unit for a wider window', () => {
    expect(bucketUnitFor(20 * DAY, 40)).toBe('day');
    expect(bucketUnitFor(120 * DAY, 40)).toBe('week');
    expect(bucketUnitFor(3 * 365 * DAY, 40)).toBe('month');
    expect(bucketUnitFor(8 * 365 * DAY, 40)).toBe('quarter');
    expect(bucketUnitFor(60 * 365 * DAY, 40)).toBe('year');
  });
  it('are UTC calendar days, ISO weeks (Monday), months, quarters and years', () => {
    const t = day('2023-10-14') + 15 * 3_600_000; // Saturday afternoon
    const iso = (b: { start: number; end: number }): string[] => [b.start, b.end].map((x) => new Date(x).toISOString().slice(0, 10));
    expect(iso(bucketOf(t, 'day'))).toEqual(['2023-10-14', '2023-10-15']);
    expect(iso(bucketOf(t, 'week'))).toEqual(['2023-10-09', '2023-10-16']);
    expect(iso(bucketOf(t, 'month'))).toEqual(['2023-10-01', '2023-11-01']);
    expect(iso(bucketOf(t, 'quarter'))).toEqual(['2023-10-01', '2024-01-01']);
    expect(iso(bucketOf(t, 'year'))).toEqual(['2023-01-01', '2024-01-01']);
    expect(iso(bucketOf(day('2023-10-15'), 'week'))).toEqual(['2023-10-09', '2023-10-16']); // Sunday
  });
});

describe('planView', () => {
  const many: VisItemSpec[] = [];
  for (let i = 0; i < 1000; i++) many.push(point(`e${i}`, new Date(day('2022-01-01') + (i % 730) * DAY).toISOString().slice(0, 10)));
  const index = indexSpecs(many);

  it('holds the events themselves while they are few enough', () => {
    const plan = planView(index, day('2023-03-01'), day('2023-03-11'), { maxItems: 200 });
    expect(plan.mode).toBe('items');
    // The window widened by its span on each side: 19 Feb .. 21 Mar 2023, one event a day.
    expect(plan.items.length).toBe(31);
    expect(plan.buckets).toEqual([]);
  });

  it('counts the events in stable calendar buckets when they are too many, keeping the selected one', () => {
    const from = day('2022-01-01');
    const to = day('2024-01-01');
    const plan = planView(index, from, to, { maxItems: 200, pinnedId: 'e5' });
    expect(plan.mode).toBe('buckets');
    expect(plan.items.map((s) => s.id)).toEqual(['e5']);
    expect(plan.buckets.reduce((n, b) => n + b.count, 0)).toBe(1000);
    expect(plan.buckets.every((b) => isBucketId(b.id) && b.unit === 'month')).toBe(true);
    expect(plan.buckets[0]).toMatchObject({ id: 'bucket:month:2022-01-01', start: '2022-01-01', end: '2022-02-01', label: expect.stringMatching(/^\d+ events, Jan 2022$/) });
    // Panning a little keeps the same bucket ids for the months still in view.
    const panned = planView(index, from + 20 * DAY, to + 20 * DAY, { maxItems: 200 });
    const ids = new Set(panned.buckets.map((b) => b.id));
    expect(plan.buckets.filter((b) => ids.has(b.id)).length).toBeGreaterThan(20);
  });

  it('diffIds lists what to remove and what to add', () => {
    const d = diffIds(new Set(['a', 'b', 'c']), ['b', 'c', 'd']);
    expect(d.remove).toEqual(['a']);
    expect([...d.add]).toEqual(['d']);
  });
});
