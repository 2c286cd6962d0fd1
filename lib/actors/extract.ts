/**
 * Names the actor table lacks, found with a fast heuristic (names.ts, default) or compromise (opt-in). Which compromise views to use was measured
 * on the seed articles (lib/actors/measure.test.ts prints precision/recall against the persons of
 * ../shared/fixtures/seed-events.json): see README.md.
 */
import nlp from 'compromise';
import type { ActorKind } from '../timeline/types';
import type { ActorMention } from './match';
import { slugify } from './match';
import { findPersonNames } from './names';
import type { NameFinderOptions } from './names';

/** Leading titles and honorifics stripped from compromise's person spans. */
const TITLE_WORDS = new Set(
  'president vice prime minister foreign secretary spokesman spokeswoman spokesperson advisor adviser national security deputy director director-general general chancellor premier ambassador envoy special king queen prince princess sheikh crown mr mr. mrs mrs. ms ms. dr dr. sen. sen senator rep. gov. governor mayor chief leader minister\'s photo/jacquelyn state of the'
    .split(' '),
);
const JUNK = new Set(['read', 'more', 'photo', 'ap', 'afp', 'reuters', 'bloomberg', 'copyright', 'getty', 'images', 'president', 'minister', 'advertisement']);

/** Cleans a compromise span into a person name, or null when nothing name-like is left. */
export function cleanPersonName(span: string): string | null {
  let words = span
    .replace(/[’']s$/u, '')
    .replace(/[.,;:!?’'"“”)(]+$/u, '')
    .replace(/^[“"(]+/u, '')
    .split(/\s+/)
    .filter(Boolean);
  while (words.length && TITLE_WORDS.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
  if (words.length === 0) return null;
  if (words.some((w) => w.includes('/') || /\d/.test(w))) return null;
  // A lone word is a surname already resolved by coreference, or junk ("Read", "Martin" of a photo credit).
  if (words.length < 2) return null;
  if (words.some((w) => JUNK.has(w.toLowerCase()))) return null;
  if (!/^\p{Lu}/u.test(words[0] ?? '') || !/^\p{Lu}/u.test(words[words.length - 1] ?? '')) return null;
  const name = words.join(' ');
  return name.length >= 3 ? name : null;
}

/** Two or more capitalised words in a row: the least a person's or organisation's name needs. */
const NAME_SHAPE = /\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)+/gu;
/** Capitalised only because they start a sentence. */
const SENTENCE_STARTERS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'As', 'It', 'He', 'She', 'They', 'This', 'That', 'Earlier', 'Later', 'Last', 'Next']);

/** Whether `span` holds a name-shaped word run that the actor table did not already claim. */
function hasUnclaimedName(text: string, span: { start: number; end: number }, taken: { start: number; end: number }[]): boolean {
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(NAME_SHAPE)) {
    const words = m[0].split(/\s+/);
    if (SENTENCE_STARTERS.has(words[0] ?? '') && words.length === 2) continue;
    const start = span.start + (m.index ?? 0);
    const end = start + m[0].length;
    const covered = taken.some((t) => t.start <= start && t.end >= end);
    if (!covered) return true;
  }
  return false;
}

export interface ExtractOptions {
  /**
   * How to find names the table lacks: 'heuristic' (default; names.ts, ~100× faster, measured as good on the
   * seeds) or 'compromise' (NLP library; `people`/`organizations` choose its views).
   */
  adHocMethod?: 'heuristic' | 'compromise';
  /** Table-derived word lists for the heuristic (findActorMentions fills them from the table). */
  nameFinder?: NameFinderOptions;
  /** Which compromise views to use. Persons only by default (measured best; see README). */
  people?: boolean;
  organizations?: boolean;
}

/** Ad-hoc mentions for names the table lacks; `taken` are spans already claimed by the table. */
export function findAdHocMentions(
  text: string,
  taken: { start: number; end: number }[],
  opts: ExtractOptions = {},
  scope?: { start: number; end: number }[],
): ActorMention[] {
  const { people = true, organizations = false, adHocMethod = 'heuristic' } = opts;
  const names = new Map<string, ActorKind>();
  if (adHocMethod === 'heuristic') {
    // A candidate inside a table mention ("Antony Blinken" of "Secretary of State Antony Blinken") is already known.
    // Table mentions come sorted and disjoint; a run inside one cannot give a new name.
    if (people) for (const c of findPersonNames(text, scope, opts.nameFinder, taken)) {
      if (!names.has(c.name) && !taken.some((t) => c.start < t.end && c.end > t.start)) names.set(c.name, 'person');
    }
    return placeNames(text, taken, names);
  }
  // compromise reads ~100 KB/s: give it only the spans that matter, and nothing when none can hold a name.
  const spans = (scope ?? [{ start: 0, end: text.length }]).filter((s) => hasUnclaimedName(text, s, taken));
  if (spans.length === 0) return [];
  const searched = spans.map((s) => text.slice(s.start, s.end)).join('\n');
  const doc = nlp(searched);
  if (people) for (const s of doc.people().out('array') as string[]) {
    const n = cleanPersonName(s);
    if (n) names.set(n, 'person');
  }
  if (organizations) for (const s of doc.organizations().out('array') as string[]) {
    const n = s.replace(/[’']s$/u, '').replace(/[.,;:’'"“”]+$/u, '').trim();
    if (/^\p{Lu}/u.test(n) && n.split(/\s+/).length >= 2 && !names.has(n)) names.set(n, 'organization');
  }
  return placeNames(text, taken, names);
}

/** Mentions of `names` everywhere in `text` outside `taken`, plus surnames of persons found in full. */
function placeNames(text: string, taken: { start: number; end: number }[], names: Map<string, ActorKind>): ActorMention[] {
  if (names.size === 0) return [];
  const out: ActorMention[] = [];
  const claim: { start: number; end: number }[] = [...taken];
  // Whole-word occurrences (no letter, digit or _ on either side), found with indexOf: no regex per name.
  const wordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}_]/u.test(c);
  const find = (surface: string, id: string, name: string, kind: ActorKind) => {
    for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
      const end = start + surface.length;
      if (wordChar(text[start - 1]) || wordChar(text[end])) continue;
      if (claim.some((t) => start < t.end && end > t.start)) continue;
      claim.push({ start, end });
      out.push({ actorId: id, name, kind, partOf: null, surface, start, end });
    }
  };
  // Full names first (longest first), then surnames of persons found in full (coreference).
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  const found = new Set<string>();
  for (const [name, kind] of sorted) {
    const before = out.length;
    find(name, slugify(name), name, kind);
    if (out.length > before) found.add(name);
  }
  for (const [name, kind] of sorted) {
    const parts = name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (kind === 'person' && found.has(name) && parts.length > 1 && last && last.length > 2) find(last, slugify(name), name, kind);
  }
  return out.sort((a, b) => a.start - b.start);
}
