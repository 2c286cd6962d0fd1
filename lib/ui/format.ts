/** Display helpers shared by the page, the list view and the citation panel. Pure, no DOM. */
import type { Granularity } from '@/lib/temporal/types';
import type { Citation, TimelineEvent } from '@/lib/timeline/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

/** 14 October 2023 */
export function formatDay(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The day before an exclusive ISO end date. */
function lastDay(endExclusive: string): string {
  const { y, m, d } = parts(endExclusive);
  const t = new Date(Date.UTC(y, m - 1, d) - 86_400_000);
  return t.toISOString().slice(0, 10);
}

const DAYLIKE: Granularity[] = ['minute', 'hour', 'part-of-day', 'day'];

export function isPointEvent(e: Pick<TimelineEvent, 'granularity'>): boolean {
  return DAYLIKE.includes(e.granularity);
}

export function isFuzzy(e: Pick<TimelineEvent, 'flags' | 'mod'>): boolean {
  return e.flags.includes('fuzzy') || e.mod !== null;
}

const MOD_WORDS: Partial<Record<string, string>> = {
  START: 'early',
  MID: 'mid',
  END: 'late',
  APPROX: 'about',
  BEFORE: 'before',
  AFTER: 'after',
  ON_OR_BEFORE: 'on or before',
  ON_OR_AFTER: 'on or after',
};

/** A human-readable date for an event: "7 October 2023", "June 2023", "1 January – 14 October 2023 (early 2023)". */
export function formatEventDate(e: Pick<TimelineEvent, 'interval' | 'granularity' | 'mod' | 'value'> & { flags?: TimelineEvent['flags'] }): string {
  const { start, end } = e.interval;
  const mod = e.mod ? MOD_WORDS[e.mod] : undefined;
  let s: string;
  if (DAYLIKE.includes(e.granularity)) {
    s = formatDay(start);
    if (start.length > 10) s += `, ${start.slice(11, 16)}`;
  } else {
    const last = lastDay(end);
    const a = parts(start);
    const b = parts(last);
    if (e.granularity === 'month' && a.y === b.y && a.m === b.m) s = `${MONTHS[a.m - 1]} ${a.y}`;
    else if (e.granularity === 'year' && start.endsWith('-01-01') && last.endsWith('-12-31')) s = String(a.y);
    else s = `${formatDay(start)} – ${formatDay(last)}`;
  }
  // An undated report is placed at its publication date: say that this is not the date of what it tells.
  if (e.flags?.includes('undated')) return `Undated · reported ${s}`;
  return mod ? `${s} (${mod} ${e.value.replace(/-?X+/g, '')})` : s;
}

export function formatPublished(c: Pick<Citation, 'published' | 'publishedRange'>): string {
  if (c.published) return formatDay(c.published) + (c.published.length > 10 ? `, ${c.published.slice(11, 16)}` : '');
  if (c.publishedRange) return `between ${formatDay(c.publishedRange.start)} and ${formatDay(c.publishedRange.end)}`;
  return 'date unknown';
}

/** Split a quote into text pieces around the temporal expression (never HTML). */
export function quotePieces(quote: string, start: number, end: number): { before: string; mark: string; after: string } {
  if (!(start >= 0 && end > start && end <= quote.length)) return { before: quote, mark: '', after: '' };
  return { before: quote.slice(0, start), mark: quote.slice(start, end), after: quote.slice(end) };
}

export const FLAG_LABELS: Record<string, string> = {
  undated: 'Undated: placed at its publication date',
  'single-source': 'Single source',
  conflict: 'Sources conflict',
  fuzzy: 'Approximate date',
  'uncertain-publication-date': 'Uncertain publication date',
};
