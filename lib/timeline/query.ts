/**
 * URL parameters of the page, the embed and /api/timeline: parsed and validated with zod.
 * Unknown parameters and invalid values never throw: they become notices naming the parameter
 * (the page and the embed show them; the API turns them into 400s).
 */
import { z } from 'zod';
import { compareEvents } from './order';
import type { Actor, Timeline, TimelineEvent } from './types';

export type Theme = 'light' | 'dark';

export interface TimelineQuery {
  /** Actor slugs: keep events involving ANY of them. */
  actors?: string[];
  /** Article ids: keep events citing ANY of them. */
  sources?: string[];
  /** Event id to open on load. */
  event?: string;
  /** ISO dates: keep events overlapping [start, end). */
  start?: string;
  end?: string;
  theme?: Theme;
  /** Height of the timeline canvas in CSS pixels (200..2000). */
  height?: number;
  /** Show the undated reports (Timeline.undated) among the events, at their publication dates. */
  undated?: boolean;
}

export interface QueryNotice {
  param: string;
  message: string;
}

export const QUERY_PARAMS = ['actors', 'sources', 'event', 'start', 'end', 'theme', 'height', 'undated'] as const;
export type QueryParam = (typeof QUERY_PARAMS)[number];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ARTICLE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

function list(item: RegExp, what: string) {
  return z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
    )
    .pipe(z.array(z.string().regex(item, `not a valid ${what}`)).max(200, 'too many values'));
}

function validDate(s: string): boolean {
  const t = Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s);
  if (Number.isNaN(t)) return false;
  // Reject rolled-over dates such as 2023-02-30.
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const dt = new Date(Date.UTC(y!, m! - 1, d!));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m! - 1 && dt.getUTCDate() === d;
}

const isoDate = z
  .string()
  .trim()
  .regex(ISO_DATE, 'expected an ISO date such as 2023-10-14')
  .refine(validDate, 'not a real calendar date');

const schemas: Record<QueryParam, z.ZodType> = {
  actors: list(SLUG, 'actor id (a lowercase slug such as antony-blinken)'),
  sources: list(ARTICLE_ID, 'article id'),
  event: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, 'not a valid event id'),
  start: isoDate,
  end: isoDate,
  theme: z.enum(['light', 'dark'], { error: 'expected "light" or "dark"' }),
  height: z
    .string()
    .trim()
    .regex(/^\d+$/, 'expected a whole number of pixels')
    .transform(Number)
    .pipe(z.number().int().min(200, 'must be at least 200').max(2000, 'must be at most 2000')),
  undated: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'], { error: 'expected 1 (show undated reports) or 0' }))
    .transform((v) => v === '1' || v === 'true' || v === 'yes' || v === 'on'),
};

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function entries(params: RawParams): [string, string[]][] {
  const out = new Map<string, string[]>();
  const add = (k: string, v: string) => out.set(k, [...(out.get(k) ?? []), v]);
  if (params instanceof URLSearchParams) {
    for (const [k, v] of params) add(k, v);
  } else {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined) continue;
      for (const s of Array.isArray(v) ? v : [v]) add(k, s);
    }
  }
  return [...out];
}

function clip(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Validate URL parameters. Never throws; what is wrong is reported in `notices`. */
export function parseTimelineQuery(params: RawParams): { query: TimelineQuery; notices: QueryNotice[] } {
  const query: TimelineQuery = {};
  const notices: QueryNotice[] = [];
  const q = query as Record<string, unknown>;
  for (const [key, values] of entries(params)) {
    if (!(QUERY_PARAMS as readonly string[]).includes(key)) {
      notices.push({ param: key, message: `Unknown parameter "${clip(key)}" was ignored.` });
      continue;
    }
    const param = key as QueryParam;
    const isList = param === 'actors' || param === 'sources';
    if (values.length > 1 && !isList) {
      notices.push({ param, message: `"${param}" was given ${values.length} times; the first value was used.` });
    }
    const raw = isList ? values.join(',') : values[0]!;
    if (raw.trim() === '') continue;
    const r = schemas[param].safeParse(raw);
    if (!r.success) {
      const issue = r.error.issues[0];
      notices.push({ param, message: `Invalid "${param}" (${clip(raw)}): ${issue?.message ?? 'invalid value'}; ignored.` });
      continue;
    }
    if (isList) {
      const uniq = [...new Set(r.data as string[])];
      if (uniq.length > 0) q[param] = uniq;
    } else {
      q[param] = r.data;
    }
  }
  if (query.start && query.end && !(toMs(query.start) < toMs(query.end))) {
    notices.push({ param: 'end', message: `"end" (${query.end}) must be after "start" (${query.start}); both ignored.` });
    delete query.start;
    delete query.end;
  }
  return { query, notices };
}

function toMs(s: string): number {
  return Date.parse(s.length === 10 ? `${s}T00:00:00Z` : /[Zz]|[+-]\d{2}:\d{2}$/.test(s) ? s : `${s}Z`);
}

/** Ids in the query that the timeline does not know (for polite notices). */
export function unknownIds(timeline: Timeline, query: TimelineQuery): QueryNotice[] {
  const out: QueryNotice[] = [];
  const actorIds = new Set(timeline.actors.map((a) => a.id));
  const articleIds = new Set(timeline.articles.map((a) => a.id));
  for (const a of query.actors ?? []) if (!actorIds.has(a)) out.push({ param: 'actors', message: `No actor "${clip(a)}" in this timeline.` });
  for (const s of query.sources ?? []) if (!articleIds.has(s)) out.push({ param: 'sources', message: `No article "${clip(s)}" in this timeline.` });
  if (query.event && !timeline.events.some((e) => e.id === query.event) && !(query.undated && timeline.undated.some((e) => e.id === query.event))) {
    out.push({ param: 'event', message: `No event "${clip(query.event)}" in this timeline.` });
  }
  return out;
}

function overlaps(e: TimelineEvent, start?: string, end?: string): boolean {
  if (start && toMs(e.interval.end) <= toMs(start)) return false;
  if (end && toMs(e.interval.start) >= toMs(end)) return false;
  return true;
}

/**
 * The events matching the query: involving ANY chosen actor, AND citing ANY chosen source, AND
 * overlapping [start, end); the same filter applies to the undated reports, which join the events when
 * `undated` is set. Actor event counts are recomputed over the kept events; actors, articles and problems are
 * all kept (so filters can still offer every choice).
 */
export function filterTimeline(timeline: Timeline, query: TimelineQuery): Timeline {
  const actors = query.actors?.length ? new Set(query.actors) : null;
  const sources = query.sources?.length ? new Set(query.sources) : null;
  const keep = (e: TimelineEvent) =>
    (!actors || e.actors.some((a) => actors.has(a))) &&
    (!sources || e.citations.some((c) => sources.has(c.articleId))) &&
    overlaps(e, query.start, query.end);
  const undated = timeline.undated.filter(keep);
  const dated = timeline.events.filter(keep);
  // With ?undated=1 the reports join the events (placed at their publication dates), so every view draws them.
  const events = query.undated && undated.length ? [...dated, ...undated].sort(compareEvents) : dated;
  const counts = new Map<string, number>();
  for (const e of events) for (const a of new Set(e.actors)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const actorsOut: Actor[] = timeline.actors.map((a) => ({ ...a, eventCount: counts.get(a.id) ?? 0 }));
  return { ...timeline, events, undated, actors: actorsOut };
}

/** `?actors=a,b&theme=dark` (with the leading "?"), or '' for an empty query. Stable order. */
export function toSearchString(query: TimelineQuery): string {
  const p = new URLSearchParams();
  for (const key of QUERY_PARAMS) {
    const v = query[key];
    if (v === undefined || v === false) continue;
    if (v === true) p.set(key, '1');
    else if (Array.isArray(v)) {
      if (v.length) p.set(key, v.join(','));
    } else {
      p.set(key, String(v));
    }
  }
  // Commas are safe in query strings and keep the URLs readable.
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}
