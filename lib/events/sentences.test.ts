import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

describe('splitSentences', () => {
  it('keeps abbreviations, initials and dates inside a sentence', () => {
    const text =
      'U.S. Secretary of State Antony Blinken met Mr. Wang in St. Petersburg on Saturday Oct. 14, 2023. John F. Kennedy was not there. It rained.';
    const s = splitSentences(text).map((x) => x.text);
    expect(s).toEqual([
      'U.S. Secretary of State Antony Blinken met Mr. Wang in St. Petersburg on Saturday Oct. 14, 2023.',
      'John F. Kennedy was not there.',
      'It rained.',
    ]);
  });

  it('ends a sentence after a closing quote and at line breaks (headlines)', () => {
    const text = 'Headline without a period\n“We are ready,” he said. “Are you?” She asked.\nNext line';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline without a period', '“We are ready,” he said.', '“Are you?”', 'She asked.', 'Next line']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('splits after an acronym that ends a sentence when a new sentence clearly starts', () => {
    const s = splitSentences('He flew to the U.S. The talks began.').map((x) => x.text);
    expect(s).toEqual(['He flew to the U.S.', 'The talks began.']);
  });
});
