import { describe, expect, it } from 'vitest';
import { formatEventDate, quotePieces } from './format';

describe('format', () => {
  it('formats days, months and ranges', () => {
    expect(formatEventDate({ interval: { start: '2023-10-07', end: '2023-10-08' }, granularity: 'day', mod: null, value: '2023-10-07' })).toBe('7 October 2023');
    expect(formatEventDate({ interval: { start: '2023-06-01', end: '2023-07-01' }, granularity: 'month', mod: null, value: '2023-06' })).toBe('June 2023');
    expect(formatEventDate({ interval: { start: '2023-10-07', end: '2023-10-08' }, granularity: 'day', mod: null, value: '2023-10-07', flags: ['undated'] })).toBe('Undated · reported 7 October 2023');
    expect(formatEventDate({ interval: { start: '2023-01-01', end: '2023-10-15' }, granularity: 'year', mod: 'START', value: '2023' })).toBe(
      '1 January 2023 – 14 October 2023 (early 2023)',
    );
  });
  it('splits quotes safely', () => {
    expect(quotePieces('on October 7, Hamas', 3, 12)).toEqual({ before: 'on ', mark: 'October 7', after: ', Hamas' });
    expect(quotePieces('abc', 5, 9)).toEqual({ before: 'abc', mark: '', after: '' });
  });
});
