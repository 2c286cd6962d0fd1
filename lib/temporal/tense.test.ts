import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tenseAt, tenseReader } from './tense';

// Sentence ends and non-ends the sentence window must tell apart, next to cue words and dates.
const PIECES = ['U.S.', 'President', 'said', 'will', 'was', 'is', 'on', 'Monday', 'Oct.', '9', 'at', '8:30', 'p.m.', 'J. Smith', 'It', 'ended.', 'Why?', 'Go!', '“Yes.”', '(A.', 'B.)', ',', '.', '\n', '  ', 'x'.repeat(250)];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((ws) => ws.join(' '));

describe('tenseReader', () => {
  it('gives tenseAt\'s answer for every span (its per-sentence cue cache changes nothing)', () => {
    fc.assert(fc.property(text, (t) => {
      const read = tenseReader(t);
      for (let s = 0; s <= t.length; s++) for (const len of [0, 1, 6]) {
        const e = Math.min(t.length, s + len);
        expect(read(s, e)).toBe(tenseAt(t, s, e));
      }
    }), { numRuns: 200 });
  });
});
