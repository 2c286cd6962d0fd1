import type { Article } from '../articles/types';
import type { Granularity, NormalizeOptions, TimeInterval, Timex, TimexMod } from '../temporal/types';
import type { ActorMention } from '../actors/match';
import type { Citation, EventFlag } from '../timeline/types';
import type { WordIds } from './text';

/** The normalizer's signature (lib/temporal's `normalize`). Injected so lib/events has no hard dependency. */
export type NormalizeFn = (text: string, options: NormalizeOptions) => Timex[];

/** An actor mention with offsets into the whole article text. */
export type ActorMentionLike = ActorMention;

/**
 * Actor mentions of an article. `scope` lists the spans (the dated sentences) where names the actor
 * table lacks are worth looking for: finding those is the slow part, and only event sentences need them.
 */
export type MentionFn = (articleText: string, scope?: { start: number; end: number }[]) => ActorMentionLike[];

/** One dated mention in one sentence: becomes an event, alone or merged with others. */
export interface Candidate {
  article: Article;
  /** Offsets of the sentence and the expression in the article text. */
  sentenceStart: number;
  sentenceEnd: number;
  exprStart: number;
  exprEnd: number;
  timex: Timex;
  /** The interval drawn (the normalizer's, or a soft one for vague past references). */
  interval: TimeInterval;
  /** The interval used to decide whether two candidates can be the same event (widened for approximations). */
  window: TimeInterval;
  granularity: Granularity;
  value: string;
  mod: TimexMod | null;
  approximate: boolean;
  flags: EventFlag[];
  actors: string[];
  /** Actor ids plus their parents (partOf), each once: used for overlap. */
  actorKeys: readonly string[];
  /** Content words of the sentence without the expression, as ids of the build's vocabulary (./text.ts). */
  words: WordIds;
  citation: Citation;
}
