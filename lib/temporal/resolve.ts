/**
 * Resolution: turns a rule match into a TIMEX3 value, interval and reason. Calendar arithmetic
 * uses date-fns on local-midnight Dates (only calendar fields are read, so the process zone is irrelevant);
 * day steps are plain Date field arithmetic (the same result on local-midnight Dates, without date-fns' copies).
 */
import { addMonths, addYears, differenceInCalendarDays } from 'date-fns';
import type { Dct } from './dct';
import { pad2 } from './dct';
import type { Rule } from './rules/patterns';
import { AHEAD_OF_BEFORE, DATA_FOR_BEFORE, DATE_AFTER_CLOCK, ORDERED_BY_BEFORE, DEFERRAL_BEFORE, DEFERRAL_PREP_BEFORE, PAST_PERFECT_DEFERRAL_BEFORE, PRESENT_SCHEDULE_BEFORE, RATE_BEFORE, RATE_NOT_AFTER, SCHEDULED_FOR_BEFORE, UNTIL_BEFORE, WARNING_FOR_BEFORE } from './rules/patterns';
import {
  CENTURY_ORDINALS, DURATION_MODS, MONTH_ABBREVIATIONS, MONTH_NAMES, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PART_WORDS, SEASONS, UNITS, WEEKDAY_ORDINALS,
  DATES_NAMED_BY_EVENT, HALF_UNIT_VALUES, SCHEDULED_EVENT_NOUNS, SPORT_EVENT_NOUNS, VAGUE_WORDS, WEEKDAY_NAMES, WEEKDAY_NUMBERS,
} from './rules/words';
import type { UnitInfo } from './rules/words';
import { sentenceEndsBetween, type Tense } from './tense';
import type { Granularity, Timex, TimexAnchor, TimexMod, TimexType } from './types';

/** What a rule match resolves to: the Timex fields that do not come from the match itself. */
export type Resolved = Pick<Timex, 'type' | 'value' | 'mod' | 'granularity' | 'interval' | 'anchor' | 'reason'>;

export interface ResolveContext {
  text: string;
  start: number;
  end: number;
  groups: Readonly<Record<string, string | undefined>>;
  dct: Dct | undefined;
  tense: () => Tense;
  previous: readonly Timex[];
}


// ---- formatting -------------------------------------------------------------------------------

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date; same as date-fns getISODay without its copy. */
const getISODay = (d: Date): number => d.getDay() || 7;
/** Local-midnight day steps (date-fns addDays/addWeeks/startOfISOWeek give the same dates here). */
const addDays = (d: Date, n: number): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
const addWeeks = (d: Date, n: number): Date => addDays(d, n * 7);
const startOfISOWeek = (d: Date): Date => addDays(d, 1 - getISODay(d));
const WD = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const fmt = (d: Date): string => `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
const human = (d: Date): string => `${WD[getISODay(d)]} ${d.getDate()} ${MON[d.getMonth()]} ${d.getFullYear()}`;
const ymd = (y: number, m: number, d: number): Date => new Date(y, m - 1, d);
// Calendar arithmetic on numbers for the values written for every expression (a local Date costs ~5 times as much
// to make and format). Only years Date's constructor reads as written: it reads 0-99 as 1900-1999.
const plainYear = (y: number): boolean => Number.isInteger(y) && y >= 100 && y <= 9999;
const isLeap = (y: number): boolean => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number): number => (m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
/** fmt(ymd(y, m, 1)) (exported for its test). */
export function firstOfMonth(y: number, m: number): string {
  return plainYear(y) && m >= 1 && m <= 12 ? `${y}-${pad2(m)}-01` : fmt(ymd(y, m, 1));
}
/** fmt(addDays(d, 1)) (exported for its test). */
export function dayAfter(d: Date): string {
  const y = d.getFullYear();
  if (!plainYear(y)) return fmt(addDays(d, 1));
  const m = d.getMonth() + 1;
  const next = d.getDate() + 1;
  if (next <= daysInMonth(y, m)) return `${y}-${pad2(m)}-${pad2(next)}`;
  return m < 12 ? `${y}-${pad2(m + 1)}-01` : firstOfMonth(y + 1, 1);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (plain integers: no Date, so also for years 0-99). */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
/**
 * ISO week of a local date, "2023-W42": the year of the week's Thursday and the week that Thursday falls in (what
 * date-fns getISOWeekYear/getISOWeek give, without the Dates they build: this runs for every week and weekend).
 */
export function weekValue(d: Date): string {
  const y = d.getFullYear();
  const thursday = dayNumber(y, d.getMonth() + 1, d.getDate()) + 4 - getISODay(d);
  // The Thursday's year is the date's year, or the one before or after when the week straddles New Year.
  const year = thursday < dayNumber(y, 1, 1) ? y - 1 : thursday >= dayNumber(y + 1, 1, 1) ? y + 1 : y;
  return `${year}-W${pad2(Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1)}`;
}

/** After a quarter, the figures reported for it ("fourth-quarter earnings", "the third quarter's GDP figures"). */
const QUARTER_RESULTS_AFTER = /^(?:['’]s)?\s+(?:(?:financial|operating|net|trading|sales|earnings|revenue|profit)\s+)?(?:results|earnings|profits?|losses|loss|revenues?|sales|figures|numbers|GDP|growth|report)\b/i;
/** How near ahead a holiday is still the one a past-tense clause means (see holiday). */
const IMMINENT_HOLIDAY_DAYS = 21;
const pub = (dct: Dct): TimexAnchor => ({ kind: 'publication', value: dct.iso });
const NONE: TimexAnchor = { kind: 'none' };
const UNRESOLVED: TimexAnchor = { kind: 'unresolved' };

function date(type: TimexType, value: string, granularity: Granularity, from: Date, to: Date, anchor: TimexAnchor, reason: string, mod: TimexMod | null = null): Resolved {
  return span(type, value, granularity, fmt(from), fmt(to), anchor, reason, mod);
}
/** date() with the interval's ends already written (YYYY-MM-DD). */
function span(type: TimexType, value: string, granularity: Granularity, start: string, end: string, anchor: TimexAnchor, reason: string, mod: TimexMod | null = null): Resolved {
  return { type, value, mod, granularity, interval: { start, end }, anchor, reason };
}
/** A value with no interval: found, but what it points at cannot be placed; `reason` says why. */
function leftOpen(type: TimexType, value: string, reason: string, anchor: TimexAnchor = UNRESOLVED, mod: TimexMod | null = null): Resolved {
  return { type, value, mod, granularity: 'vague', interval: null, anchor, reason };
}
function unresolved(type: TimexType, value: string, reason: string, mod: TimexMod | null = null): Resolved {
  return leftOpen(type, value, `${reason}; no publication date → unresolved`, UNRESOLVED, mod);
}

const dayT = (d: Date, anchor: TimexAnchor, reason: string): Resolved => {
  const day = fmt(d);
  return span('DATE', day, 'day', day, dayAfter(d), anchor, reason);
};
// (The month after: the same date as date-fns addMonths of the first, without its copies.)
const monthT = (y: number, m: number, anchor: TimexAnchor, reason: string, mod: TimexMod | null = null): Resolved =>
  withPart(span('DATE', `${y}-${pad2(m)}`, 'month', firstOfMonth(y, m), firstOfMonth(y, m + 1), anchor, reason), mod);
const yearT = (y: number, anchor: TimexAnchor, reason: string, mod: TimexMod | null = null): Resolved =>
  withPart(span('DATE', String(y), 'year', firstOfMonth(y, 1), firstOfMonth(y + 1, 1), anchor, reason), mod);
const weekT = (monday: Date, anchor: TimexAnchor, reason: string): Resolved =>
  date('DATE', weekValue(monday), 'week', monday, addDays(monday, 7), anchor, reason);

/** START/MID/END narrow the interval to the first/middle/last third (months by day 1-10/11-20/21-end). */
function withPart(r: Resolved, mod: TimexMod | null): Resolved {
  if (!mod) return r.mod === null ? r : { ...r, mod };
  if (!r.interval) return { ...r, mod };
  if (r.granularity === 'day') {
    // "early Saturday": the small hours and morning; "late Friday": the evening and night (news usage).
    const day = r.interval.start;
    if (mod === 'START') return { ...r, mod, interval: { start: `${day}T00:00`, end: `${day}T12:00` } };
    if (mod === 'END') return { ...r, mod, interval: { start: `${day}T17:00`, end: `${r.interval.end}T00:00` } };
  }
  if (r.interval.start.includes('T')) return { ...r, mod };
  const from = new Date(r.interval.start + 'T00:00:00');
  const to = new Date(r.interval.end + 'T00:00:00');
  let a = from;
  let b = to;
  if (r.granularity === 'month') {
    if (mod === 'START') b = addDays(from, 10);
    else if (mod === 'MID') { a = addDays(from, 10); b = addDays(from, 20); }
    else if (mod === 'END') a = addDays(from, 20);
  } else if (r.granularity === 'year') {
    if (mod === 'START') b = addMonths(from, 4);
    else if (mod === 'MID') { a = addMonths(from, 4); b = addMonths(from, 8); }
    else if (mod === 'END') a = addMonths(from, 8);
  } else if (r.granularity === 'week') {
    if (mod === 'START') b = addDays(from, 2);
    else if (mod === 'MID') { a = addDays(from, 2); b = addDays(from, 4); }
    else if (mod === 'END') a = addDays(from, 4);
  } else if (r.granularity === 'decade') {
    if (mod === 'START') b = addYears(from, 4);
    else if (mod === 'MID') { a = addYears(from, 3); b = addYears(from, 7); }
    else if (mod === 'END') a = addYears(from, 7);
  }
  return { ...r, mod, interval: { start: fmt(a), end: fmt(b) } };
}

// ---- word readers -----------------------------------------------------------------------------

/** Month numbers by lower-case name (a map: monthNumber runs for every month name matched). */
const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((m, i) => [m.toLowerCase(), i + 1]));
const DIGITS = /^\d+$/;
/** Without one final period ("Oct." → "Oct"). */
const withoutPeriod = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

export function monthNumber(word: string): number {
  const w = withoutPeriod(word.toLowerCase());
  if (DIGITS.test(w)) return Number(w);
  return MONTH_BY_NAME.get(w) ?? (MONTH_ABBREVIATIONS[w] ?? 0);
}
const weekdayNumber = (word: string): number => WEEKDAY_NUMBERS[withoutPeriod(word.toLowerCase())] ?? 0;
/** TIMEX3 duration value of n units (NaN: an unknown number, "X"): "P3D", "PT2H", "P10Y" for a decade, "PXDE" for decades. */
function durationValue(info: UnitInfo, n: number): string {
  const t = info.time ? 'T' : '';
  if (Number.isNaN(n)) return `P${t}X${info.code}`;
  return info.counted ? `P${t}${n * info.counted.factor}${info.counted.code}` : `P${t}${n}${info.code}`;
}

/** An ISO 8601 duration part: Y, M, D before the T; TH, TM, TS after it. */
type IsoPartKey = 'Y' | 'M' | 'D' | 'TH' | 'TM' | 'TS';

/** "two hours" → 2 TH; weeks become days and decades and centuries years, so that two parts can be added up. */
function isoPart(num: string | undefined, unit: string | undefined): { n: number; key: IsoPartKey } | null {
  const name = unitName(unit ?? '');
  const n = count(num);
  if (Number.isNaN(n)) return null;
  switch (name) {
    case 'second': return { n, key: 'TS' };
    case 'minute': return { n, key: 'TM' };
    case 'hour': return { n, key: 'TH' };
    case 'day': return { n, key: 'D' };
    case 'week': return { n: n * 7, key: 'D' };
    case 'fortnight': return { n: n * 14, key: 'D' };
    case 'month': return { n, key: 'M' };
    case 'year': return { n, key: 'Y' };
    case 'decade': return { n: n * 10, key: 'Y' };
    case 'century': return { n: n * 100, key: 'Y' };
    default: return null;
  }
}

/** n and a half units: the half in the next smaller unit where it is whole ("two and a half hours" PT2H30M), else a decimal. */
function halfDurationValue(info: UnitInfo, n: number): string {
  const whole = durationValue(info, n);
  if (info.counted) return durationValue(info, n + 0.5);
  const smaller: Readonly<Record<string, string>> = { Y: '6M', D: 'T12H', H: '30M', M: info.time ? '30S' : '' };
  const half = smaller[info.code];
  return half ? `${whole}${half}` : `P${info.time ? 'T' : ''}${n}.5${info.code}`;
}

/** A count word or number; NaN for fuzzy counts ("several"). */
function count(word: string | undefined): number {
  if (word === undefined) return 1;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ''));
  return NUMBER_WORDS[w] ?? compoundCount(w);
}
/** "seventy-five" 75, "two hundred and twenty" 220; NaN if a word is no count ("a few"). */
function compoundCount(w: string): number {
  let n = 0;
  for (const part of w.split(/[\s-]+/)) {
    if (part === 'and') continue;
    if (part === 'hundred') { n = (n || 1) * 100; continue; }
    const v = NUMBER_WORDS[part];
    if (v === undefined) return Number.NaN;
    n += v;
  }
  return n;
}
const unitName = (u: string): string => {
  const lower = u.toLowerCase();
  const w = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  return w === 'centurie' ? 'century' : w;
};
const partMod = (w: string | undefined): TimexMod | null => (w ? (PART_WORDS[w.toLowerCase()] ?? null) : null);

// ---- calendar choices -------------------------------------------------------------------------

/** Of the weekday on or before and on or after the DCT, the nearer (ties go back). */
function nearerWeekday(dct: Date, iso: number): 'onOrBefore' | 'onOrAfter' {
  const back = (getISODay(dct) - iso + 7) % 7;
  return 7 - back < back ? 'onOrAfter' : 'onOrBefore';
}

/** Days from the publication day of "yesterday" (-1), "tomorrow" (1), "today"/"tonight" (0). */
const dayOffset = (word: string): number => (word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);

/** Weekday relative to the DCT: 'before'/'after' are strict, the OrSame forms include the DCT. */
function weekdayFrom(dct: Date, iso: number, dir: 'before' | 'after' | 'onOrBefore' | 'onOrAfter' | 'thisWeek'): Date {
  const today = getISODay(dct);
  switch (dir) {
    case 'onOrBefore': return addDays(dct, -((today - iso + 7) % 7));
    case 'before': return addDays(dct, -(((today - iso + 7) % 7) || 7));
    case 'onOrAfter': return addDays(dct, (iso - today + 7) % 7);
    case 'after': return addDays(dct, ((iso - today + 7) % 7) || 7);
    case 'thisWeek': return addDays(startOfISOWeek(dct), iso - 1);
  }
}

/** Year for a month(/day) without one: past → on or before the DCT, future → on or after, else nearest. */
function inferYear(dct: Dct, month: number, day: number | undefined, tense: Tense): number {
  const key = month * 100 + (day ?? 0);
  const now = dct.month * 100 + (day === undefined ? 0 : dct.day);
  // In a past clause a date still to come this year is last year's, however close: famous dates are written
  // without their year ("on Oct. 8, a day after the Hamas attack" in a late-September article is last October).
  // A day later in the publication's own month is this month's (court dates, deadlines: "ordered him back in court March
  // 23" on March 9), as HeidelTime compares months only.
  if (tense === 'past') return key <= now || (day !== undefined && month === dct.month) ? dct.year : dct.year - 1;
  if (tense === 'future') return key >= now ? dct.year : dct.year + 1;
  const diff = month - dct.month;
  return diff > 6 ? dct.year - 1 : diff < -6 ? dct.year + 1 : dct.year;
}

/** The clause tense, except that a deferral ("postponed until Saturday") points forward whatever the verb's tense. */
function tenseOf(c: ResolveContext): Tense {
  // (Asked again, only the short checks below run again: the context keeps the tense reader's answer.)
  return clauseTenseOf(c);
}

/** A present perfect as the last verb before the expression ("has cancelled all sailings on"; not "has said the ship sank on"). */
const PRESENT_PERFECT_LAST_BEFORE = /\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|t)\b(?:(?!\b(?:was|were|did|\w+ed)\b)[^.;!?])*$/i;
/** A present perfect in the clause before the expression (no sentence or clause end after it). */
const PRESENT_PERFECT_BEFORE = /\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en|t)\b[^.;!?]*$/i;

function clauseTenseOf(c: ResolveContext): Tense {
  const near = c.text.slice(Math.max(0, c.start - 24), c.start);
  // ("adjourned the hearing of the corruption reference against the former minister till October 9": the object may be long.)
  const before = c.text.slice(Math.max(0, c.start - 100), c.start);
  const deferred = DEFERRAL_PREP_BEFORE.test(near.slice(-18)) && DEFERRAL_BEFORE.test(before) && !PAST_PERFECT_DEFERRAL_BEFORE.test(before);
  if (deferred) return 'future';
  // A possessive is a modifier, not the copula's complement ("are investigating Saturday's attack").
  if (PRESENT_SCHEDULE_BEFORE.test(near) && !POSSESSIVE_AFTER.test(c.text.slice(c.end, c.end + 2))) return 'future';
  // (The end-anchored patterns below are tried at every position: run them only when their key word is there.)
  if (HAS_FOR.test(near)) {
    if (SCHEDULED_FOR_BEFORE.test(near)) return 'future';
    // "named a squad on Sunday for Friday's qualifier": what is prepared for is ahead.
    if (c.groups.weekday && /\bfor\s+$/i.test(near) && SCHEDULED_EVENT_AFTER.test(c.text.slice(c.end, c.end + 48))) return 'future';
    // "The figures for January will be published next month": the period a release measures is behind it.
    if (DATA_FOR_BEFORE.test(near)) return 'past';
  }
  if (HAS_WARNING_WORD.test(before) && WARNING_FOR_BEFORE.test(before)) return 'future';
  // "hired a new chief executive, effective April 1": the date a change takes effect is ahead.
  if (HAS_EFFECTIVE.test(near) && EFFECTIVE_BEFORE.test(near)) return 'future';
  if (HAS_BY.test(near) && ORDERED_BY_BEFORE.test(c.text.slice(Math.max(0, c.start - 100), c.start))) return 'future';
  // "ahead of Sunday's runoff": a weekday ahead is the coming one; a date is the nearest one (a past narrative may tell
  // what happened ahead of a date already gone).
  if (HAS_AHEAD.test(near) && AHEAD_OF_BEFORE.test(near)) return c.groups.weekday ? 'future' : 'unknown';
  const t = c.tense();
  // ("from March 1 through March 5" ends a range: its end follows the start, not the "through".)
  // A weekday with a present perfect ("has cancelled all sailings on Saturday"): edited English dates no finished event
  // that way, so the day is the object's (often ahead), and tells no tense.
  // So does a day of the month without its year ("The Election Commission has fixed April 13 for polling"); "since
  // Tuesday" is where a present perfect's span starts, a day gone.
  const namesItsDay = c.groups.weekday !== undefined || (c.groups.month !== undefined && c.groups.day !== undefined && c.groups.year === undefined);
  if (t === 'past' && namesItsDay && !UNTIL_BEFORE.test(near) && !SINCE_BEFORE.test(near) && PRESENT_PERFECT_LAST_BEFORE.test(c.text.slice(Math.max(0, c.start - 90), c.start))) return 'unknown';
  if (t === 'future' || !UNTIL_BEFORE.test(near) || RANGE_FROM_BEFORE.test(c.text.slice(Math.max(0, c.start - 40), c.start))) return t;
  // "until Monday" after no tense, or after a present perfect ("classes have been suspended until Monday", "Ryanair has
  // cancelled all flights until Monday"): a state lasting into the days ahead.
  return t === 'unknown' || PRESENT_PERFECT_BEFORE.test(c.text.slice(Math.max(0, c.start - 90), c.start)) ? 'future' : t;
}
const SINCE_BEFORE = /\bsince\s+$/i;
/** Cheap first test for WARNING_FOR_BEFORE (end-anchored, tried at every position). */
const HAS_WARNING_WORD = /valid|force|effect|warn/i;
const HAS_FOR = /for\s/i;
const HAS_EFFECTIVE = /effective/i;
const HAS_BY = /by\s/i;
const HAS_AHEAD = /ahead/i;
const EFFECTIVE_BEFORE = /\beffective\s+(?:(?:on|from|as\s+of)\s+)?$/i;
const RANGE_FROM_BEFORE = /\b(?:from|between)\b[^.;!?]*$/i;
const POSSESSIVE_AFTER = /^['’]s?/;

const tenseWord = (t: Tense): string => (t === 'future' ? 'a future-tense' : t === 'past' ? 'a past-tense' : 'an untensed');

/**
 * Which way the clause's tense moves a span placed in the publication's year (or month): -1 when a past clause names
 * one still to come ("peaked by the end of the year" in March), 1 when a future clause names one gone by, else 0.
 */
function tenseStep(c: ResolveContext, interval: { start: string; end: string }): -1 | 0 | 1 {
  if (!c.dct) return 0;
  const t = tenseOf(c);
  if (t === 'past' && interval.start > c.dct.iso) return -1;
  if (t === 'future' && interval.end <= c.dct.iso) return 1;
  return 0;
}

// ---- resolvers by kind ------------------------------------------------------------------------

type Resolver = (c: ResolveContext, rule: Rule) => Resolved;

const quote = (c: ResolveContext): string => `'${c.text.slice(c.start, c.end)}'`;
const ofArticle = (dct: Dct): string => `in an article of ${human(dct.date)}`;

// ---- ranges and narratives --------------------------------------------------------------------

/** Words that join the two ends of a range: "from Monday to Friday", "between March and May", "March-May". */
const RANGE_JOIN = /^\s*(?:to|through|thru|until|till|and|[-–])\s*$/i;
const RANGE_OPEN = /\b(?:from|between)\s+$/i;
// Sticky, run at the expression's end on the whole text (fails at once unless a joining word follows).
const RANGE_NEXT = (names: readonly string[]): RegExp => new RegExp(`\\s*(?:to|through|thru|until|till|and|[-–])\\s*(${names.join('|')})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'y');
const NEXT_MONTH = RANGE_NEXT(MONTH_NAMES);
const NEXT_WEEKDAY = RANGE_NEXT(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const opensRange = (c: ResolveContext, start: number): boolean => RANGE_OPEN.test(c.text.slice(Math.max(0, start - 12), start));

/** The start of a range this expression ends ("from Monday to <Friday>", "March-<May>"), when it has that granularity. */
function rangeStartBefore(c: ResolveContext, granularity: Granularity): Timex | undefined {
  const prev = c.previous[c.previous.length - 1];
  if (!prev || c.start - prev.end > 12 || prev.granularity !== granularity || !prev.interval) return undefined;
  const between = c.text.slice(prev.end, c.start);
  if (!RANGE_JOIN.test(between)) return undefined;
  return /[-–]/.test(between) || opensRange(c, prev.start) ? prev : undefined;
}

/** The end of a range this expression starts ("between <March> and May"): the end's name, when it has one. */
function rangeEndAfter(c: ResolveContext, next: RegExp): { name: string; year?: string } | undefined {
  next.lastIndex = c.end;
  const m = next.exec(c.text);
  return m?.[1] && (/[-–]/.test(m[0]) || opensRange(c, c.start)) ? { name: m[1], year: m[2] } : undefined;
}

/**
 * "He was elected in November 2016 and took office in January": in a past-tense sentence, a month (day) without a
 * year right after a dated month or day of the same sentence follows it (the first such month on or after it).
 */
function narrativeYear(c: ResolveContext, month: number, day: number, tense: Tense): { y: number; prev: Timex; index: number } | undefined {
  const index = c.previous.length - 1;
  const prev = c.previous[index];
  // An absolute date sets the year of a past narrative; one whose year was itself inferred (from the publication
  // date) sets it for the dates that follow it in its sentence ("an election for June 30, with a second round on July 7").
  // (Only a written date: a weekday placed from the publication day says nothing of the order of the dates after it.)
  const inferred = prev?.anchor.kind === 'publication' && prev.rule.startsWith('date-');
  if (!prev || c.start - prev.end > 150 || !(prev.anchor.kind === 'none' || inferred) || (prev.granularity !== 'month' && prev.granularity !== 'day') || (tense !== 'past' && !inferred)) return undefined;
  if (inferred && !/^\d{4}-\d\d/.test(prev.value)) return undefined;
  const between = c.text.slice(prev.end, c.start);
  if ( /[.!?;\n]\s/.test(between) || /\b(?:since|by|until)\s*$/i.test(c.text.slice(Math.max(0, prev.start - 8), prev.start))) return undefined;
  const py = Number(prev.value.slice(0, 4));
  const pm = Number(prev.value.slice(5, 7));
  const pd = prev.granularity === 'day' ? Number(prev.value.slice(8, 10)) : 0;
  const onOrAfter = month * 100 + day >= pm * 100 + pd;
  // An inferred year carries forward only: "fired in July" after "told CNN in August" need not be next July.
  if (inferred && !onOrAfter) return undefined;
  // A day up to two months before the date just written is that year's ("began firing on Oct. 8, 2023, following its
  // Oct. 7 attack"), not the next year's ("on Dec. 28, 2023 … on Jan. 3").
  const shortlyBefore = !onOrAfter && (pm * 100 + pd) - (month * 100 + day) <= 200;
  const y = onOrAfter || shortlyBefore ? py : py + 1;
  // A past narrative does not run past the publication date ("a notice dated 8/24/2024 … sold between March and July"
  // in a September article: the months before the notice, not the next year's).
  if (!inferred && tense === 'past' && c.dct && ymd(y, month, Math.max(day, 1)) > c.dct.date) return undefined;
  return { y, prev, index };
}

/**
 * "… on Saturday evening. The gunman fired at 6:11 p.m.": a clock time in a past-tense sentence with no day of its
 * own is on the day of the previous sentence's date, when that date is a recent one (the week up to publication);
 * in a future or untensed sentence, when that date is in the week after publication.
 */
/** An expression of a day or a time of day (what a clock time or dawn can take its day from). */
const namesADayGranularity = (g: Granularity): boolean => g === 'day' || g === 'part-of-day' || g === 'hour' || g === 'minute';
const namesADay = (t: Timex): boolean => namesADayGranularity(t.granularity);

const ARTICLE_BEFORE = /\b(?:an?|the)\s+$/i;
/** A noun right after (not a preposition, conjunction or adverb that would make the date the clause's time). */
const NOUN_AFTER = /^\s+(?!(?:at|on|in|to|and|or|of|after|before|when|that|which|with|for|by|from|until|as|last|this|next)\b)[a-z]{3,}\b/;
/** A date used as a noun's modifier ("an April 1 strike", "the March 15 deadline"). */
function isAttributive(text: string, t: Timex): boolean {
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, t.start - 5), t.start)) && NOUN_AFTER.test(text.slice(t.end, t.end + 24));
}
/** A clock time (or a time of day down to the hour). */
const isClock = (t: Timex): boolean => t.granularity === 'minute' || t.granularity === 'hour';
/** Whether previous[i] is a clock time, or the date written right after one ("10pm on 14 September"). */
function endsAClock(previous: readonly Timex[], i: number): boolean {
  const t = previous[i]!;
  if (isClock(t)) return true;
  const clock = previous[i - 1];
  return clock !== undefined && isClock(clock) && t.start - clock.end <= 5 && clock.value.slice(0, 10) === t.value.slice(0, 10);
}
function storyDay(c: ResolveContext): { date: Date; prev: Timex } | undefined {
  // The latest expression of a day or a time of day ("Voters go to the polls on Sunday, the first election since
  // 2019. Polls open at 7 a.m.": Sunday, not 2019).
  if (!c.dct) return undefined;
  const t = tenseOf(c);
  let latest: { date: Date; prev: Timex } | undefined;
  for (let i = c.previous.length - 1; i >= 0; i--) {
    const prev = c.previous[i]!;
    // ("Rain had lashed the area since Sunday": the start of a span, not the day the story is at.)
    if (!namesADay(prev) || !prev.interval || /\bsince\s+$/i.test(c.text.slice(Math.max(0, prev.start - 7), prev.start))) continue;
    // ("retaliation for an April 1 strike. The airport reopened at 7:30 a.m.": in a past clause a date naming an event is
    // no story day; a schedule may be that event's: "on the eve of the Nov. 2 vote. Polls open at 6 a.m.")
    if (t === 'past' && isAttributive(c.text, prev)) continue;
    // The sentence before, not further: at most one sentence end between them.
    if (c.start - prev.end > 300 || sentenceEndsBetween(c.text, prev.end, c.start) > 1) break;
    const date = new Date(`${prev.interval.start.slice(0, 10)}T00:00:00`);
    const back = (c.dct.date.getTime() - date.getTime()) / 86_400_000;
    // A past clause tells of the week before publication, or of a day of these months written without its year (the
    // story's own: "stolen on 30 March. Footage showed the thief … at 3:15 a.m.", not "founded on March 3, 1999"); a
    // schedule ("Voters go to the polls on Sunday. Polls open at 7 a.m.") of the week after it.
    const storyAge = prev.anchor.kind === 'publication' ? 92 : 7;
    // A clock time after a clock time (with its date: "10pm on 14 September") is the chronology of one night, however
    // long ago ("… at 10pm on 14 September. … at 11.05pm …", told at a trial months later).
    const fits = t === 'past' ? back >= 0 && (back <= storyAge || endsAClock(c.previous, i)) : back <= 0 && back >= -7;
    if (latest === undefined) {
      // A schedule passes over a date of another time ("on the eve of the Nov. 2 vote, the first election since the
      // Sept. 11 attacks. Polls open at 6 a.m.": Nov. 2); a past clause does not ("founded on March 3, 1999. … at 3:15
      // a.m." is no day of 1999).
      if (!fits && t !== 'past' && Math.abs(back) > 31) continue;
      if (!fits) return undefined;
      latest = { date, prev };
      if (t === 'past' || back < 0) return latest;
    } else if (fits && back < 0) {
      // A schedule is on the coming day it names, not the day it was reported on ("The bank will decide on Wednesday,
      // a poll showed on Sunday. The decision will be announced at 2 p.m.": Wednesday).
      return { date, prev };
    }
  }
  return latest;
}

/** The nearest earlier day-level expression when it lies in the same sentence (no sentence end between). */
function sameSentenceDay(c: ResolveContext): { date: Date; prev: Timex } | undefined {
  const prev = c.previous[c.previous.length - 1];
  if (!prev || !prev.interval || c.start - prev.end > 200 || (prev.granularity !== 'day' && prev.granularity !== 'part-of-day')) return undefined;
  if (sentenceEndsBetween(c.text, prev.end, c.start) > 0) return undefined;
  return { date: new Date(prev.interval.start.slice(0, 10) + 'T00:00:00'), prev };
}

/** A morning clock time after a night ("overnight … 08:15", "Friday night … at 3 a.m."): the day after that night. */
function morningAfterNight(day: { date: Date; prev: Timex }, hour: number): Date {
  return hour < 12 && day.prev.value.endsWith('TNI') ? addDays(day.date, 1) : day.date;
}

/** The expression opens its line and a colon or dash follows ("08:15 GMT: …", "- 9:41 a.m. — …"): a time stamp. */
function isLineTimestamp(c: ResolveContext): boolean {
  let i = c.start;
  while (i > 0 && c.text.charCodeAt(i - 1) !== 10 && /[\s•*·\-–—]/.test(c.text[i - 1]!)) i--;
  if (i > 0 && c.text.charCodeAt(i - 1) !== 10) return false;
  return /^\s*[:–—-]\s/.test(c.text.slice(c.end, c.end + 4));
}

// ---- holidays ---------------------------------------------------------------------------------

/** Easter Sunday (Gregorian, anonymous algorithm). */
function easter(y: number): Date {
  const a = y % 19; const b = Math.floor(y / 100); const c = y % 100; const d = Math.floor(b / 4); const e = b % 4;
  const f = Math.floor((b + 8) / 25); const g = Math.floor((b - f + 1) / 3); const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4); const k = c % 4; const l = (32 + 2 * e + 2 * i - h - k) % 7; const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return ymd(y, Math.floor(n / 31), (n % 31) + 1);
}
/** The nth (1-based) ISO weekday of a month; n = -1 for the last one. */
function nthWeekday(y: number, m: number, iso: number, n: number): Date {
  if (n < 0) { const last = ymd(y, m + 1, 0); return addDays(last, -((getISODay(last) - iso + 7) % 7)); }
  const first = ymd(y, m, 1);
  return addDays(first, (iso - getISODay(first) + 7) % 7 + (n - 1) * 7);
}
const HOLIDAYS: Readonly<Record<string, (y: number) => Date>> = {
  'christmas day': (y) => ymd(y, 12, 25), christmas: (y) => ymd(y, 12, 25), 'christmas eve': (y) => ymd(y, 12, 24),
  "new year's day": (y) => ymd(y, 1, 1), "new year's": (y) => ymd(y, 1, 1), "new year's eve": (y) => ymd(y, 12, 31),
  "valentine's day": (y) => ymd(y, 2, 14), "st patrick's day": (y) => ymd(y, 3, 17), "saint patrick's day": (y) => ymd(y, 3, 17),
  'boxing day': (y) => ymd(y, 12, 26), 'bastille day': (y) => ymd(y, 7, 14), 'armistice day': (y) => ymd(y, 11, 11),
  'veterans day': (y) => ymd(y, 11, 11), 'remembrance day': (y) => ymd(y, 11, 11), halloween: (y) => ymd(y, 10, 31),
  'fourth of july': (y) => ymd(y, 7, 4), 'july fourth': (y) => ymd(y, 7, 4),
  easter: easter, 'easter sunday': easter, 'easter monday': (y) => addDays(easter(y), 1), 'good friday': (y) => addDays(easter(y), -2),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4), 'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  // The Friday after (US) Thanksgiving and the Monday after that: shopping days named in business news.
  'black friday': (y) => addDays(nthWeekday(y, 11, 4, 4), 1), 'cyber monday': (y) => addDays(nthWeekday(y, 11, 4, 4), 4),
  // US general elections: the Tuesday after the first Monday of November.
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1), 'labour day': (y) => nthWeekday(y, 9, 1, 1), 'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  // A US federal holiday since 2021 (named, and marked, long before).
  juneteenth: (y) => ymd(y, 6, 19),
};

/** "Jan. 5-7, 2025": the year written after a day range's second day (sticky, run at the expression's end). */
const RANGE_YEAR_AFTER = /[-–]\d{1,2}(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b/y;
function rangeYearAfter(c: ResolveContext): string | undefined {
  RANGE_YEAR_AFTER.lastIndex = c.end;
  return RANGE_YEAR_AFTER.exec(c.text)?.[1];
}

/**
 * A two-digit year in the century that puts it nearest the publication year (no later than 10 years after it);
 * without a publication date, 00-68 are 2000-2068 and 69-99 are 1969-1999 (the POSIX rule).
 */
function fullYear(yy: number, dct: Dct | undefined): string {
  if (!dct) return String(yy <= 68 ? 2000 + yy : 1900 + yy);
  const ref = dct.year;
  const base = Math.floor(ref / 100) * 100;
  const y = base + yy > ref + 10 ? base - 100 + yy : base + yy;
  return String(y);
}

function absDate(c: ResolveContext): Resolved {
  const g = c.groups;
  const month = monthNumber(g.month ?? '');
  const day = Number(g.day);
  const year = g.year ?? (g.yy !== undefined ? fullYear(Number(g.yy), c.dct) : rangeYearAfter(c));
  if (year) {
    const d = ymd(Number(year), month, day);
    if (d.getDate() !== day) return notACalendarDate(`${year}-${pad2(month)}-${pad2(day)}`, c);
    return dayT(d, NONE, `${quote(c)} is an absolute date${g.year ? '' : ` (year of the range end ${year})`} → ${human(d)}`);
  }
  if (!c.dct) return unresolved('DATE', `XXXX-${pad2(month)}-${pad2(day)}`, `${quote(c)} has no year`);
  const dct = c.dct;
  const clock = clockJustBefore(c, month, day);
  if (clock) {
    // "at 9 a.m. on March 5": the clock time already placed this date (DATE_AFTER_CLOCK); both read the same day.
    const d = ymd(Number(clock.value.slice(0, 4)), month, day);
    return dayT(d, { kind: 'timex', value: clock.value, index: c.previous.length - 1 }, `${quote(c)} is the day of '${clock.text}' just before it → ${human(d)}`);
  }
  const named = DATES_NAMED_BY_EVENT.find((e) => e.month === month && e.day === day && namedByEvent(c, e.nouns));
  if (named) {
    const d = ymd(named.year, month, day);
    return dayT(d, NONE, `${quote(c)} names its event, which fixes the year → ${human(d)}`);
  }
  const wd = g.weekday ? weekdayNumber(g.weekday) : 0;
  let y: number;
  let why: string;
  if (wd) {
    // The weekday picks the year: the nearest year in which that date falls on that weekday.
    const ys = [dct.year, dct.year - 1, dct.year + 1].filter((yy) => getISODay(ymd(yy, month, day)) === wd);
    y = ys[0] ?? inferYear(dct, month, day, tenseOf(c));
    why = `the weekday fits ${y}`;
  } else {
    const t = tenseOf(c);
    const n = narrativeYear(c, month, day, t);
    if (n) {
      const d = ymd(n.y, month, day);
      return dayT(d, { kind: 'timex', value: n.prev.value, index: n.index }, `${quote(c)} without a year follows '${n.prev.text}' (${n.prev.value}) in its sentence → ${human(d)}`);
    }
    y = inferYear(dct, month, day, t);
    why = `${tenseWord(t)} sentence ${ofArticle(dct)}`;
  }
  const d = ymd(y, month, day);
  if (d.getDate() !== day) return notACalendarDate(`XXXX-${pad2(month)}-${pad2(day)}`, c);
  return dayT(d, pub(dct), `${quote(c)} without a year, ${why} → ${human(d)}`);
}

/** "the Sept. 11 attacks": one of the event's nouns right after the date. */
function namedByEvent(c: ResolveContext, nouns: readonly string[]): boolean {
  const after = c.text.slice(c.end, c.end + 32).toLowerCase();
  return nouns.some((n) => after.startsWith(` ${n}`) && !/[a-z]/.test(after.charAt(n.length + 1)));
}

/** The clock time right before this date ("at 9 a.m. on March 5") when it was resolved to that month and day. */
function clockJustBefore(c: ResolveContext, month: number, day: number): Timex | undefined {
  const prev = c.previous[c.previous.length - 1];
  if (!prev || prev.type !== 'TIME' || !prev.value.startsWith(`-${pad2(month)}-${pad2(day)}T`, 4) || !/^\d{4}/.test(prev.value)) return undefined;
  if (c.start - prev.end > 40) return undefined;
  const m = DATE_AFTER_CLOCK.exec(c.text.slice(prev.end, c.end));
  return m && prev.end + m[0].length === c.end ? prev : undefined;
}

/** Before a holiday, the time leading up to it: "the run-up to", "the lead-up to", "ahead of". */
const HOLIDAY_APPROACH_BEFORE = /\b(?:(?:run|lead|build)[- ]up\s+to|ahead\s+of)\s+(?:the\s+)?$/i;

/**
 * A holiday's day, or the period named after it: "the Easter weekend" (the weekend it falls on or next to, a Monday
 * holiday's the one before), "the Christmas holidays", "the Thanksgiving break" (about the day: TimeML mod APPROX).
 */
function holidayPeriod(d: Date, period: string | undefined, anchor: TimexAnchor, reason: string): Resolved {
  if (!period) return dayT(d, anchor, reason);
  if (period === 'weekend') {
    const monday = startOfISOWeek(getISODay(d) === 1 ? addDays(d, -1) : d);
    const sat = addDays(monday, 5);
    return date('DATE', `${weekValue(monday)}-WE`, 'weekend', sat, addDays(sat, 2), anchor, `${reason}: the weekend of ${human(sat)}`);
  }
  return { ...dayT(d, anchor, `${reason}: the ${period} around it`), mod: 'APPROX' };
}

/** "Feb. 30", "April 31, 2023": found (it reads as a date) but left unresolved rather than rolled into the next month. */
function notACalendarDate(value: string, c: ResolveContext): Resolved {
  return leftOpen('DATE', value, `${quote(c)} is not a calendar date → unresolved`);
}

/**
 * The day a date written with a clock time names ("noon April 15", DATE_AFTER_CLOCK's "at 8:30 p.m. on Oct. 9"): as
 * written with its year, else placed like any date without one (tense, narrative).
 */
function dateWrittenAfter(c: ResolveContext, month: string, day: string, year: string | undefined): Date | undefined {
  if (year) {
    const d = ymd(Number(year), monthNumber(month), Number(day));
    return d.getDate() === Number(day) ? d : undefined;
  }
  const r = absDate(withGroups(c, { month, day }));
  return r.interval ? new Date(`${r.interval.start.slice(0, 10)}T00:00:00`) : undefined;
}

/** Nouns of events set for a day ("vote", "summit", "race", "final"), as an alternation. */
const SCHEDULED_EVENTS = [...SCHEDULED_EVENT_NOUNS, ...SPORT_EVENT_NOUNS].join('|');
/**
 * After an untensed weekday, signs that it names an event that has happened: a possessive other than a scheduled event's
 * ("Police are investigating Saturday's attack", not "Sunday's race"), or a copula making it part of the subject ("The
 * attack on Saturday is the deadliest in years").
 */
const PAST_EVENT_NAMED_AFTER = new RegExp(`^(?:['’]s\\s+(?!(?:[\\w-]+\\s+){0,2}?(?:${SCHEDULED_EVENTS})s?\\b)|\\s+(?:is|are)\\b)`, 'i');
/** After a weekday, a possessive and the scheduled event it names ("Friday's World Cup qualifier"). */
const SCHEDULED_EVENT_AFTER = new RegExp(`^['’]s\\s+(?:[\\w-]+\\s+){0,3}?(?:${SCHEDULED_EVENTS})s?\\b`, 'i');

/** Right before a time, a deadline's preposition: "until midnight", "by midnight". */
const DEADLINE_BEFORE = /\b(?:until|till|by)\s+$/i;

/** A clock time, for the ranges below. */
const CLOCK_SHAPE = '(?:\\d{1,2}(?:[:.][0-5]\\d)?\\s*(?:[ap]\\.?\\s?m\\b\\.?|[AP]M\\b)|noon|midnight)';
/** "from 11 a.m. to 2 p.m. Thursday", "from 4pm to 10pm tomorrow": the day written at the end of the range. */
const CLOCK_RANGE_DAY_AFTER = new RegExp(`^\\s*(?:to|until|till|through|and|-|–)\\s*${CLOCK_SHAPE}\\s*(?:on\\s+)?(?:(?<weekday>${WEEKDAY_NAMES.join('|')})|(?<rday>today|tonight|tomorrow|yesterday))\\b`);
/** "from 9 p.m. Saturday until 5 a.m. Monday": the start of the range this clock time ends, when it named its day. */
function clockRangeStart(c: ResolveContext): { date: Date; prev: Timex } | undefined {
  const prev = c.previous[c.previous.length - 1];
  if (!prev || !prev.interval || !CLOCK_TIME_VALUE.test(prev.value) || !NAMED_DAY.test(prev.text)) return undefined;
  if (!/^\s*(?:to|until|till|through|-|–)\s*$/.test(c.text.slice(prev.end, c.start))) return undefined;
  return { date: new Date(`${prev.value.slice(0, 10)}T00:00:00`), prev };
}

/** "… (01:17 GMT) on Monday": a weekday after a clock time, with no sentence or clause break between. */
const WEEKDAY_SOON_AFTER = new RegExp(`^(?:(?!\\b(?:and|but|then|until|till|before|after|while)\\b)[^.!?;,\\n]){0,40}?\\bon\\s+(${WEEKDAY_NAMES.join('|')})\\b`);

/** The same expression read with other groups (a date inside "the evening of March 2", "the week of April 8"). */
const withGroups = (c: ResolveContext, groups: Record<string, string | undefined>): ResolveContext =>
  ({ text: c.text, start: c.start, end: c.end, groups, dct: c.dct, tense: () => c.tense(), previous: c.previous });

/** Units "N units ago" is counted in (other units leave it vague). */
const AGO_UNITS: readonly string[] = ['day', 'week', 'month', 'year', 'decade', 'fortnight'];

/** What a recurring adverb or unit ("daily", "every week", "each summer") recurs by. */
const SET_VALUES: Readonly<Record<string, string>> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'XXXX-XX-XXTNI', quarterly: 'P3M',
  day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', hour: 'PT1H', minute: 'PT1M', weekend: 'XXXX-WXX-WE',
  morning: 'XXXX-XX-XXTMO', afternoon: 'XXXX-XX-XXTAF', evening: 'XXXX-XX-XXTEV', night: 'XXXX-XX-XXTNI',
  spring: 'XXXX-SP', summer: 'XXXX-SU', autumn: 'XXXX-FA', fall: 'XXXX-FA', winter: 'XXXX-WI',
};

/** A count written "a" or "an" ("a week": a rate after a quantity, "twice a week"). */
const A_OR_AN = /^an?$/i;

const resolvers: Readonly<Record<Rule['kind'], Resolver>> = {
  isoDate(c) {
    const g = c.groups;
    const d = ymd(Number(g.year), Number(g.month), Number(g.day));
    if (g.hour !== undefined) {
      const v = `${fmt(d)}T${g.hour}:${g.minute}`;
      return { type: 'TIME', value: v, mod: null, granularity: 'minute', interval: { start: v, end: addMinute(v) }, anchor: NONE, reason: `${quote(c)} is an ISO date-time` };
    }
    return dayT(d, NONE, `${quote(c)} is an ISO date → ${human(d)}`);
  },
  absDate,
  monthOfRelYear(c) {
    const m = monthNumber(c.groups.month ?? '');
    const rel = (c.groups.rel ?? '').toLowerCase();
    if (!c.dct) return unresolved('DATE', `XXXX-${pad2(m)}`, `${quote(c)} is relative`);
    const y = c.dct.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    const day = c.groups.day ?? c.groups.day2;
    if (day) {
      const d = ymd(y, m, Number(day));
      if (d.getDate() !== Number(day)) return notACalendarDate(`${y}-${pad2(m)}-${pad2(Number(day))}`, c);
      return dayT(d, pub(c.dct), `${quote(c)}: that day of ${rel} year ${ofArticle(c.dct)} → ${human(d)}`);
    }
    return monthT(y, m, pub(c.dct), `${quote(c)}: ${MONTH_NAMES[m - 1]} of ${rel} year ${ofArticle(c.dct)} → ${MONTH_NAMES[m - 1]} ${y}`, partMod(c.groups.part));
  },
  weekdayOfRelWeek(c) {
    const wd = weekdayNumber(c.groups.weekday ?? '');
    const rel = (c.groups.rel ?? '').toLowerCase();
    if (!c.dct) return unresolved('DATE', `XXXX-WXX-${wd}`, `${quote(c)} is relative`);
    const monday = addWeeks(startOfISOWeek(c.dct.date), rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
    const d = addDays(monday, wd - 1);
    return dayT(d, pub(c.dct), `${quote(c)}: ${WEEKDAY_LABEL[wd]} of ${rel} week ${ofArticle(c.dct)} → ${human(d)}`);
  },
  monthYear(c) {
    const m = monthNumber(c.groups.month ?? '');
    const y = Number(c.groups.year);
    return monthT(y, m, NONE, `${quote(c)} is an absolute month`);
  },
  month(c) {
    const m = monthNumber(c.groups.month ?? '');
    const rel = c.groups.rel?.toLowerCase();
    if (!c.dct) return unresolved('DATE', `XXXX-${pad2(m)}`, `${quote(c)} has no year`);
    const dct = c.dct;
    let y: number;
    let why: string;
    if (rel === 'last' || rel === 'past') { y = m < dct.month ? dct.year : dct.year - 1; why = 'the last one before'; }
    else if (rel === 'next' || rel === 'coming') { y = m > dct.month ? dct.year : dct.year + 1; why = 'the first one after'; }
    else if (rel === 'this') { y = dct.year; why = 'the one in the year of'; }
    else {
      const start = c.groups.part ? undefined : rangeStartBefore(c, 'month');
      if (start && /^\d{4}-\d\d$/.test(start.value)) {
        // "from March to May": the first such month after the range's start.
        const sy = Number(start.value.slice(0, 4));
        let yy = m > Number(start.value.slice(5, 7)) ? sy : sy + 1;
        // "between July 2022 and September" in a December 2023 article: a start written with an earlier year and an
        // end without one (else "between July and September 2022") ends in the publication's year.
        if (start.anchor.kind === 'none' && sy < dct.year && tenseOf(c) !== 'future') yy = Math.max(yy, inferYear(dct, m, undefined, 'past'));
        return monthT(yy, m, { kind: 'timex', value: start.value, index: c.previous.length - 1 }, `${quote(c)} ends the range from '${start.text}' → ${MONTH_NAMES[m - 1]} ${yy}`);
      }
      const endM = c.groups.part ? undefined : rangeEndAfter(c, NEXT_MONTH);
      if (endM?.year) {
        // "from January to March 2023": the year written at the end of the range.
        const yy = Number(endM.year) - (m > monthNumber(endM.name) ? 1 : 0);
        return monthT(yy, m, NONE, `${quote(c)} starts the range to ${endM.name} ${endM.year} → ${MONTH_NAMES[m - 1]} ${yy}`);
      }
      const t = tenseOf(c);
      const n = c.groups.part ? undefined : narrativeYear(c, m, 0, t);
      if (n) return monthT(n.y, m, { kind: 'timex', value: n.prev.value, index: n.index }, `${quote(c)} follows '${n.prev.text}' in a past-tense sentence → ${MONTH_NAMES[m - 1]} ${n.y}`);
      y = inferYear(dct, m, undefined, t);
      why = `${tenseWord(t)} sentence, the one nearest in that direction from`;
      const endName = endM?.name;
      if (endName && t !== 'unknown') {
        // "rose between March and May": in a past sentence the whole range lies before the publication month,
        // in a future one it starts on or after it.
        const m2 = monthNumber(endName);
        const wrap = m2 < m ? 1 : 0;
        if (t === 'past') y = (dct.year + wrap) * 12 + m2 <= dct.year * 12 + dct.month ? dct.year : dct.year - 1;
        else y = m >= dct.month ? dct.year : dct.year + 1;
        why = `${tenseWord(t)} sentence, the range to ${endName} placed from`;
      }
    }
    return monthT(y, m, pub(dct), `${quote(c)}: ${why} ${human(dct.date)} → ${MONTH_NAMES[m - 1]} ${y}`, partMod(c.groups.part));
  },
  year(c) {
    // "FY24": a two-digit fiscal year (1950–2049).
    const yy = c.groups.yy;
    const y = yy === undefined ? Number(c.groups.year) : Number(yy) + (Number(yy) >= 50 ? 1900 : 2000);
    return yearT(y, NONE, `${quote(c)} is a year`);
  },
  yearRangeEnd(c) {
    // "1957-58": the century of the first year; "1998-2001" as written.
    const from = Number(c.groups.from);
    const raw = c.groups.year ?? '';
    let y = Number(raw);
    if (raw.length === 2) { y += Math.floor(from / 100) * 100; if (y <= from) y += 100; }
    return yearT(y, NONE, `${quote(c)} ends the range from ${from}`);
  },
  century(c) {
    const g = c.groups;
    const n = g.num ? Number(g.num) : (CENTURY_ORDINALS[(g.word ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? 0);
    const cc = n - 1;
    const r = date('DATE', pad2(cc), 'century', ymd(cc * 100, 1, 1), ymd(cc * 100 + 100, 1, 1), NONE, `${quote(c)} is the years ${cc * 100}-${cc * 100 + 99}`);
    return withPart(r, partMod(g.part));
  },
  decade(c) {
    const g = c.groups;
    let dec: number;
    if (g.decade) dec = Number(g.decade);
    else {
      const d = Number(g.short);
      const cur = c.dct ? Math.floor(c.dct.year / 10) : 202;
      dec = 200 + d <= cur ? 200 + d : 190 + d;
    }
    const r = date('DATE', String(dec), 'decade', ymd(dec * 10, 1, 1), ymd(dec * 10 + 10, 1, 1), NONE, `${quote(c)} is the decade ${dec * 10}-${dec * 10 + 9}`);
    return withPart(r, partMod(g.part));
  },
  weekday(c) {
    const g = c.groups;
    const wd = weekdayNumber(g.weekday ?? '');
    const rel = (g.rel ?? g.lastafter)?.toLowerCase().replace(/\s+/g, ' ');
    const pod = g.pod ? PARTS_OF_DAY[g.pod.toLowerCase()] : undefined;
    const mod = partMod(g.part);
    if (!c.dct) return unresolved(pod ? 'TIME' : 'DATE', `XXXX-WXX-${wd}${pod ? `T${pod.code}` : ''}`, `${quote(c)} is relative`, mod);
    let dir: Parameters<typeof weekdayFrom>[2];
    let why: string;
    if (rel === 'last' || rel === 'past' || rel === 'this past') { dir = 'before'; why = 'the one before'; }
    else if (rel === 'next') {
      // "next Sunday" in a Saturday paper is the Sunday of next week, not tomorrow ("tomorrow" would say so).
      const tomorrow = differenceInCalendarDays(weekdayFrom(c.dct.date, wd, 'after'), c.dct.date) === 1;
      dir = 'after';
      why = tomorrow ? 'not tomorrow but the one after' : 'the one after';
      if (tomorrow) {
        const d = addDays(c.dct.date, 8);
        const reason = `${quote(c)} ${why} ${human(c.dct.date)} → ${human(d)}`;
        return withPart(pod ? podT(d, pod, pub(c.dct), reason) : dayT(d, pub(c.dct), reason), mod);
      }
    }
    else if (rel === 'coming' || rel === 'this coming') { dir = 'onOrAfter'; why = 'the one on or after'; }
    else if (rel === 'this') {
      // "this Friday" is the one of this week, unless that is gone and the clause is not past ("This Friday's
      // deadline looms" in a Sunday paper): then the coming one.
      const gone = weekdayFrom(c.dct.date, wd, 'thisWeek') < c.dct.date && tenseOf(c) !== 'past';
      dir = gone ? 'after' : 'thisWeek';
      why = gone ? 'this week\'s is gone, so the one after' : 'the one in the ISO week of';
    }
    else {
      const start = rangeStartBefore(c, 'day');
      if (start && start.interval && start.rule === 'weekday') {
        // "from Monday to Friday": the first such weekday after the range's start.
        const d = weekdayFrom(new Date(start.interval.start.slice(0, 10) + 'T00:00:00'), wd, 'after');
        const reason = `${quote(c)} ends the range from '${start.text}' → ${human(d)}`;
        return withPart(pod ? podT(d, pod, start.anchor, reason) : dayT(d, start.anchor, reason), mod);
      }
      const t = tenseOf(c);
      dir = t === 'future' ? 'onOrAfter' : 'onOrBefore';
      why = `in ${tenseWord(t)} sentence → the ${WEEKDAY_LABEL[wd]} ${t === 'future' ? 'on or after' : 'on or before'}`;
      if (t === 'unknown' && !PAST_EVENT_NAMED_AFTER.test(c.text.slice(c.end, c.end + 40))) {
        // No tense cue ("The riders face a summit finish on Sunday", "Sunday's race is the fourth of 24 rounds"): the
        // nearer one, ties going back. Measured on the news sets: 18 of 21 untensed weekdays right, against 12 when they
        // all went back.
        dir = nearerWeekday(c.dct.date, wd);
        why = `in an untensed sentence → the nearer ${WEEKDAY_LABEL[wd]} to`;
      }
      const endName = t === 'past' ? rangeEndAfter(c, NEXT_WEEKDAY)?.name : undefined;
      if (endName) {
        // "ran from Thursday to Monday": the whole range lies on or before the publication date.
        const d0 = weekdayFrom(c.dct.date, wd, dir);
        const end = weekdayFrom(d0, weekdayNumber(endName), 'after');
        if (end > c.dct.date) {
          const d = addDays(d0, -7);
          const reason = `${quote(c)} starts a past range to ${endName} ending by ${human(c.dct.date)} → ${human(d)}`;
          return withPart(pod ? podT(d, pod, pub(c.dct), reason) : dayT(d, pub(c.dct), reason), mod);
        }
      }
    }
    const d = weekdayFrom(c.dct.date, wd, dir);
    const reason = `${quote(c)} ${why} ${human(c.dct.date)} → ${human(d)}`;
    return withPart(pod ? podT(d, pod, pub(c.dct), reason) : dayT(d, pub(c.dct), reason), mod);
  },
  weekdaySet(c) {
    const g = c.groups;
    const wd = weekdayNumber(g.weekday ?? g.plural ?? g.podday ?? '');
    const pods = g.pods ?? g.pods2 ?? g.pods3;
    const pod = pods ? PARTS_OF_DAY[pods.toLowerCase().replace(/s$/, '')] : undefined;
    const value = `XXXX-WXX-${wd}${pod ? `T${pod.code}` : ''}`;
    return { type: 'SET', value, mod: null, granularity: 'set', interval: null, anchor: NONE, reason: `${quote(c)} recurs every ${WEEKDAY_LABEL[wd]}${pods ? ` ${pods.toLowerCase().replace(/s$/, '')}` : ''}` };
  },
  nthWeekday(c, rule) {
    const g = c.groups;
    const wd = weekdayNumber(g.weekday ?? '');
    const ordWord = (g.ord ?? '').toLowerCase();
    const n = WEEKDAY_ORDINALS[ordWord] ?? 1;
    const which = `the ${ordWord} ${WEEKDAY_LABEL[wd]}`;
    if (g.each) return { type: 'SET', value: 'P1M', mod: null, granularity: 'set', interval: null, anchor: NONE, reason: `${quote(c)} recurs every month (${which})` };
    // The month: as written (its year inferred like any month name), or this/next/last month of the publication date.
    let month: Resolved;
    if (g.month) month = g.year ? resolvers.monthYear(c, rule) : resolvers.month(withGroups(c, { month: g.month }), rule);
    else if (c.dct) {
      const first = addMonths(ymd(c.dct.year, c.dct.month, 1), g.rel === 'next' ? 1 : g.rel === 'last' ? -1 : 0);
      month = monthT(first.getFullYear(), first.getMonth() + 1, pub(c.dct), `${g.rel ?? 'this'} month ${ofArticle(c.dct)}`);
    } else return unresolved('DATE', 'XXXX-XX-XX', `${quote(c)}: the month is relative`);
    if (!month.interval) return unresolved('DATE', 'XXXX-XX-XX', `${quote(c)}: ${month.reason}`);
    const [y, m] = [Number(month.interval.start.slice(0, 4)), Number(month.interval.start.slice(5, 7))];
    const firstDay = ymd(y, m, 1);
    const lastDay = ymd(y, m + 1, 0);
    const d = n > 0
      ? addDays(firstDay, ((wd - getISODay(firstDay) + 7) % 7) + 7 * (n - 1))
      : addDays(lastDay, -((getISODay(lastDay) - wd + 7) % 7));
    if (d.getMonth() !== m - 1) return leftOpen('DATE', `${y}-${pad2(m)}`, `${quote(c)}: ${y}-${pad2(m)} has no ${which.slice(4)}`);
    return dayT(d, month.anchor, `${quote(c)}: ${which} of ${MONTH_NAMES[m - 1]} ${y} (${month.reason.replace(/^.*→\s*/, '')}) → ${human(d)}`);
  },
  relativeDay(c) {
    const rel = (c.groups.rel ?? '').toLowerCase();
    // "the day before yesterday" / "the day after tomorrow" count twice.
    const shift = dayOffset(rel) * (c.groups.twice ? 2 : 1);
    const pod = rel === 'tonight' ? PARTS_OF_DAY.night : c.groups.pod ? PARTS_OF_DAY[c.groups.pod.toLowerCase()] : undefined;
    const mod = partMod(c.groups.part);
    if (!c.dct) return unresolved(pod ? 'TIME' : 'DATE', `XXXX-XX-XX${pod ? `T${pod.code}` : ''}`, `${quote(c)} is relative`, mod);
    const d = addDays(c.dct.date, shift);
    const reason = `${quote(c)} ${ofArticle(c.dct)} → ${human(d)}`;
    return withPart(pod ? podT(d, pod, pub(c.dct), reason) : dayT(d, pub(c.dct), reason), mod);
  },
  dayPart(c) {
    const rel = (c.groups.rel ?? '').toLowerCase();
    const pod = PARTS_OF_DAY[(c.groups.pod ?? '').toLowerCase()];
    if (!pod) return unresolved('TIME', 'XXXX-XX-XX', quote(c));
    if (!c.dct) return unresolved('TIME', `XXXX-XX-XXT${pod.code}`, `${quote(c)} is relative`);
    const d = rel === 'last' ? addDays(c.dct.date, -1) : c.dct.date;
    return withPart(podT(d, pod, pub(c.dct), `${quote(c)} ${ofArticle(c.dct)} → ${human(d)} ${pod.code}`), partMod(c.groups.part));
  },
  ago(c, rule) {
    const g = c.groups;
    const unit = unitName(g.unit ?? '');
    const n = count(g.num);
    const mod = g.mod ? (DURATION_MODS[g.mod.toLowerCase().replace(/\s+/g, ' ')] as TimexMod | undefined) ?? null : null;
    // "N units ago" counts back; "in N units" in a future clause (rule param direction) counts forward.
    const sign = rule.params?.direction === 'forward' ? 1 : -1;
    if (Number.isNaN(n) || g.num === undefined || !AGO_UNITS.includes(unit)) {
      const ref = sign > 0 ? 'FUTURE_REF' : 'PAST_REF';
      return c.dct ? vague(ref, c) : unresolved('DATE', ref, quote(c));
    }
    const m = mod === 'APPROX' ? 'APPROX' : null;
    if (!c.dct) return unresolved('DATE', unit === 'year' || unit === 'decade' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-XX-XX', `${quote(c)} is relative`, m);
    const base = c.dct.date;
    const desc = sign > 0 ? `${quote(c)} ahead of ${human(base)}` : `${quote(c)} ${ofArticle(c.dct)}`;
    let r: Resolved;
    if (unit === 'year' || unit === 'decade') { const y = c.dct.year + sign * n * (unit === 'decade' ? 10 : 1); r = yearT(y, pub(c.dct), `${desc} → ${y}`); }
    else if (unit === 'month') { const d = addMonths(base, sign * n); r = monthT(d.getFullYear(), d.getMonth() + 1, pub(c.dct), `${desc} → ${MON[d.getMonth()]} ${d.getFullYear()}`); }
    else if (unit === 'week' && n >= 2 && sign < 0) {
      // "three weeks ago" names a week, as written news gold does (TimeML: the unit's granularity); "a week ago" keeps its
      // day (seldom exactly seven days: the events' merge widens it).
      const monday = startOfISOWeek(addDays(base, -7 * n));
      r = date('DATE', weekValue(monday), 'week', monday, addDays(monday, 7), pub(c.dct), `${desc} → the week of ${human(monday)}`);
    }
    else { const d = addDays(base, sign * n * (unit === 'day' ? 1 : unit === 'fortnight' ? 14 : 7)); r = dayT(d, pub(c.dct), `${desc} → ${human(d)}`); }
    return { ...r, mod: m };
  },
  relativeUnit(c) {
    const rel = (c.groups.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
    const unit = unitName(c.groups.unit ?? '');
    const shift = rel === 'last' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : rel === 'after next' ? 2 : rel === 'before last' ? -2 : 0;
    return shiftUnit(c, unit, shift, null);
  },
  partOfUnit(c) {
    const unit = unitName(c.groups.unit ?? '');
    const mod = partMod(c.groups.part);
    if (!c.dct) return unresolved('DATE', unit === 'year' ? 'XXXX' : unit === 'month' ? 'XXXX-XX' : 'XXXX-WXX', `${quote(c)} is relative`, mod);
    const r = shiftUnit(c, unit, 0, null);
    if (!r.interval) return r;
    // "earlier this X": start of X up to the publication day; "later this X": from it to the end of X.
    const interval = mod === 'START'
      ? { start: r.interval.start, end: dayAfter(c.dct.date) }
      : { start: c.dct.iso, end: r.interval.end };
    return { ...r, mod, interval, reason: `${quote(c)}: ${mod === 'START' ? 'earlier part' : 'later part'} of ${r.value} ${ofArticle(c.dct)}` };
  },
  partOfMonth(c) {
    const g = c.groups;
    const m = monthNumber(g.month ?? '');
    const mod = partMod(g.part ?? g.edge ?? g.edgeh);
    if (g.year) return monthT(Number(g.year), m, NONE, `${quote(c)} is part of an absolute month`, mod);
    if (!c.dct) return unresolved('DATE', `XXXX-${pad2(m)}`, `${quote(c)} has no year`, mod);
    const t = tenseOf(c);
    const y = inferYear(c.dct, m, undefined, t);
    return monthT(y, m, pub(c.dct), `${quote(c)} in ${tenseWord(t)} sentence ${ofArticle(c.dct)} → ${MONTH_NAMES[m - 1]} ${y}`, mod);
  },
  partOfYear(c) {
    const g = c.groups;
    // "by year-end", "at month-end": the end of the year/month, placed by tense like "the end of the year".
    const mod = partMod(g.part ?? g.edge ?? (g.yend ? 'end' : undefined));
    if (g.year) return yearT(Number(g.year), NONE, `${quote(c)} is part of a year`, mod);
    const rel = (g.rel ?? 'the').toLowerCase();
    const unit = unitName(g.unit ?? g.yend ?? 'year');
    const r = withPart(shiftUnit(c, unit, rel === 'last' ? -1 : rel === 'next' ? 1 : 0, null), mod);
    if (rel !== 'the' || !c.dct || !r.interval) return r;
    // "peaked by the end of the year" in March: a past-tense clause means last year's end, a future one next year's start.
    // A month is this month past its first days ("urged adults to get vaccinated before the end of the month", Jan 17).
    let step = tenseStep(c, r.interval);
    if (unit === 'month' && step < 0 && c.dct.date.getDate() > 10) step = 0;
    return step === 0 ? r : withPart(shiftUnit(c, unit, step, null), mod);
  },
  weekend(c) {
    const rel = (c.groups.rel ?? '').toLowerCase().replace(/^this\s+past$/, 'past');
    if (!c.dct) return unresolved('DATE', 'XXXX-WXX-WE', `${quote(c)} is relative`);
    const dct = c.dct.date;
    const isWeekend = getISODay(dct) >= 6;
    let weeks: number;
    if (rel === 'last' || rel === 'past') weeks = -1;
    else if (rel === 'next' || rel === 'coming') weeks = isWeekend ? 1 : 0;
    // "marched this weekend" in a Monday paper: the weekend just gone.
    else if (rel === 'this') weeks = !isWeekend && tenseOf(c) === 'past' ? -1 : 0;
    // A future clause: this week's weekend, or next week's in a Sunday paper ("would worsen again by the weekend").
    else weeks = tenseOf(c) === 'future' ? (getISODay(dct) === 7 ? 1 : 0) : isWeekend ? 0 : -1;
    const monday = addWeeks(startOfISOWeek(dct), weeks);
    const sat = addDays(monday, 5);
    return date('DATE', `${weekValue(monday)}-WE`, 'weekend', sat, addDays(sat, 2), pub(c.dct), `${quote(c)} ${ofArticle(c.dct)} → the weekend of ${human(sat)}`);
  },
  thisTimeLast(c) {
    const unit = unitName(c.groups.unit ?? '');
    const sign = (c.groups.rel ?? '').toLowerCase() === 'next' ? 1 : -1;
    if (!c.dct) return unresolved('DATE', 'XXXX-XX-XX', `${quote(c)} is relative`, 'APPROX');
    const d = unit === 'year' ? addYears(c.dct.date, sign) : unit === 'month' ? addMonths(c.dct.date, sign) : addDays(c.dct.date, 7 * sign);
    return { ...dayT(d, pub(c.dct), `${quote(c)}: about the day a ${unit} ${sign < 0 ? 'before' : 'after'} ${human(c.dct.date)} → ${human(d)}`), mod: 'APPROX' };
  },
  newYear(c) {
    if (!c.dct) return unresolved('DATE', 'XXXX', `${quote(c)} is relative`);
    // The year to come, unless the clause is past or the year has only just begun ("back at work in the new year").
    const past = tenseOf(c) === 'past';
    const y = past || c.dct.month === 1 ? c.dct.year : c.dct.year + 1;
    const why = past ? 'in a past-tense sentence, the year' : c.dct.month === 1 ? 'in January, the year just begun' : 'the year after';
    return yearT(y, pub(c.dct), `${quote(c)} ${why} ${ofArticle(c.dct)} → ${y}`);
  },
  season(c) {
    const g = c.groups;
    /** The winter that ended last (starting in December of `y`) or the one to come, whichever is nearer `d`. */
    const nearerWinter = (y: number, d: Date): number =>
      d.getTime() - ymd(y + 1, 3, 1).getTime() <= ymd(y + 1, 12, 1).getTime() - d.getTime() ? y : y + 1;
    const s = SEASONS[(g.season ?? '').toLowerCase()];
    if (!s) return unresolved('DATE', 'XXXX', quote(c));
    const rel = (g.rel ?? '').toLowerCase().replace(/^this\s+past$/, 'past');
    const mod = partMod(rel);
    const mk = (y: number, anchor: TimexAnchor, reason: string): Resolved => {
      const from = ymd(y, s.firstMonth, 1);
      return withPart(date('DATE', `${y}-${s.code}`, 'season', from, addMonths(from, 3), anchor, reason), mod);
    };
    if (g.year) return mk(Number(g.year), NONE, `${quote(c)} is a season of a given year`);
    if (!c.dct) return unresolved('DATE', `XXXX-${s.code}`, `${quote(c)} is relative`, mod);
    const dct = c.dct;
    // The season's starting year that contains the DCT, or the latest one started before it.
    const startYearOf = (y: number): Date => ymd(y, s.firstMonth, 1);
    let y = startYearOf(dct.year) <= dct.date ? dct.year : dct.year - 1;
    const inIt = addMonths(startYearOf(y), 3) > dct.date;
    // "this winter" out of winter: the one just ended in March, the coming one in October (whichever is nearer); any
    // other season of this year.
    const thisY = inIt ? y : s.firstMonth === 12 ? nearerWinter(y, dct.date) : dct.year;
    if (rel === 'last' || rel === 'past') y = inIt ? y - 1 : y;
    else if (rel === 'next' || rel === 'coming') y = thisY + 1;
    else if (rel === 'this') y = thisY;
    // In a future clause, the next one; also when this one is more than half over ("postponed until the fall" in November).
    else if (tenseOf(c) === 'future' && (!inIt || addMonths(startYearOf(y), 1.5) <= dct.date)) y = y + 1;
    return mk(y, pub(dct), `${quote(c)} ${ofArticle(dct)} → ${s.code} ${y}`);
  },
  quarter(c) {
    const g = c.groups;
    if (g.h) {
      // "H1 2024": a half year (written like a quarter, "Q3 2023").
      const y = g.hyear!.length === 2 ? 2000 + Number(g.hyear) : Number(g.hyear);
      const from = ymd(y, g.h === '1' ? 1 : 7, 1);
      return date('DATE', `${y}-H${g.h}`, 'half', from, addMonths(from, 6), NONE, `${quote(c)} → H${g.h} ${y}`);
    }
    // The quarter that ends in a month ("the March quarter", "the quarter ended Sept. 30").
    const endMonth = g.endm ?? g.qem;
    const q = endMonth ? Math.ceil(monthNumber(endMonth) / 3) : g.q ? Number(g.q) : ORDINALS[(g.ord ?? '').toLowerCase()] ?? 1;
    const mk = (y: number, anchor: TimexAnchor, reason: string): Resolved => {
      const from = ymd(y, q * 3 - 2, 1);
      return date('DATE', `${y}-Q${q}`, 'quarter', from, addMonths(from, 3), anchor, reason);
    };
    const yy = g.year ?? g.qyear ?? g.qey;
    if (yy) return mk(yy.length === 2 ? 2000 + Number(yy) : Number(yy), NONE, `${quote(c)} is a quarter of a given year`);
    if (!c.dct) return unresolved('DATE', `XXXX-Q${q}`, `${quote(c)} has no year`);
    // A company's fiscal quarter need not be the calendar's: which months it covers is not written.
    if (g.fiscal) return leftOpen('DATE', `XXXX-Q${q}`, `${quote(c)} is a fiscal quarter, whose months depend on the company's fiscal year → unresolved`, pub(c.dct));
    const cur = Math.ceil(c.dct.month / 3);
    const rel = (g.rel ?? g.relp)?.toLowerCase();
    let y = c.dct.year;
    // A quarter that ends on a day written in a report is the latest one ended by publication.
    if (g.qem && !rel) return mk(q <= Math.floor((c.dct.month - 1) / 3) ? c.dct.year : c.dct.year - 1, pub(c.dct), `${quote(c)}: the latest quarter ended ${ofArticle(c.dct)} → Q${q}`);
    if (rel === 'last') y -= 1;
    else if (rel === 'next') y += 1;
    else if (!rel) {
      // "will report fourth-quarter earnings on Feb. 8": results are told of a quarter that is over, so one still ahead
      // this year is last year's.
      const results = q > cur && QUARTER_RESULTS_AFTER.test(c.text.slice(c.end, c.end + 40));
      const t = tenseOf(c);
      if (results) y -= 1;
      else if (t === 'future' && q < cur) y += 1;
      else if (t !== 'future' && q > cur) y -= 1;
    }
    return mk(y, pub(c.dct), `${quote(c)} ${ofArticle(c.dct)} → Q${q} ${y}`);
  },
  half(c) {
    const g = c.groups;
    const h = (g.ord ?? '').toLowerCase() === 'first' ? 1 : 2;
    let y: number | undefined = g.year ? Number(g.year) : undefined;
    if (y === undefined) {
      if (!c.dct) return unresolved('DATE', `XXXX-H${h}`, `${quote(c)} is relative`);
      const rel = (g.rel ?? 'this').toLowerCase();
      y = c.dct.year + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0);
      if (rel === 'the') {
        // Like "the end of the year": a past clause cannot mean a half still to come, a future one a half gone by.
        const start = ymd(y, h === 1 ? 1 : 7, 1);
        y += tenseStep(c, { start: fmt(start), end: fmt(addMonths(start, 6)) });
      }
    }
    const from = ymd(y, h === 1 ? 1 : 7, 1);
    return date('DATE', `${y}-H${h}`, 'half', from, addMonths(from, 6), g.year ? NONE : c.dct ? pub(c.dct) : NONE, `${quote(c)} → H${h} ${y}`);
  },
  time(c) {
    const g = c.groups;
    let hour: number;
    let minute = 0;
    let gran: Granularity = 'hour';
    if (g.noon) hour = g.noon.toLowerCase() === 'midnight' ? 0 : 12;
    else if (g.h24 !== undefined) { hour = Number(g.h24); minute = Number(g.m24); gran = 'minute'; }
    // "at 14:00", "by 09:30": a two-digit 24-hour clock after a preposition.
    else if (g.h24b !== undefined) { hour = Number(g.h24b); minute = Number(g.m24b); gran = 'minute'; }
    else if (g.h4 !== undefined) { hour = Number(g.h4); minute = Number(g.m4); gran = 'minute'; }
    // "10.30 hrs" (South Asian and military style).
    else if (g.h24c !== undefined) { hour = Number(g.h24c); minute = Number(g.m24c); gran = 'minute'; }
    else if (g.oclock !== undefined) {
      // "10 o'clock" as written; "five o'clock in the afternoon" after noon.
      hour = count(g.oclock) % 12;
      if (g.opod && g.opod.toLowerCase() !== 'morning') hour += 12;
      else if (!g.opod && count(g.oclock) === 12) hour = 12;
    }
    else {
      hour = Number(g.hour) % 12;
      if ((g.ampm ?? '').toLowerCase().startsWith('p')) hour += 12;
      if (g.minute !== undefined) { minute = Number(g.minute); gran = 'minute'; }
    }
    if (minute !== 0) gran = 'minute';
    const hhmm = `${pad2(hour)}:${pad2(minute)}`;
    if (!c.dct) return unresolved('TIME', `XXXX-XX-XXT${hhmm}`, `${quote(c)} has no date`, g.approx ? 'APPROX' : null);
    let d = c.dct.date;
    let why = 'on the publication day';
    let weekday = g.weekday;
    let weekdayWhere = '';
    // A day named with the time ("midnight Friday", "midnight on 31 January"): its midnight is the one ending it; so is
    // a deadline's ("had until midnight", "by midnight").
    let dateNamed = false;
    const midnightDeadline = g.noon?.toLowerCase() === 'midnight' && DEADLINE_BEFORE.test(c.text.slice(Math.max(0, c.start - 10), c.start));
    // "noon April 15": the date written right after the time, in the expression.
    const ownDate = g.dmonth ? dateWrittenAfter(c, g.dmonth, g.dday ?? '', g.dyear) : undefined;
    if (ownDate) {
      d = ownDate;
      dateNamed = true;
      why = 'on the date written with it';
    } else if (g.rday) {
      const r = g.rday.toLowerCase();
      d = addDays(d, dayOffset(r));
      why = r;
    } else if (!weekday && isLineTimestamp(c)) {
      // "08:15 GMT: More than 1.2 million homes …": a live blog's entry time, on the publication day.
      why = 'a time stamp opening its line: the publication day';
    } else if (!weekday) {
      // "On Sunday, the quake struck at 3 p.m.": the day named earlier in the same sentence; else "at 04:17 local
      // time (01:17 GMT) on Monday": the weekday named just after, in the same clause.
      // The date written right after it first ("said on Saturday night that the lorry arrived at 12.30am on 23
      // October"), then a clock it restates, then the day named earlier in the sentence.
      const written = DATE_AFTER_CLOCK.exec(c.text.slice(c.end, c.end + 48));
      const wg = written?.groups;
      const writtenDay = wg ? dateWrittenAfter(c, wg.month ?? wg.month2 ?? '', wg.day ?? wg.day2 ?? '', wg.year) : undefined;
      const restated = c.previous[c.previous.length - 1];
      const day = writtenDay ? undefined : restated && restatesClock(c.text, restated, c) ? { date: new Date(`${restated.value.slice(0, 10)}T00:00:00`), prev: restated } : sameSentenceDay(c);
      if (writtenDay) { d = writtenDay; dateNamed = true; why = `on the date written after it ('${written![0].replace(/^[\s,]+/, '')}')`; }
      else if (day) { d = midnightDeadline ? day.date : morningAfterNight(day, hour); why = `on the day of '${day.prev.text}'${d !== day.date ? ' (the morning after that night)' : ''}`; }
      else {
        const rangeEnd = CLOCK_RANGE_DAY_AFTER.exec(c.text.slice(c.end, c.end + 64))?.groups;
        weekday = rangeEnd?.weekday ?? WEEKDAY_SOON_AFTER.exec(c.text.slice(c.end, c.end + 48))?.[1];
        weekdayWhere = rangeEnd ? ' (named at the end of its range)' : ' (named just after)';
        if (rangeEnd?.rday) {
          // "from 4pm to 10pm tomorrow": the range's day.
          const r = rangeEnd.rday.toLowerCase();
          d = addDays(d, dayOffset(r));
          why = `${r} (named at the end of its range)`;
        }
        const story = weekday || rangeEnd?.rday ? undefined : storyDay(c);
        if (story) { d = morningAfterNight(story, hour); why = `on the day the story is at ('${story.prev.text}', the sentence before)${d !== story.date ? ', the morning after that night' : ''}`; }
      }
    }
    if (weekday && g.wrel) {
      // "12:01 a.m. next Wednesday": the weekday as "next Wednesday" alone reads it.
      const day = resolvers.weekday(withGroups(c, { weekday, rel: g.wrel }), undefined as never);
      if (day.interval) { d = new Date(`${day.interval.start.slice(0, 10)}T00:00:00`); why = `${g.wrel} ${weekday}`; weekday = undefined; }
    }
    const rangeStart = weekday && g.weekday ? clockRangeStart(c) : undefined;
    if (weekday && rangeStart) {
      // "from 9 p.m. Saturday until 5 a.m. Monday": the end is the first such weekday after the start.
      d = weekdayFrom(rangeStart.date, weekdayNumber(weekday), 'after');
      why = `${weekday} ends the range from '${rangeStart.prev.text}'`;
      weekday = undefined;
    }
    if (weekday) {
      const t = tenseOf(c);
      const wd = weekdayNumber(weekday);
      const untensed = t === 'unknown' && !PAST_EVENT_NAMED_AFTER.test(c.text.slice(c.end, c.end + 40));
      d = weekdayFrom(c.dct.date, wd, t === 'future' ? 'onOrAfter' : untensed ? nearerWeekday(c.dct.date, wd) : 'onOrBefore');
      why = `${weekday}${weekdayWhere} in ${tenseWord(t)} sentence${untensed ? ' (the nearer one)' : ''}`;
    }
    // "midnight Friday", "at midnight" in a future clause: the midnight that ends the day (TIMEX3 T24:00).
    const ending = g.noon?.toLowerCase() === 'midnight' && (g.weekday !== undefined || g.rday !== undefined || dateNamed || midnightDeadline || tenseOf(c) === 'future');
    const v = `${fmt(d)}T${ending ? '24:00' : hhmm}`;
    const start = ending ? `${fmt(addDays(d, 1))}T00:00` : v;
    const end = gran === 'minute' ? addMinute(start) : addHour(start);
    return { type: 'TIME', value: v, mod: g.approx ? 'APPROX' : null, granularity: gran, interval: { start, end }, anchor: pub(c.dct), reason: `${quote(c)} ${why} ${ofArticle(c.dct)} → ${human(d)} ${ending ? '24:00' : hhmm}` };
  },
  compoundDuration(c) {
    const g = c.groups;
    const mod = g.mod ? ((DURATION_MODS[g.mod.toLowerCase().replace(/\s+/g, ' ')] as TimexMod | undefined) ?? null) : null;
    const parts = [isoPart(g.num, g.unit), isoPart(g.num2, g.unit2), ...(g.unit3 ? [isoPart(g.num3, g.unit3)] : [])];
    if (parts.some((p) => p === null)) return { type: 'DURATION', value: 'PXD', mod, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is a length of time` };
    const sum = new Map<IsoPartKey, number>();
    for (const p of parts) if (p) sum.set(p.key, (sum.get(p.key) ?? 0) + p.n);
    const written = (keys: readonly IsoPartKey[]): string => keys.filter((k) => sum.has(k)).map((k) => `${sum.get(k)}${k.replace('T', '')}`).join('');
    const clock = written(['TH', 'TM', 'TS']);
    const value = `P${written(['Y', 'M', 'D'])}${clock ? `T${clock}` : ''}`;
    return { type: 'DURATION', value, mod, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is one length of time: ${value}` };
  },

  elapsedTime(c) {
    const [h, m, sec] = [Number(c.groups.h), Number(c.groups.m), Number(c.groups.s)];
    const value = `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${sec || (!h && !m) ? `${sec}S` : ''}`;
    return { type: 'DURATION', value, mod: null, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is a time taken: ${h} h ${m} min ${sec} s` };
  },
  duration(c) {
    const g = c.groups;
    const unit = unitName(g.unit ?? g.plural ?? '');
    const info = UNITS[unit];
    const mod = g.mod ? ((DURATION_MODS[g.mod.toLowerCase().replace(/\s+/g, ' ')] as TimexMod | undefined) ?? null) : null;
    const n = g.plural && g.num === undefined ? Number.NaN : count(g.num);
    const amount = Number.isNaN(n) ? 'X' : String(n);
    if (!info) return { type: 'DURATION', value: 'PXD', mod, granularity: 'duration', interval: null, anchor: NONE, reason: quote(c) };
    if (g.halfof) {
      const value = HALF_UNIT_VALUES[unit] ?? 'PXD';
      return { type: 'DURATION', value, mod, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is half a ${unit} (${value})` };
    }
    if ((g.half || g.half2) && !Number.isNaN(n)) {
      const value = halfDurationValue(info, n);
      return { type: 'DURATION', value, mod, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is a duration of ${n}.5 ${unit}s (${value})` };
    }
    const value = durationValue(info, n);
    // ("a week-long truce" is a length, never a rate.)
    if (!mod && A_OR_AN.test(g.num ?? '') && !c.text.endsWith('-long', c.end) && RATE_BEFORE.test(c.text.slice(Math.max(0, c.start - 48), c.start)) && !RATE_NOT_AFTER.test(c.text.slice(c.end, c.end + 16))) {
      return { type: 'SET', value, mod: null, granularity: 'set', interval: null, anchor: NONE, reason: `${quote(c)} after a quantity is a rate (${value})` };
    }
    return { type: 'DURATION', value, mod, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is a duration of ${amount === 'X' ? 'some' : amount} ${unit}(s)` };
  },
  pastDuration(c) {
    const g = c.groups;
    const unit = unitName(g.unit ?? '');
    const info = UNITS[unit] ?? UNITS.day!;
    const n = count(g.num);
    const amount = Number.isNaN(n) ? 'X' : String(n);
    return { type: 'DURATION', value: durationValue(info, n), mod: null, granularity: 'duration', interval: null, anchor: NONE, reason: `${quote(c)} is a span of ${amount} ${unit}(s) next to the reference time` };
  },
  vague(c, rule) {
    const word = (c.groups.vague ?? '').toLowerCase();
    const value = rule.params?.value ?? VAGUE_WORDS[word] ?? (word === 'future' ? 'FUTURE_REF' : word === 'past' ? 'PAST_REF' : 'PRESENT_REF');
    return vague(value, c);
  },
  set(c) {
    const g = c.groups;
    const adverb = g.adverb?.toLowerCase();
    if (g.units) {
      // "every four years": the period counted ("every few days": PXD).
      const value = durationValue(UNITS[unitName(g.units)]!, count(g.num));
      return { type: 'SET', value, mod: null, granularity: 'set', interval: null, anchor: NONE, reason: `${quote(c)} recurs (${value})` };
    }
    const month = g.unit ? monthNumber(g.unit) : 0;
    let value = month ? `XXXX-${pad2(month)}` : SET_VALUES[adverb ?? (g.unit ?? '').toLowerCase()] ?? 'P1D';
    if (g.other && /^P\d/.test(value)) value = value.replace('1', '2');
    return { type: 'SET', value, mod: null, granularity: 'set', interval: null, anchor: NONE, reason: `${quote(c)} recurs (${value})` };
  },
  anchoredShift(c, rule) {
    const g = c.groups;
    const unit = unitName(g.unit ?? rule.params?.unit ?? 'day');
    // An uncounted shift ("days later") is as open as "a few days later".
    const n = rule.params?.count === 'some' ? Number.NaN : count(g.num);
    const dir = rule.params?.direction === 'back' || /^(?:earlier|before)/i.test(g.dir ?? '') ? -1 : 1;
    const a = anchorForUnit(c, unit);
    if (!a) return unresolved('DATE', 'XXXX-XX-XX', `${quote(c)} is relative to an unknown time`);
    if (Number.isNaN(n)) return leftOpen('DATE', 'XXXX-XX-XX', `${quote(c)} counts no exact number of ${unit}s from ${a.label} → unresolved`, a.anchor);
    const coarse = tooCoarse(c, a, unit);
    if (coarse) return coarse;
    const steps = dir * n;
    let r: Resolved;
    if (unit === 'year' && a.granularity === 'quarter') {
      // "profit rose in the first quarter from a year earlier": the same quarter of that year.
      const from = addYears(a.date, steps);
      const q = Math.floor(from.getMonth() / 3) + 1;
      r = date('DATE', `${from.getFullYear()}-Q${q}`, 'quarter', from, addMonths(from, 3), a.anchor, '');
    } else if ((unit === 'year' || unit === 'month') && a.granularity === 'month') {
      // "sales rose in February from a year earlier": the same month of that year.
      const d = addMonths(a.date, steps * (unit === 'year' ? 12 : 1));
      r = monthT(d.getFullYear(), d.getMonth() + 1, a.anchor, '');
    } else if (unit === 'year' || unit === 'decade') r = yearT(a.date.getFullYear() + steps * (unit === 'decade' ? 10 : 1), a.anchor, '');
    else if (unit === 'month') { const d = addMonths(a.date, steps); r = monthT(d.getFullYear(), d.getMonth() + 1, a.anchor, ''); }
    else if (unit === 'hour' || unit === 'minute') {
      // "at 2 p.m., followed by a news conference an hour later": that clock time shifted (even one that only guessed
      // its day); else the anchor's day (its clock is seldom written): "two hours later".
      const clock = clockEarlierInSentence(c);
      if (clock) {
        const start = shiftClock(clock.value, steps * (unit === 'hour' ? 60 : 1));
        r = { type: 'TIME', value: start, mod: null, granularity: 'minute', interval: { start, end: addMinute(start) }, anchor: { kind: 'timex', value: clock.value, index: c.previous.indexOf(clock) }, reason: '' };
      } else r = { ...dayT(a.date, a.anchor, ''), value: fmt(a.date) };
    }
    else { const d = addDays(a.date, steps * (unit === 'week' ? 7 : 1)); r = dayT(d, a.anchor, ''); }
    const approx = g.mod && DURATION_MODS[g.mod.toLowerCase().replace(/\s+/g, ' ')] === 'APPROX' ? 'APPROX' : null;
    return { ...r, mod: approx, reason: `${quote(c)} counted from ${a.label} → ${r.value}` };
  },
  anchoredNext(c) {
    const rel = (c.groups.rel ?? '').toLowerCase();
    const step = rel === 'next' || rel === 'following' ? 1 : -1;
    return c.groups.weekday ? anchoredWeekday(c, step) : anchoredStep(c, step);
  },
  anchoredSeason(c) {
    const s = SEASONS[(c.groups.season ?? '').toLowerCase()]!;
    const step = /^(?:next|following)$/i.test(c.groups.rel ?? '') ? 1 : -1;
    const a = anchorFor(c);
    if (!a) return unresolved('DATE', `XXXX-${s.code}`, `${quote(c)} is relative to an unknown time`);
    // The anchor's span: a whole year (or month) has its following season after its end, its previous one before its start.
    const from = a.date;
    const to = a.anchor.kind === 'timex' && c.previous[a.anchor.index]?.interval?.end
      ? new Date(`${c.previous[a.anchor.index]!.interval!.end.slice(0, 10)}T00:00:00`)
      : addDays(from, 1);
    let y = step > 0 ? to.getFullYear() - 1 : from.getFullYear() + 1;
    if (step > 0) while (ymd(y, s.firstMonth, 1) < to) y++;
    else while (addMonths(ymd(y, s.firstMonth, 1), 3) > from) y--;
    const start = ymd(y, s.firstMonth, 1);
    return date('DATE', `${y}-${s.code}`, 'season', start, addMonths(start, 3), a.anchor, `${quote(c)}: the ${s.code} ${step > 0 ? 'after' : 'before'} ${a.label} → ${s.code} ${y}`);
  },
  anchoredThat(c, rule) {
    const g = c.groups;
    // The story's own time: a date written with its year (or counted from one), not a day of the publication week
    // between ("released in March 1991 … is being reissued on Friday. It was toured that summer": 1991).
    const a = storyAnchor(c) ?? anchorFor(c);
    // Without an earlier date to stand on, read it as a plain month or season.
    if (!a || a.anchor.kind !== 'timex') return g.month ? resolvers.month(c, rule) : resolvers.season(c, rule);
    const y = a.date.getFullYear();
    if (g.month) return monthT(y, monthNumber(g.month), a.anchor, `${quote(c)}: that month of ${a.label} → ${MONTH_NAMES[monthNumber(g.month) - 1]} ${y}`);
    const s = SEASONS[(g.season ?? '').toLowerCase()]!;
    const from = ymd(y, s.firstMonth, 1);
    return date('DATE', `${y}-${s.code}`, 'season', from, addMonths(from, 3), a.anchor, `${quote(c)}: that season of ${a.label} → ${s.code} ${y}`);
  },
  anchoredSame(c) {
    return anchoredStep(c, 0);
  },
  anchoredPart(c) {
    const unit = (c.groups.unit ?? 'day').toLowerCase();
    const r = anchoredStep(c, 0);
    // "later that year" narrows a month/year/week; a day or part of day stays whole.
    return unit === 'week' || unit === 'month' || unit === 'year' ? withPart(r, partMod(c.groups.part)) : r;
  },
  anchoredAround(c) {
    return anchoredStep(c, (c.groups.dir ?? '').toLowerCase() === 'after' ? 1 : -1);
  },
  overnight(c) {
    // The night of the nearest earlier day in the same sentence ("closed on Thursday, and futures rose overnight"),
    // else the night before publication (the night after it in a future clause).
    const prev = c.previous[c.previous.length - 1];
    const between = prev ? c.text.slice(prev.end, c.start) : '';
    const night = PARTS_OF_DAY.night!;
    if (prev && prev.interval && (prev.granularity === 'day' || prev.granularity === 'part-of-day') && !/[.!?\n]/.test(between) && between.length < 200) {
      // After a morning ("early Monday after a storm dumped snow overnight"), or told as what came before the day's
      // event ("approved on Wednesday after negotiators worked through the night"): the night before it.
      // A paper of the day's morning telling it in the past ("holding Monday, though residents reported gunfire
      // overnight"): that night is over, so it is the one before.
      const prevDay = prev.interval.start.slice(0, 10);
      const publishedBeforeNight = c.dct !== undefined && prevDay === c.dct.iso && c.dct.localMinutes !== undefined && c.dct.localMinutes < 18 * 60;
      const morning = prev.mod === 'START' || prev.value.endsWith('TMO') || /\bafter\b/.test(between)
        || (publishedBeforeNight && tenseOf(c) !== 'future');
      const d = addDays(new Date(prevDay + 'T00:00:00'), morning ? -1 : 0);
      return podT(d, night, { kind: 'timex', value: prev.value, index: c.previous.length - 1 }, `${quote(c)}: the night ${morning ? 'before' : 'after'} '${prev.text}' → ${fmt(d)}TNI`);
    }
    if (!c.dct) return unresolved('TIME', 'XXXX-XX-XXTNI', `${quote(c)} is relative`);
    const future = tenseOf(c) === 'future';
    const d = future ? c.dct.date : addDays(c.dct.date, -1);
    return podT(d, night, pub(c.dct), `${quote(c)} in ${future ? 'a future' : 'a past or present'} clause ${ofArticle(c.dct)} → the night of ${human(d)}`);
  },
  holiday(c) {
    const name = (c.groups.holiday ?? '').toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/^st\. /, 'st ');
    const on = HOLIDAYS[name];
    if (!on) return unresolved('DATE', 'XXXX-XX-XX', `${quote(c)} is not a known holiday`);
    const period = c.groups.period?.toLowerCase();
    if (c.groups.year) { const d = on(Number(c.groups.year)); return holidayPeriod(d, period, NONE, `${quote(c)} → ${human(d)}`); }
    if (!c.dct) { const d = on(2000); return unresolved('DATE', `XXXX-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`, `${quote(c)} has no year`); }
    // Past → the latest one on or before publication, future → the first on or after, else the nearest.
    const dct = c.dct.date;
    const t = tenseOf(c);
    const rel = (c.groups.rel ?? /\b(last|next|this)\s+(?:the\s+)?$/i.exec(c.text.slice(Math.max(0, c.start - 8), c.start))?.[1])?.toLowerCase();
    const cands = [-1, 0, 1].map((k) => on(c.dct!.year + k));
    // "in the run-up to Christmas", "ahead of Thanksgiving": the coming one, when it is near (a past clause tells the run-up).
    const coming = cands.find((x) => x >= dct);
    const approach = !rel && coming !== undefined && differenceInCalendarDays(coming, dct) <= 45 && HOLIDAY_APPROACH_BEFORE.test(c.text.slice(Math.max(0, c.start - 24), c.start));
    // "urged consumers to check their freezers before Thanksgiving" eleven days ahead: a holiday about to come is the one
    // a past clause is about (last year's would be "last Thanksgiving"), unless the paper's own year is gone past it.
    const imminent = !rel && t === 'past' && coming !== undefined && differenceInCalendarDays(coming, dct) <= IMMINENT_HOLIDAY_DAYS
      && !cands.some((x) => x <= dct && differenceInCalendarDays(dct, x) <= IMMINENT_HOLIDAY_DAYS);
    const dir = rel === 'last' ? 'past' : rel === 'next' || approach || imminent ? 'future' : rel === 'this' ? 'year' : t;
    let d: Date;
    if (dir === 'past') d = [...cands].reverse().find((x) => x <= dct) ?? cands[0]!;
    else if (dir === 'future') d = cands.find((x) => x >= dct) ?? cands[2]!;
    else if (dir === 'year') d = cands[1]!;
    else d = cands.reduce((best, x) => (Math.abs(x.getTime() - dct.getTime()) < Math.abs(best.getTime() - dct.getTime()) ? x : best));
    // "a scuffle on Thanksgiving Day … A similar incident last Thanksgiving": the one before the one just told.
    const told = fmt(d);
    if (rel === 'last' && c.previous.some((p) => p.rule === 'holiday' && p.interval?.start === told)) d = cands[cands.indexOf(d) - 1] ?? d;
    const reason = `${quote(c)} in ${tenseWord(t)} sentence ${ofArticle(c.dct)} → ${human(d)}`;
    const pod = c.groups.pod ? PARTS_OF_DAY[c.groups.pod.toLowerCase()] : undefined;
    return pod ? podT(d, pod, pub(c.dct), reason) : holidayPeriod(d, period, pub(c.dct), reason);
  },
  turnOfCentury(c) {
    const num = (c.groups.num ?? '').toLowerCase();
    // "the turn of the 20th century" is its start (about 1900); unnamed, the latest one (about 2000).
    const named = /^\d/.test(num) ? (Number(num.slice(0, 2)) - 1) * 100 : CENTURY_ORDINALS[num] ? (CENTURY_ORDINALS[num]! - 1) * 100 : 0;
    const y = named || 2000;
    return { ...yearT(y, NONE, `${quote(c)}: the years around ${y}`), mod: 'APPROX', interval: { start: `${y - 2}-01-01`, end: `${y + 3}-01-01` } };
  },
  dawn(c) {
    const g = c.groups;
    // "in the afternoon", "in morning trading" name their part of the day; dawn is a morning, dusk an evening.
    const named = g.pod2 ?? g.pod3 ?? g.pod4;
    const pod = named ? PARTS_OF_DAY[named.toLowerCase()]! : PARTS_OF_DAY[/^(?:dawn|daybreak|sunrise)$/i.test(g.pod ?? '') ? 'morning' : 'evening']!;
    const sub = (groups: Record<string, string | undefined>): ResolveContext => withGroups(c, groups);
    let day: Resolved | undefined;
    if (g.weekday) day = resolvers.weekday(sub({ weekday: g.weekday }), undefined as never);
    else if (g.rday) day = resolvers.relativeDay(sub({ rel: g.rday }), undefined as never);
    else {
      // The day of the nearest earlier date or time of the same sentence ("On Sunday … at dawn", "started at 6 a.m. on
      // Sunday and was contained by nightfall"), else the publication day.
      const prev = c.previous[c.previous.length - 1];
      const sameSentence = prev !== undefined && sentenceEndsBetween(c.text, prev.end, c.start) === 0;
      if (prev && prev.interval && namesADay(prev) && sameSentence) {
        const d = new Date(prev.interval.start.slice(0, 10) + 'T00:00:00');
        return podT(d, pod, { kind: 'timex', value: prev.value, index: c.previous.length - 1 }, `${quote(c)} on the day of '${prev.text}' → ${fmt(d)}T${pod.code}`);
      }
      // A story set in an earlier month or year of the same sentence ("In a 2020 interview she recalled: 'we checked
      // the data until dawn'"): the day is not known, and it is not the publication day.
      if (c.dct && prev && prev.interval && prev.interval.end && prev.interval.end < c.dct.iso && sameSentence) {
        return leftOpen('TIME', `XXXX-XX-XXT${pod.code}`, `${quote(c)} in a sentence set in '${prev.text}' (${prev.value}): its day is not known`, { kind: 'timex', value: prev.value, index: c.previous.length - 1 });
      }
    }
    if (!day) {
      if (!c.dct) return unresolved('TIME', `XXXX-XX-XXT${pod.code}`, `${quote(c)} is relative`);
      // "… on Wednesday. Witnesses said troops moved in at dawn": the day the story is at (see storyDay).
      const story = storyDay(c);
      if (story) return podT(story.date, pod, { kind: 'timex', value: story.prev.value, index: c.previous.indexOf(story.prev) }, `${quote(c)} on the day the story is at ('${story.prev.text}', the sentence before) → ${fmt(story.date)}T${pod.code}`);
      return podT(c.dct.date, pod, pub(c.dct), `${quote(c)} ${ofArticle(c.dct)} → ${fmt(c.dct.date)}T${pod.code}`);
    }
    if (!day.interval) return { ...day, type: 'TIME', value: `${day.value}T${pod.code}` };
    const d = new Date(day.interval.start.slice(0, 10) + 'T00:00:00');
    return podT(d, pod, day.anchor, `${day.reason}, ${g.pod}`);
  },
  dayRangeEnd(c) {
    const g = c.groups;
    if (g.year) return absDate(c);
    // The year of the range's first day ("Jan 5" just before).
    const prev = c.previous[c.previous.length - 1];
    const m = monthNumber(g.month ?? '');
    if (prev && prev.granularity === 'day' && prev.end >= c.start - 4 && /^\d{4}-\d\d-\d\d$/.test(prev.value) && Number(prev.value.slice(5, 7)) === m) {
      const d = ymd(Number(prev.value.slice(0, 4)), m, Number(g.day));
      if (d.getMonth() + 1 === m) return dayT(d, prev.anchor, `${quote(c)} ends the range from ${prev.value} → ${human(d)}`);
    }
    return absDate(c);
  },
  dayOfMonth(c) {
    const g = c.groups;
    const day = Number(g.day);
    const rel = g.rel?.toLowerCase();
    // The month of the nearest earlier date in the text ("In March … on the 21st"), else of the publication date.
    let base: { y: number; m: number; anchor: TimexAnchor; why: string } | undefined;
    const prev = c.previous[c.previous.length - 1];
    if (!rel && prev && (prev.granularity === 'day' || prev.granularity === 'month') && /^\d{4}-\d\d/.test(prev.value) && c.start - prev.end < 300) {
      base = { y: Number(prev.value.slice(0, 4)), m: Number(prev.value.slice(5, 7)), anchor: prev.anchor.kind === 'none' ? { kind: 'timex', value: prev.value, index: c.previous.length - 1 } : prev.anchor, why: `the month of '${prev.text}'` };
    }
    if (!base) {
      if (!c.dct) return unresolved('DATE', `XXXX-XX-${pad2(day)}`, `${quote(c)} has no month`);
      const dct = c.dct;
      let shift = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
      let why = rel ? `${rel} month ${ofArticle(dct)}` : `the month ${ofArticle(dct)}`;
      if (!rel) {
        const t = tenseOf(c);
        if (t === 'past' && day > dct.day) { shift = -1; why = `${tenseWord(t)} sentence, the last such day before ${human(dct.date)}`; }
        else if (t === 'future' && day < dct.day) { shift = 1; why = `${tenseWord(t)} sentence, the next such day after ${human(dct.date)}`; }
      }
      const first = addMonths(ymd(dct.year, dct.month, 1), shift);
      base = { y: first.getFullYear(), m: first.getMonth() + 1, anchor: pub(dct), why };
    }
    const d = ymd(base.y, base.m, day);
    if (d.getDate() !== day) return unresolved('DATE', `${base.y}-${pad2(base.m)}-${pad2(day)}`, `${quote(c)} is not a day of ${base.y}-${pad2(base.m)}`);
    return dayT(d, base.anchor, `${quote(c)}: ${base.why} → ${human(d)}`);
  },
  partOfDayOf(c) {
    const g = c.groups;
    const sub = (groups: Record<string, string | undefined>): ResolveContext => withGroups(c, groups);
    const r = g.weekday ? resolvers.weekday(sub({ weekday: g.weekday }), undefined as never)
      : g.rday ? resolvers.relativeDay(sub({ rel: g.rday }), undefined as never)
        : absDate(sub({ month: g.month ?? g.month2, day: g.day ?? g.day2, year: g.year ?? g.year2 }));
    const pod = g.pod ? PARTS_OF_DAY[g.pod.toLowerCase()] : undefined;
    if (pod) {
      // "the evening of March 2": that day's part of day, a TIME like "Friday evening".
      if (!r.interval) return { ...r, value: `${r.value}T${pod.code}` };
      return podT(new Date(r.interval.start.slice(0, 10) + 'T00:00:00'), pod, r.anchor, `${r.reason}, ${g.pod}`);
    }
    if (!r.interval) return { ...r, mod: 'START' };
    const day = r.interval.start;
    return { ...r, mod: 'START', interval: { start: `${day}T00:00`, end: `${day}T06:00` }, reason: `${r.reason}, its first hours` };
  },
  weekOf(c) {
    const g = c.groups;
    if (g.nth) return nthWeekOfMonth(c);
    const r = absDate(withGroups(c, { month: g.month ?? g.month2, day: g.day ?? g.day2, year: g.year ?? g.year2 }));
    if (!r.interval) return { ...r, value: r.value.length >= 10 ? 'XXXX-WXX' : r.value, granularity: 'vague' };
    const monday = startOfISOWeek(new Date(r.interval.start + 'T00:00:00'));
    return weekT(monday, r.anchor, `${r.reason}; the week holding it → ${weekValue(monday)}`);
  },
};

const NTH_WEEK: Readonly<Record<string, number>> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

/** "the first week of March": days 1–7 of that month (the last week: its last seven days), valued as the ISO week holding most of them. */
function nthWeekOfMonth(c: ResolveContext): Resolved {
  const g = c.groups;
  const rel = g.rel?.toLowerCase();
  const month = g.month3 && g.year3
    ? monthT(Number(g.year3), monthNumber(g.month3), NONE, `${quote(c)} names its month`)
    : g.month3
      ? resolvers.month(withGroups(c, { month: g.month3 }), undefined as never)
      : shiftUnit(c, 'month', rel === 'last' ? -1 : rel === 'next' ? 1 : 0, null);
  if (!month.interval) return leftOpen('DATE', 'XXXX-WXX', `${quote(c)}: ${month.reason}`, month.anchor);
  const nth = NTH_WEEK[(g.nth ?? '').toLowerCase()] ?? 1;
  const weekIn = (first: Date, next: Date): Date => (nth < 0 ? addDays(next, -7) : addDays(first, (nth - 1) * 7));
  let first = new Date(`${month.interval.start}T00:00:00`);
  let from = weekIn(first, new Date(`${month.interval.end}T00:00:00`));
  // A month name without a year is placed by tense; the week itself must then lie on that side of the publication day.
  let why = month.reason;
  const step = g.month3 && !g.year3 && c.dct ? tenseStep(c, { start: fmt(from), end: fmt(addDays(from, 7)) }) : 0;
  if (step !== 0) {
    first = addMonths(first, 12 * step);
    from = weekIn(first, addMonths(first, 1));
    why = `in ${tenseWord(tenseOf(c))} sentence that week of ${month.value} is ${step > 0 ? 'past' : 'still to come'} ${ofArticle(c.dct!)}, so ${step > 0 ? 'next' : 'last'} year's`;
  }
  const monday = startOfISOWeek(addDays(from, 3));
  const to = addDays(from, 7);
  return date('DATE', weekValue(monday), 'week', from, to, month.anchor, `${quote(c)}: ${human(from)} to ${human(addDays(to, -1))} (${why}) → ISO week ${weekValue(monday)}`);
}

const WEEKDAY_LABEL = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function addMinute(v: string): string { return shiftClock(v, 1); }
function addHour(v: string): string { return shiftClock(v, 60); }
function shiftClock(v: string, minutes: number): string {
  const [d, t] = v.split('T') as [string, string];
  const [h, m] = t.split(':').map(Number) as [number, number];
  const total = h * 60 + m + minutes;
  const day = addDays(new Date(d + 'T00:00:00'), Math.floor(total / 1440));
  const rem = total % 1440;
  return `${fmt(day)}T${pad2(Math.floor(rem / 60))}:${pad2(rem % 60)}`;
}

function podT(d: Date, pod: { code: string; from: number; to: number }, anchor: TimexAnchor, reason: string): Resolved {
  const base = fmt(d);
  const start = `${base}T${pad2(pod.from)}:00`;
  const end = shiftClock(`${base}T00:00`, pod.to * 60);
  return { type: 'TIME', value: `${base}T${pod.code}`, mod: null, granularity: 'part-of-day', interval: { start, end }, anchor, reason };
}

function vague(value: string, c: ResolveContext): Resolved {
  if (!c.dct) return { type: 'DATE', value, mod: null, granularity: 'vague', interval: null, anchor: UNRESOLVED, reason: `${quote(c)} is a vague reference (${value})` };
  return { type: 'DATE', value, mod: null, granularity: 'vague', interval: null, anchor: pub(c.dct), reason: `${quote(c)} is a vague reference (${value}) relative to ${human(c.dct.date)}` };
}

/** shiftUnit's values without a publication date (a table made once, not per expression). */
const UNIT_PLACEHOLDERS: Readonly<Record<string, string>> = { week: 'XXXX-WXX', month: 'XXXX-XX', year: 'XXXX', quarter: 'XXXX-QX', decade: 'XXX', century: 'XX', day: 'XXXX-XX-XX' };

/** X this/last/next week|month|year|quarter|decade relative to the DCT. */
function shiftUnit(c: ResolveContext, unit: string, shift: number, mod: TimexMod | null): Resolved {
  if (!c.dct) return unresolved('DATE', UNIT_PLACEHOLDERS[unit] ?? 'XXXX', `${quote(c)} is relative`, mod);
  const dct = c.dct;
  const desc = `${quote(c)} ${ofArticle(dct)}`;
  switch (unit) {
    case 'week': { const mon = addWeeks(startOfISOWeek(dct.date), shift); return withPart(weekT(mon, pub(dct), `${desc} → week of ${human(mon)}`), mod); }
    case 'month': { const d = addMonths(ymd(dct.year, dct.month, 1), shift); return monthT(d.getFullYear(), d.getMonth() + 1, pub(dct), `${desc} → ${MON[d.getMonth()]} ${d.getFullYear()}`, mod); }
    case 'quarter': {
      const d = addMonths(ymd(dct.year, Math.floor((dct.month - 1) / 3) * 3 + 1, 1), shift * 3);
      const q = Math.floor(d.getMonth() / 3) + 1;
      return withPart(date('DATE', `${d.getFullYear()}-Q${q}`, 'quarter', d, addMonths(d, 3), pub(dct), `${desc} → Q${q} ${d.getFullYear()}`), mod);
    }
    case 'decade': { const dec = Math.floor(dct.year / 10) + shift; return withPart(date('DATE', String(dec), 'decade', ymd(dec * 10, 1, 1), ymd(dec * 10 + 10, 1, 1), pub(dct), `${desc} → ${dec}0s`), mod); }
    case 'century': { const cc = Math.floor(dct.year / 100) + shift; return date('DATE', String(cc), 'century', ymd(cc * 100, 1, 1), ymd(cc * 100 + 100, 1, 1), pub(dct), desc); }
    case 'day': { const d = addDays(dct.date, shift); return dayT(d, pub(dct), `${desc} → ${human(d)}`); }
    default: { const y = dct.year + shift; return yearT(y, pub(dct), `${desc} → ${y}`, mod); }
  }
}

const NAMED_DAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day\b|\btomorrow\b/i;
const bareClock = (t: Timex): boolean => t.rule === 'time-then-day' && !NAMED_DAY.test(t.text);

interface AnchorPoint { date: Date; anchor: TimexAnchor; label: string; granularity: Granularity }

/** previous[i] as the point an anchored expression counts from. */
function anchorPointOf(t: Timex, i: number): AnchorPoint {
  return { date: new Date(t.interval!.start.slice(0, 10) + 'T00:00:00'), anchor: { kind: 'timex', value: t.value, index: i }, label: `'${t.text}' (${t.value})`, granularity: t.granularity };
}

/** The latest earlier date that is not reckoned from the publication date. */
function storyAnchor(c: ResolveContext): AnchorPoint | undefined {
  for (let i = c.previous.length - 1; i >= 0; i--) {
    const t = c.previous[i]!;
    if (t.type !== 'DATE' || !t.interval || t.anchor.kind === 'publication' || t.granularity === 'vague') continue;
    return anchorPointOf(t, i);
  }
  return undefined;
}

/** The latest earlier expression with a concrete date, else the publication date. */
function anchorFor(c: ResolveContext): AnchorPoint | undefined {
  let possessive: AnchorPoint | undefined;
  for (let i = c.previous.length - 1; i >= 0; i--) {
    const t = c.previous[i]!;
    // A modded day ("late Friday", "late Thursday night") still names its day; "early 2023" names no day to count from; a bare clock
    // time ("at 9 a.m. the next day") only guessed its day.
    if ((t.type === 'DATE' || t.type === 'TIME') && t.interval && t.granularity !== 'vague' && (!t.mod || t.granularity === 'day' || t.granularity === 'part-of-day') && !bareClock(t)) {
      const point = anchorPointOf(t, i);
      if (possessive) return sentenceEndsBetween(c.text, t.end, c.start) <= 1 ? point : possessive;
      // A possessive date modifies a noun ("… on Wednesday, wiping out Tuesday's gains. A day earlier, …"): the story
      // is at the date before it, if one is near (this sentence or the one before).
      if (POSSESSIVE_AFTER.test(c.text.slice(t.end, t.end + 2))) { possessive = point; continue; }
      return point;
    }
  }
  if (possessive) return possessive;
  if (c.dct) return { date: c.dct.date, anchor: pub(c.dct), label: `the publication date ${human(c.dct.date)}`, granularity: 'day' };
  return undefined;
}

/** Granularities that name no particular week or day: counting days or weeks from them would invent one ("ousted in
 * November before being reinstated five days later"). */
const NO_DAY_IN_IT: ReadonlySet<Granularity> = new Set<Granularity>(['month', 'season', 'quarter', 'half', 'year', 'decade', 'century']);
const DAY_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'weekend', 'fortnight', 'hour', 'minute']);

/**
 * anchorFor, but a count of days or hours from a year or month looks for the day named earlier inside it ("on June 5,
 * 1975 … In 1975, the count ran until the following afternoon": 6 June).
 */
function anchorForUnit(c: ResolveContext, unit: string): AnchorPoint | undefined {
  const a = anchorFor(c);
  if (!a || a.anchor.kind !== 'timex' || !NO_DAY_IN_IT.has(a.granularity) || !(DAY_UNITS.has(unit) || PARTS_OF_DAY[unit])) return a;
  const coarse = c.previous[a.anchor.index]?.interval;
  if (!coarse) return a;
  for (let i = a.anchor.index - 1; i >= 0; i--) {
    const t = c.previous[i]!;
    if (!t.interval || !namesADay(t) || bareClock(t) || t.interval.start < coarse.start || t.interval.start >= coarse.end) continue;
    return anchorPointOf(t, i);
  }
  // A year said in passing ("a target for 2035", "the record set in 1974") does not move the story off the day it is
  // at: "that afternoon", "the following afternoon" count from that day, when it was told in this sentence or the one before.
  for (let i = a.anchor.index - 1; i >= 0; i--) {
    const t = c.previous[i]!;
    if (!t.interval || !namesADay(t) || bareClock(t)) continue;
    return sentenceEndsBetween(c.text, t.end, c.start) <= 1 ? anchorPointOf(t, i) : a;
  }
  return a;
}

const CLOCK_TIME_VALUE = /^\d{4}-\d\d-\d\dT\d\d:\d\d$/;
/** "at 2 p.m. (0200 GMT)": the second clock restates the first in another zone. */
function restatesClock(text: string, first: Timex, second: { start: number }): boolean {
  return CLOCK_TIME_VALUE.test(first.value) && /^\s*\(\s*$/.test(text.slice(first.end, second.start));
}

/** A clock time (YYYY-MM-DDThh:mm) earlier in the same sentence, the latest expression before this one. */
function clockEarlierInSentence(c: ResolveContext): Timex | undefined {
  const n = c.previous.length;
  // "at 2 p.m. (0200 GMT), … an hour later": from the clock the parenthesis restates; "at 12.30am on 23 October, and
  // … an hour later": from the clock the date dates.
  const last = c.previous[n - 1];
  const before = c.previous[n - 2];
  const prev = before && last && (restatesClock(c.text, before, last) || (CLOCK_TIME_VALUE.test(before.value) && before.value.startsWith(last.value) && last.start - before.end < 12)) ? before : last;
  // (Only in the same sentence: after a sentence end, writers date "six minutes later" by the day as often as by the clock.)
  if (!prev || !CLOCK_TIME_VALUE.test(prev.value) || sentenceEndsBetween(c.text, prev.end, c.start) > 0) return undefined;
  return prev;
}

/** "The following week" after "last year": the anchor cannot place a week, so the value stays unresolved, not guessed. */
function tooCoarse(c: ResolveContext, a: AnchorPoint, unit: string): Resolved | undefined {
  if (a.anchor.kind !== 'timex' || !NO_DAY_IN_IT.has(a.granularity) || !(DAY_UNITS.has(unit) || PARTS_OF_DAY[unit])) return undefined;
  const week = unit === 'week' || unit === 'weekend';
  return leftOpen('DATE', week ? 'XXXX-WXX' : 'XXXX-XX-XX', `${quote(c)} is counted from ${a.label}, which names no ${week ? 'week' : 'day'} → unresolved`, a.anchor);
}

/** "the following Monday" (step 1) / "the previous Friday" (-1): the first such weekday after/before the anchor day. */
function anchoredWeekday(c: ResolveContext, step: 1 | -1): Resolved {
  const name = c.groups.weekday ?? '';
  const iso = WEEKDAY_LABEL.findIndex((w) => w.toLowerCase() === name.toLowerCase());
  const a = anchorForUnit(c, 'day');
  if (!a || iso < 1) return unresolved('DATE', `XXXX-WXX-${iso < 1 ? 'X' : iso}`, `${quote(c)} is relative to an unknown time`);
  const coarse = tooCoarse(c, a, 'day');
  if (coarse) return coarse;
  let d = addDays(a.date, step);
  while (getISODay(d) !== iso) d = addDays(d, step);
  return dayT(d, a.anchor, `${quote(c)}: the first ${WEEKDAY_LABEL[iso]} ${step > 0 ? 'after' : 'before'} ${a.label} → ${human(d)}`);
}

function anchoredStep(c: ResolveContext, step: number): Resolved {
  const unit = (c.groups.unit ?? 'day').toLowerCase();
  const a = anchorForUnit(c, unit);
  if (!a) return unresolved('DATE', 'XXXX-XX-XX', `${quote(c)} is relative to an unknown time`);
  const coarse = tooCoarse(c, a, unit);
  if (coarse) return coarse;
  const pod = PARTS_OF_DAY[unit];
  let r: Resolved;
  if (pod || unit === 'day') {
    const d = addDays(a.date, step);
    r = pod ? podT(d, pod, a.anchor, '') : dayT(d, a.anchor, '');
  } else if (unit === 'week') {
    const mon = addWeeks(startOfISOWeek(a.date), step);
    r = weekT(mon, a.anchor, '');
  } else if (unit === 'weekend') {
    // "work from 11 p.m. Friday to 5 a.m. Monday. A second closure is planned for the following weekend": from a told
    // weekday, the weekend that ends its week comes next; from a weekend (or a week), the one a week on.
    const weekday = a.anchor.kind === 'timex' && namesADayGranularity(a.granularity) && getISODay(a.date) <= 5;
    const mon = addWeeks(startOfISOWeek(a.date), step === 1 && weekday ? 0 : step);
    const sat = addDays(mon, 5);
    r = date('DATE', `${weekValue(mon)}-WE`, 'weekend', sat, addDays(sat, 2), a.anchor, '');
  } else if (unit === 'month') {
    const d = addMonths(ymd(a.date.getFullYear(), a.date.getMonth() + 1, 1), step);
    r = monthT(d.getFullYear(), d.getMonth() + 1, a.anchor, '');
  } else {
    r = yearT(a.date.getFullYear() + step, a.anchor, '');
  }
  return { ...r, reason: `${quote(c)} relative to ${a.label} → ${r.value}` };
}

/** A date with a time of day or part of day: 2023-10-14T15:00, XXXX-XX-XXTNI, XXXX-WXX-1TMO. */
const CLOCK_VALUE = /^[\dX]{4}-[\dXW][^T]*T./;

export function resolve(rule: Rule, c: ResolveContext): Resolved {
  const r = resolvers[rule.kind](c, rule);
  if (r.type === 'DURATION' || r.type === 'SET') return r;
  // Rules typed TIME may resolve to a DATE and vice versa (a weekday with "night" is a TIME).
  // (Only a calendar value with a clock part: PAST_REF/PRESENT_REF/FUTURE_REF contain a 'T' too.)
  const type = CLOCK_VALUE.test(r.value) ? 'TIME' : r.type;
  // A copy only when the type changes (most values already have theirs).
  return type === r.type ? r : { ...r, type };
}

