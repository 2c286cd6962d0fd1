/** Small helpers on ISO dates (YYYY-MM-DD), UTC arithmetic, no time zones involved. */
export function isoDay(s: string): string {
  return s.slice(0, 10);
}

// dayNumber/addDays run for every pair the merge compares: plain calendar arithmetic on valid YYYY-MM-DD prefixes
// instead of parsing a Date each time; anything else (rolled-over or malformed days) still goes through Date.

/** The number of 0–9 digits at s[at, at + len), or -1 if one is not a digit. */
function digits(s: string, at: number, len: number): number {
  let v = 0;
  for (let i = at; i < at + len; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** The inverse of daysFromCivil, as YYYY-MM-DD (years 0–9999). */
function civilFromDays(days: number): string | null {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return null;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since the epoch of a string starting with a valid YYYY-MM-DD, else null. */
function validDayNumber(iso: string): number | null {
  if (iso.length < 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 2);
  const d = digits(iso, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1) return null;
  if (d > (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!)) return null;
  return daysFromCivil(y, m, d);
}

export function addDays(iso: string, days: number): string {
  const n = validDayNumber(iso);
  const fast = n === null ? null : civilFromDays(n + days);
  if (fast !== null) return fast;
  const d = new Date(`${isoDay(iso)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(iso: string, months: number): string {
  const fast = addMonthsCivil(iso, months);
  if (fast !== null) return fast;
  const d = new Date(`${isoDay(iso)}T00:00:00Z`);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString().slice(0, 10);
}

/**
 * addMonths on a valid YYYY-MM-DD landing in years 100–9999 (the day clamped to the target month's last day),
 * else null. Below year 100 the Date version's Date.UTC reads the year as 19xx, so those stay with Date.
 */
function addMonthsCivil(iso: string, months: number): string | null {
  if (!Number.isInteger(months) || validDayNumber(iso) === null) return null;
  const y = digits(iso, 0, 4);
  const m0 = digits(iso, 5, 2) - 1 + months;
  const year = y + Math.floor(m0 / 12);
  const month = m0 - Math.floor(m0 / 12) * 12 + 1;
  if (year < 100 || year > 9999) return null;
  const last = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!;
  const day = Math.min(digits(iso, 8, 2), last);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Days since the epoch for an ISO date or date-time (date part). */
export function dayNumber(iso: string): number {
  return validDayNumber(iso) ?? Math.floor(Date.parse(`${isoDay(iso)}T00:00:00Z`) / 86_400_000);
}

/** Half-open intervals overlap (compared on their date parts; equal starts always overlap). */
export function overlaps(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  const as = dayNumber(a.start);
  const bs = dayNumber(b.start);
  const ae = Math.max(dayNumber(a.end), as + 1);
  const be = Math.max(dayNumber(b.end), bs + 1);
  return as < be && bs < ae;
}
