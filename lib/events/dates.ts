/** Small helpers on ISO dates (YYYY-MM-DD), UTC arithmetic, no time zones involved. */
export function isoDay(s: string): string {
  return s.slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${isoDay(iso)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const d = new Date(`${isoDay(iso)}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/** Days since the epoch for an ISO date or date-time (date part). */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${isoDay(iso)}T00:00:00Z`) / 86_400_000);
}

/** Half-open intervals overlap (compared on their date parts; equal starts always overlap). */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  const as = dayNumber(a.start);
  const bs = dayNumber(b.start);
  const ae = Math.max(dayNumber(a.end), as + 1);
  const be = Math.max(dayNumber(b.end), bs + 1);
  return as < be && bs < ae;
}
