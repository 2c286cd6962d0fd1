/**
 * Document creation time (publication date) parsing. Relative expressions are reckoned in the
 * article's own local date: the date part as written in an offset-carrying string.
 */

export interface Dct {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  /** Local-midnight Date for date-fns arithmetic (only its calendar fields are used). */
  date: Date;
  /** YYYY-MM-DD */
  iso: string;
  /** The local time of publication in minutes after midnight, when the publication time is known. */
  localMinutes?: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

const EXPECTED =
  'expected an ISO date (YYYY-MM-DD, the article\'s local date) or an ISO date-time with a UTC offset (e.g. 2023-10-14T20:24:00-07:00)';

/** Two digits at least, as String(n).padStart(2, '0') (without its generic padding). */
export const pad2 = (n: number): string => {
  const s = String(n);
  return s.length < 2 ? `0${s}` : s;
};

export function makeDct(year: number, month: number, day: number, localMinutes?: number): Dct {
  const dct: Dct = { year, month, day, date: new Date(year, month - 1, day), iso: `${year}-${pad2(month)}-${pad2(day)}` };
  if (localMinutes !== undefined) dct.localMinutes = localMinutes;
  return dct;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Validates a publication date and returns its local calendar date.
 * Throws an Error naming the value and the expected forms when it is not valid.
 */
export function parsePublished(published: string | Date): Dct {
  if (published instanceof Date) {
    if (Number.isNaN(published.getTime())) throw new Error(`Invalid published Date (Invalid Date): ${EXPECTED}`);
    // A Date carries no local zone of the article: use its UTC calendar date.
    return makeDct(published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate());
  }
  if (typeof published !== 'string') {
    throw new Error(`Invalid published value ${JSON.stringify(published)}: ${EXPECTED}`);
  }
  const s = published.trim();
  const m = DATE_RE.exec(s) ?? DATE_TIME_RE.exec(s);
  if (!m) throw new Error(`Invalid published value "${published}": ${EXPECTED}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!isCalendarDate(y, mo, d)) throw new Error(`Invalid published value "${published}": no such calendar date; ${EXPECTED}`);
  return makeDct(y, mo, d, m[4] === undefined ? undefined : Number(m[4]) * 60 + Number(m[5]));
}
