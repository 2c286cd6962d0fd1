import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Actor } from '../timeline/types';
import { actorTableSchema } from './schema';
import { findTableMentions, slugify } from './match';
import type { ActorMention, ActorTable } from './match';
import { findAdHocMentions } from './extract';
import type { ExtractOptions } from './extract';
import type { NameFinderOptions } from './names';

export type { ActorMention, ActorTable } from './match';
export type { ActorEntry } from './schema';
export { slugify, findTableMentions } from './match';
export { findAdHocMentions, cleanPersonName } from './extract';
export { findPersonNames } from './names';
export type { NameCandidate, NameFinderOptions } from './names';

export const DEFAULT_ACTORS_FILE = path.join(process.cwd(), 'data', 'actors.json');

/** Builds a table from already-parsed JSON; throws an Error naming the entry and field. */
export function buildActorTable(json: unknown, source = 'actors table'): ActorTable {
  const r = actorTableSchema.safeParse(json);
  if (!r.success) {
    const msgs = r.error.issues.map((i) => {
      const [, idx, ...field] = i.path;
      const entry = typeof idx === 'number' ? (json as { actors?: { id?: unknown }[] }).actors?.[idx]?.id : undefined;
      const where = typeof idx === 'number' ? `entry #${idx}${typeof entry === 'string' ? ` ("${entry}")` : ''}` : 'table';
      return `${source}: ${where}, field ${field.length ? field.join('.') : i.path.join('.') || '(root)'}: ${i.message}`;
    });
    throw new Error(msgs.join('\n'));
  }
  const byId = new Map<string, (typeof r.data.actors)[number]>();
  const problems: string[] = [];
  for (const e of r.data.actors) {
    if (byId.has(e.id)) problems.push(`${source}: entry "${e.id}", field id: duplicate id`);
    byId.set(e.id, e);
  }
  for (const e of r.data.actors) {
    if (e.partOf && !byId.has(e.partOf)) problems.push(`${source}: entry "${e.id}", field partOf: unknown actor "${e.partOf}"`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return { entries: r.data.actors, byId };
}

/** Loads and validates data/actors.json (or `file`). Throws an Error naming the entry and field. */
export function loadActorTable(file: string = DEFAULT_ACTORS_FILE): ActorTable {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the actors table: ${(e as Error).message}`);
  }
  return buildActorTable(json, path.basename(file));
}

export interface FindOptions extends ExtractOptions {
  /** Also find names the table lacks (default true; heuristic, or compromise with adHocMethod: 'compromise'). */
  adHoc?: boolean;
  /**
   * Only mentions inside these spans (sorted sentence bounds) are wanted: the table is matched there and names
   * the table lacks are looked for there (a weak alias or surname still counts a full name anywhere in the text).
   */
  scope?: { start: number; end: number }[];
}

const finderCache = new WeakMap<ActorTable, NameFinderOptions>();
/**
 * The heuristic name finder's word lists from the table: every capitalised word of a state's,
 * organisation's or group's names and demonym means "not a person"; every person title word is a title.
 */
function nameFinderOptions(table: ActorTable): NameFinderOptions {
  let o = finderCache.get(table);
  if (!o) {
    const notPersonWords = new Set<string>();
    const titleWords = new Set<string>();
    for (const e of table.entries) {
      if (e.kind === 'person') {
        for (const t of e.titles ?? []) for (const w of t.split(/\s+/)) if (/^\p{L}/u.test(w)) titleWords.add(w.toLowerCase().replace(/[’']s$/u, ''));
        continue;
      }
      for (const n of [e.name, ...e.aliases, ...(e.demonym ? [e.demonym] : [])]) {
        for (const w of n.split(/[\s-]+/)) if (/^\p{Lu}/u.test(w) && w.length > 1) notPersonWords.add(w.replace(/[’']s$/u, ''));
      }
    }
    o = { notPersonWords, titleWords };
    finderCache.set(table, o);
  }
  return o;
}

function inSpans(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => start >= s.start && end <= s.end);
}

/** Every actor mention in `text` (offsets into it), table first, then ad-hoc names; sorted by start. */
export function findActorMentions(table: ActorTable, text: string, opts: FindOptions = {}): ActorMention[] {
  const known = findTableMentions(table, text, opts.scope);
  const adHoc = opts.adHoc === false ? [] : findAdHocMentions(text, known, { nameFinder: nameFinderOptions(table), ...opts }, opts.scope);
  const all = [...known, ...adHoc];
  // Ad-hoc names are placed everywhere in the text (coreference); in scope only those inside it are wanted.
  const wanted = opts.scope ? all.filter((m) => inSpans(opts.scope!, m.start, m.end)) : all;
  return wanted.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Merges mentions into Actor records as they come, so a caller going through many articles need not keep every
 * mention (hundreds of thousands in a large build) until the end.
 */
export class ActorCollector {
  private readonly byId = new Map<string, Actor>();

  add(mentions: ActorMention[]): void {
    for (const m of mentions) {
      let a = this.byId.get(m.actorId);
      if (!a) {
        a = { id: m.actorId, name: m.name, kind: m.kind, aliases: [], partOf: m.partOf, eventCount: 0 };
        this.byId.set(m.actorId, a);
      }
      const surface = m.surface.includes('’') ? m.surface.replace(/’/g, "'") : m.surface; // most have no curly apostrophe
      if (!a.aliases.includes(surface)) a.aliases.push(surface);
    }
  }

  /** The actors seen so far with their event counts, sorted by eventCount desc, then name. */
  actors(eventCountById: Map<string, number> | Record<string, number> = {}): Actor[] {
    const count = (id: string) => (eventCountById instanceof Map ? eventCountById.get(id) : eventCountById[id]) ?? 0;
    const out = [...this.byId.values()].map((a) => ({ ...a, aliases: [...a.aliases], eventCount: count(a.id) }));
    return out.sort((a, b) => b.eventCount - a.eventCount || a.name.localeCompare(b.name));
  }
}

/** Merges mentions into Actor records (all aliases seen), sorted by eventCount desc, then name. */
export function toActors(mentions: ActorMention[], eventCountById: Map<string, number> | Record<string, number> = {}): Actor[] {
  const collector = new ActorCollector();
  collector.add(mentions);
  return collector.actors(eventCountById);
}

export { slugify as actorSlug };
