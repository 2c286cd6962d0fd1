/** Temporal expression normalizer: finds TIMEX3 expressions in news text and resolves them. */
import { parsePublished } from './dct';
import { run } from './engine';
import type { NormalizeOptions, Timex } from './types';

export type * from './types';
export { parsePublished } from './dct';
export type { Dct } from './dct';
export { clauseTense } from './tense';
export type { Tense } from './tense';

/**
 * Finds and normalizes the temporal expressions in `text`. Relative expressions are reckoned from
 * `options.published` (the article's local date); without it they come back unresolved.
 * Throws if `published` is given but invalid (see parsePublished).
 */
export function normalize(text: string, options: NormalizeOptions = {}): Timex[] {
  const dct = options.published === undefined ? undefined : parsePublished(options.published);
  return run(String(text), dct);
}
