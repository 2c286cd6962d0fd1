import { getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { pad2 } from './dct';
import { dayAfter, firstOfMonth, fmt, weekValue } from './resolve';

describe('weekValue', () => {
  it('is date-fns getISOWeekYear/getISOWeek for every day of 1899-2101 and of years 0-99', () => {
    const fromDateFns = (d: Date): string => `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, '0')}`;
    for (let d = new Date(1899, 0, 1); d.getFullYear() <= 2101; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
      expect(weekValue(d)).toBe(fromDateFns(d));
    }
    for (let y = 0; y < 100; y++) for (const [m, day] of [[0, 1], [0, 3], [11, 28], [11, 31]] as const) {
      const d = new Date(2000, m, day);
      d.setFullYear(y, m, day);
      expect(weekValue(d)).toBe(fromDateFns(d));
    }
  });
});

describe('pad2', () => {
  it('is String(n).padStart(2, "0")', () => {
    for (const n of [0, 7, 10, 99, 2023, -1, 0.5, Number.NaN]) expect(pad2(n)).toBe(String(n).padStart(2, '0'));
  });
});

describe('calendar arithmetic on numbers', () => {
  // What the resolvers wrote before: local Dates (whose constructor reads years 0-99 as 1900-1999).
  const viaDate = (y: number, m: number, d: number): Date => new Date(y, m - 1, d);
  it('dayAfter is the next day of a local Date, for every day of 1899-2101 and around odd years', () => {
    for (let d = new Date(1899, 0, 1); d.getFullYear() <= 2101; d = viaDate(d.getFullYear(), d.getMonth() + 1, d.getDate() + 1)) {
      expect(dayAfter(d)).toBe(fmt(viaDate(d.getFullYear(), d.getMonth() + 1, d.getDate() + 1)));
    }
    for (const y of [0, 99, 100, 9999]) for (const [m, day] of [[1, 1], [2, 28], [2, 29], [12, 31]] as const) {
      const d = new Date(2000, 0, 1);
      d.setFullYear(y, m - 1, day);
      expect(dayAfter(d)).toBe(fmt(viaDate(d.getFullYear(), d.getMonth() + 1, d.getDate() + 1)));
    }
  });
  it('firstOfMonth is the first of a local Date month, months overflowing included', () => {
    for (const y of [-1, 0, 99, 100, 1999, 2024, 9999, 10000, 1.5, Number.NaN]) for (let m = -1; m <= 14; m++) expect(firstOfMonth(y, m)).toBe(fmt(viaDate(y, m, 1)));
  });
});
