/**
 * Finds actor mentions in an article's text with a curated table (data/actors.json).
 *
 * Rules (see README.md next to this file):
 * - whole words, case-sensitive ("US" is the United States, "us" is not), longest match first;
 *   a lowercase-initial alias or descriptor also matches capitalised at a sentence start;
 * - curly and straight apostrophes are equivalent; a possessive "'s" is not part of the surface;
 * - titles combine with names: "Secretary of State Antony Blinken", "Foreign Minister Wang";
 * - weak aliases (a bare surname such as "Wang", and every person's last name) count only when
 *   the same text has a strong mention of that person (article-level coreference);
 * - a capital used as an agent means the state ("Beijing said"); after a locative word
 *   ("in/to/from/at/… Beijing") it is a place: kind 'place', id slug(capital), partOf the state;
 * - a state used as a modifier right before a person mention that starts with a title
 *   ("US Secretary of State Antony Blinken", "U.S. President Joe Biden") is dropped: the person is the actor.
 *   Other modifiers ("US support", "US-China relations") keep the state.
 */
import type { ActorKind } from '../timeline/types';
import { hasWord } from './names';
import type { ActorEntry } from './schema';

export interface ActorMention {
  actorId: string;
  name: string;
  kind: ActorKind;
  partOf: string | null;
  /** The text as written (end exclusive offsets into the searched text). */
  surface: string;
  start: number;
  end: number;
}

export interface ActorTable {
  entries: ActorEntry[];
  byId: Map<string, ActorEntry>;
  /** Compiled matcher (built lazily). */
  matcher?: Matcher;
}

type PatternKind = 'name' | 'weak' | 'titled' | 'descriptor' | 'metonym';
interface Pattern {
  surface: string;
  id: string;
  type: PatternKind;
}
interface Matcher {
  re: RegExp;
  bySurface: Map<string, Pattern>;
  /** Per actor id: its strong surfaces, to confirm a weak alias against the whole text (see findTableMentions). */
  strongById: Map<string, string[]>;
  /** Whether a character code is in the alternation's word class (the whole-word test of a surface found with indexOf). */
  isWordCode: (c: number) => boolean;
}

const slugCache = new Map<string, string>();

/** "Antony Blinken" → "antony-blinken"; memoised (every article repeats its names; NFKD is slow). */
export function slugify(name: string): string {
  let slug = slugCache.get(name);
  if (slug === undefined) {
    slug = slugOf(name);
    if (slugCache.size >= 50_000) slugCache.clear(); // bounded on a long-running server
    slugCache.set(name, slug);
  }
  return slug;
}

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const norm = (s: string) => s.replace(/’/g, "'");
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function lastName(name: string): string | null {
  const parts = name.split(/\s+/);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1] ?? '';
  return /^\p{Lu}/u.test(last) && last.length > 2 ? last : null;
}

function buildPatterns(entries: ActorEntry[]): Pattern[] {
  const out: Pattern[] = [];
  const add = (surface: string, id: string, type: PatternKind) => {
    const s = norm(surface);
    out.push({ surface: s, id, type });
    if (/^\p{Ll}/u.test(s)) out.push({ surface: upperFirst(s), id, type });
  };
  for (const e of entries) {
    const weak = new Set(e.weakAliases ?? []);
    if (e.kind === 'person') {
      const ln = lastName(e.name);
      if (ln && !e.aliases.includes(ln)) weak.add(ln);
    }
    for (const a of e.aliases) add(a, e.id, 'name');
    for (const w of weak) add(w, e.id, 'weak');
    for (const d of e.descriptors ?? []) add(d, e.id, 'descriptor');
    if (e.demonym) for (const n of ['government', 'authorities']) add(`${e.demonym} ${n}`, e.id, 'name');
    for (const m of e.metonyms ?? []) add(m, e.id, 'metonym');
    if (e.kind === 'person') {
      for (const t of e.titles ?? []) {
        for (const n of [...e.aliases, ...weak]) add(`${t} ${n}`, e.id, 'titled');
      }
    }
  }
  return out;
}

function compile(table: ActorTable): Matcher {
  const patterns = buildPatterns(table.entries);
  const bySurface = new Map<string, Pattern>();
  // A surface claimed by several actors with the same strength is ambiguous: first one wins,
  // but a strong ('name'/'titled') claim beats a weak one.
  const rank: Record<PatternKind, number> = { titled: 4, name: 3, descriptor: 2, metonym: 1, weak: 0 };
  for (const p of patterns) {
    const prev = bySurface.get(p.surface);
    if (!prev || rank[p.type] > rank[prev.type]) bySurface.set(p.surface, p);
  }
  const alts = [...bySurface.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  // Without the u flag (explicit Latin/Greek/Cyrillic letter ranges instead of \p{L}\p{N}): ~several× faster in V8.
  const W = '[A-Za-z0-9_\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
  const L = '[A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
  const re = new RegExp(`(?<!${W})(?:${alts.join('|')})(?!${W}|\\.${L})`, 'g');
  const strongById = new Map<string, string[]>();
  for (const p of bySurface.values()) {
    if (p.type === 'weak') continue;
    const list = strongById.get(p.id) ?? [];
    list.push(p.surface);
    strongById.set(p.id, list);
  }
  const wordChar = new RegExp(W);
  return { re, bySurface, strongById, isWordCode: (c) => wordChar.test(String.fromCharCode(c)) };
}

/** LOCATIVE ends in `\s+$`: checking the last character first spares the regex its try at every position. */
const endsWithSpace = (s: string) => s.length > 0 && /\s/.test(s[s.length - 1]!);
const LOCATIVE = /(?:^|[^\p{L}])(?:in|to|from|at|into|near|outside|across|around|via|toward|towards|visit|visits|visited|visiting|through|leave|left|arrive|arrived|arrives|reached)\s+$/iu;

function entryMention(e: ActorEntry, start: number, end: number, text: string): ActorMention {
  return { actorId: e.id, name: e.name, kind: e.kind, partOf: e.partOf ?? null, surface: text.slice(start, end), start, end };
}

/**
 * Table mentions in `text`, or only inside the `scope` spans (sentence bounds, sorted) when given: a timeline
 * needs the actors of its dated sentences only. A weak alias in scope still counts a strong mention of its
 * person anywhere in the text ("Blinken" in a dated sentence, "Antony Blinken" in the first paragraph).
 */
export function findTableMentions(table: ActorTable, text: string, scope?: readonly { start: number; end: number }[]): ActorMention[] {
  table.matcher ??= compile(table);
  const { re, bySurface, strongById, isWordCode } = table.matcher;
  // Apostrophes are straightened only where the alternation searches (the scope's sentences): norm maps one
  // character to one, so norm of a slice is the slice of norm. The whole text is straightened only when needed.
  let whole: string | null = scope ? null : norm(text);
  const normalized = () => (whole ??= norm(text));
  const raw: { p: Pattern; start: number; end: number }[] = [];
  for (const span of scope ?? [{ start: 0, end: text.length }]) {
    // Spans are sentences, bounded by whitespace: the lookarounds read the same at a slice's ends as in the text.
    const slice = scope ? norm(text.slice(span.start, span.end)) : normalized();
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const p = bySurface.get(m[0]);
      if (p) raw.push({ p, start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  const strong = new Set(raw.filter((r) => r.p.type !== 'weak').map((r) => r.p.id));
  if (scope) {
    for (const r of raw) {
      if (r.p.type !== 'weak' || strong.has(r.p.id)) continue;
      // A surface without an apostrophe is found at the same places in the text as in its straightened copy
      // (’ and ' are both outside the word class, so the whole-word test reads the same too).
      const found = (surface: string) => hasWord(surface.includes("'") ? normalized() : text, surface, isWordCode);
      if ((strongById.get(r.p.id) ?? []).some(found)) strong.add(r.p.id);
    }
  }
  const out: ActorMention[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const e = table.byId.get(r.p.id);
    if (!e) continue;
    if (r.p.type === 'weak' && !strong.has(e.id)) continue;
    if (r.p.type === 'metonym') {
      // Part of a longer proper name ("Washington Post", "Paris Agreement", "Beijing Daily"): not an actor.
      // (These tests read the raw text: ’ and ' are neither spaces, capitals nor letters, so they read the same.)
      if (/^[ \t]+\p{Lu}/u.test(text.slice(r.end, r.end + 3)) && !raw.some((o) => o.start > r.end && o.start <= r.end + 2)) continue;
      const before = text.slice(Math.max(0, r.start - 30), r.start);
      if (endsWithSpace(before) && LOCATIVE.test(before)) {
        const name = e.capital && r.p.surface !== e.capital ? e.capital : r.p.surface;
        out.push({ actorId: slugify(name), name, kind: 'place', partOf: e.id, surface: text.slice(r.start, r.end), start: r.start, end: r.end });
        continue;
      }
    }
    // A state as modifier right before a titled person ("US Secretary of State Antony Blinken"): drop.
    const next = raw[i + 1];
    if ((e.kind === 'state' || e.kind === 'organization') && next && next.p.type === 'titled' && /^\s+$/.test(text.slice(r.end, next.start))) {
      continue;
    }
    out.push(entryMention(e, r.start, r.end, text));
  }
  return out;
}
