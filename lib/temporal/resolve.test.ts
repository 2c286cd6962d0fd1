import { getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { pad2 } from './dct';
import { weekValue } from './resolve';

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
