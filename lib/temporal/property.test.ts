import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './index';

const VALUE = /^(?:\d{4}(?:-(?:\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?|W\d\d(?:-WE|-\d)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|\d{2,3}|X{4}(?:-(?:XX(?:-XX(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?|\d\d(?:-\d\d(?:T(?:\d\d:\d\d|MO|AF|EV|NI))?)?|WXX(?:-\d|-WE)?(?:T(?:MO|AF|EV|NI))?|Q[1-4X]|H[12]|SP|SU|FA|WI))?|XXX|XX|P(?:T?(?:\d+(?:\.\d+)?|X)(?:[SMHDWY]|DE|CE))|PAST_REF|PRESENT_REF|FUTURE_REF)$/;

const VOCAB = ['last', 'next', 'this', 'week', 'month', 'year', 'ago', 'Monday', 'Saturday', '’s', 'May', 'March', 'in', 'October', '7', '14,', '2023', '1990s', "'90s", 'early', 'late', 'mid-', 'earlier', 'later', 'the', 'weekend', 'summer', 'third', 'quarter', 'Q3', 'at', '9:30', 'a.m.', 'p.m.', 'noon', 'about', 'an', 'hour', 'three', 'days', 'months', 'of', 'recent', 'now', 'one', 'day', 'every', 'daily', 'two', 'later', 'following', 'same', 'tonight', 'this morning', '2023-10-15', '10/14/2023', '©', 'will', 'was', '.', ',', ' ', '\n'];
const vocabText = fc.array(fc.constantFrom(...VOCAB), { maxLength: 40 }).map((ws) => ws.join(' '));
const published = fc.constantFrom<string | undefined>(undefined, '2023-10-14', '2023-10-14T20:24:00-07:00', '2024-02-29', '2023-12-31');

function checkInvariants(text: string, pub: string | undefined): void {
  const out = normalize(text, pub ? { published: pub } : {});
  let last = -1;
  for (const t of out) {
    expect(t.start).toBeGreaterThanOrEqual(0);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.start).toBeGreaterThanOrEqual(last);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.text).toBe(text.slice(t.start, t.end));
    expect(t.value).toMatch(VALUE);
    if (t.interval) expect(t.interval.start < t.interval.end).toBe(true);
    last = t.end;
  }
}

describe('normalize properties', () => {
  it('never throws; offsets, values and intervals are well-formed (arbitrary strings)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), published, (s, p) => checkInvariants(s, p)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), published, (s, p) => checkInvariants(s, p)), { numRuns: 300 });
  });
  it('holds on text built from temporal vocabulary', () => {
    fc.assert(fc.property(vocabText, published, (s, p) => checkInvariants(s, p)), { numRuns: 1000 });
  });
  it('does not hang on 1 MB of adversarial input', () => {
    const parts = ['1'.repeat(1000), ' '.repeat(1000), 'last '.repeat(200), '2023 '.repeat(200), 'a a a a ', 'the past the past ', '9:30 9:30 a.m. '];
    let s = '';
    while (s.length < 1_000_000) s += parts[s.length % parts.length];
    const out = normalize(s, { published: '2023-10-14' });
    expect(Array.isArray(out)).toBe(true);
  });
});
