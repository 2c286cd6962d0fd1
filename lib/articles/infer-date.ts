/**
 * Infers a publication date from an article's text, for articles whose metadata gives none.
 * Deliberately small and self-contained (independent of lib/temporal):
 * 1. a dateline near the top ("date 2023-10-15", "Oct. 14, 2023 —", "BEIJING, 6 December 2023 -") pins the day;
 * 2. otherwise the latest explicit full date (with year) in the text is used — an article cannot
 *    predate what it reports, so this is a lower bound, flagged as inferred;
 * 3. otherwise nothing pins it down: null.
 */
import { isRealDay } from './schema';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export interface FoundDate {
  /** ISO date. */
  date: string;
  /** The matched text. */
  text: string;
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

function mk(y: number, m: number | undefined, d: number): string | null {
  return m !== undefined && isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Group i of a match ('' when it did not take part). */
const g = (m: RegExpExecArray, i: number): string => m[i] ?? '';
const month = (s: string): number | undefined => MONTHS[s.toLowerCase().replace('.', '')];

/** Every explicit full date (with a year) in the text, in order. */
export function findExplicitDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => string | null][] = [
    [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => mk(+g(m, 1), +g(m, 2), +g(m, 3))],
    [new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'), (m) => mk(+g(m, 3), month(g(m, 1)), +g(m, 2))],
    [new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s*,?\\s+(\\d{4})\\b`, 'gi'), (m) => mk(+g(m, 3), month(g(m, 2)), +g(m, 1))],
  ];
  for (const [re, conv] of patterns) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const date = conv(m);
      if (date) out.push({ date, text: m[0], start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export interface InferredDate {
  published: string;
  from: string;
  reason: string;
}

/** Characters from the start of the text in which a dateline may stand. */
const DATELINE_WINDOW = 200;
/** Longer than any date findExplicitDates matches ("September 30th, 2023"). */
const DATE_MAX_LENGTH = 40;

export interface Dateline {
  /** ISO date. */
  date: string;
  /** The dateline as written ("date 2023-10-15", "BEIJING, 6 December 2023"). */
  line: string;
}

/**
 * A dateline near the top of the text: a date alone on a line, a date followed by a dash opening the
 * story ("BEIJING, 6 December 2023 -"), or a "date YYYY-MM-DD" stamp. `dates` saves a second scan.
 */
export function findDateline(text: string, dates?: FoundDate[]): Dateline | null {
  // Only dates starting in the first DATELINE_WINDOW characters count: scan just that much (plus the
  // longest date's length) rather than the whole article.
  dates ??= findExplicitDates(text.slice(0, DATELINE_WINDOW + DATE_MAX_LENGTH));
  for (const d of dates) {
    if (d.start > DATELINE_WINDOW) break;
    const lineStart = text.lastIndexOf('\n', d.start - 1) + 1;
    const before = text.slice(lineStart, d.start);
    const after = text.slice(d.end, d.end + 4);
    const nl = text.indexOf('\n', d.end);
    const lineRest = text.slice(d.end, nl === -1 ? text.length : nl).trim();
    const stamp = /^\s*(?:date|dated|published|updated)?[:\s]*$/i.test(before) && (lineRest === '' || /^[\s\p{Pd}|]/u.test(after) || /^\s/.test(after));
    const dashLead = /^[A-Z][A-Za-z .,'-]{0,40},?\s*$/.test(before) && /^\s*[\p{Pd}]/u.test(after);
    if (stamp && (/\bdate/i.test(before) || lineRest === '' || /^\s*[\p{Pd}|]/u.test(after)) || dashLead) {
      return { date: d.date, line: text.slice(lineStart, d.end).trim() };
    }
  }
  return null;
}

export function inferPublished(text: string): InferredDate | null {
  const dates = findExplicitDates(text);
  if (dates.length === 0) return null;
  const dateline = findDateline(text, dates);
  if (dateline) return { published: dateline.date, from: dateline.line, reason: 'dateline at the start of the text' };
  const latest = dates.reduce((a, b) => (b.date > a.date ? b : a));
  return { published: latest.date, from: latest.text, reason: 'latest explicit date in the text' };
}
