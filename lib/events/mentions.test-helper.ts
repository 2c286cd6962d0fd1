/** Test helper: actor mentions of the listed names (actor id = the name lower-cased), as the actor table would give them. */
import type { ActorKind } from '../timeline/types';
import type { ActorMentionLike } from './types';

export function mentionsOf(text: string, names: string[], kind: ActorKind = 'person'): ActorMentionLike[] {
  const out: ActorMentionLike[] = [];
  for (const name of names) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      out.push({ actorId: name.toLowerCase(), name, kind, surface: name, start: i, end: i + name.length, partOf: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
