/**
 * Pattern rules: data only. Each rule names the resolution `kind` (see ../resolve.ts), the regex that
 * finds it (built from ./words.ts, compiled once at module load) and declarative context guards.
 * The engine (../engine.ts) applies them; add a rule here without touching the engine.
 */
import type { TimexType } from '../types';
import {
  CENTURY_ORDINALS, DATA_NOUNS, DEFERRAL_VERBS, DURATION_MODS, FUZZY_COUNTS, MEASURE_WORDS, MONTH_ABBREVIATIONS, MONTH_NAMES,
  DIGIT_WORDS, NUMBER_WORDS, QUANTITY_WORDS_BEFORE, TENS_WORDS, RANGE_WORDS, SCHEDULED_EVENT_NOUNS, WEEKDAY_ABBREVIATIONS, ORDER_VERBS, WEEKDAY_NAME_AFTER, WEEKDAY_NAME_BEFORE, WEEKDAY_NAMES, WEEKDAY_ORDINALS,
} from './words';
import { trieAlt } from './trie';

export type RuleKind =
  | 'isoDate' | 'absDate' | 'monthYear' | 'month' | 'year' | 'decade'
  | 'weekday' | 'weekdaySet' | 'relativeDay' | 'dayPart' | 'ago' | 'relativeUnit' | 'partOfUnit'
  | 'partOfMonth' | 'partOfYear' | 'weekend' | 'season' | 'quarter' | 'half' | 'time'
  | 'duration' | 'pastDuration' | 'vague' | 'set' | 'anchoredShift' | 'anchoredNext' | 'anchoredSame'
  | 'yearRangeEnd' | 'century' | 'partOfDayOf' | 'dayOfMonth' | 'dayRangeEnd' | 'anchoredPart' | 'anchoredAround'
  | 'overnight' | 'turnOfCentury' | 'dawn' | 'holiday' | 'weekOf' | 'newYear' | 'thisTimeLast' | 'monthOfRelYear' | 'elapsedTime' | 'anchoredSeason'
  | 'nthWeekday' | 'compoundDuration' | 'anchoredThat' | 'weekdayOfRelWeek';

export interface RuleGuards {
  /** Rejected if the text just before the match matches (tested on up to 40 chars; anchor with $). */
  notPrecededBy?: RegExp;
  /** Rejected if the text just after the match matches (tested on up to 40 chars; anchor with ^). */
  notFollowedBy?: RegExp;
  /** At least one of these must match (before: text ending at the match; after: text following it). */
  context?: { before?: RegExp; after?: RegExp; text?: RegExp };
  /** Rejected if the matched text itself matches. */
  textNot?: RegExp;
  /** Only in a clause whose tense (see ../tense.ts) is future or intent ("vowed to seize one day"). */
  tense?: 'future';
}

export interface Rule {
  id: string;
  kind: RuleKind;
  type: TimexType;
  pattern: RegExp;
  /** Breaks ties between equally long overlapping matches (higher wins). */
  priority?: number;
  /** Fixed values for the resolver (e.g. the vague value). */
  params?: Readonly<Record<string, string>>;
  guards?: RuleGuards;
  /**
   * Keywords (lower case, singular) of which every match contains at least one; '#digit' for numbers.
   * The engine only runs the pattern near these words. Without triggers the whole text is scanned.
   */
  triggers?: readonly string[];
  /**
   * How far (characters) a match may start before the trigger word it contains and end after it; the
   * engine only scans that window around each trigger. Default: [64, 96]. Upper bounds, with margin.
   */
  reach?: readonly [before: number, after: number];
  /**
   * A cheap test every window holding a match passes (a word or character the pattern cannot do without); the engine
   * skips windows that fail it before running the full pattern. Most windows around a trigger hold no match.
   */
  prefilter?: RegExp;
}

// ---- building blocks -------------------------------------------------------------------------

const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Lower-case word that may be capitalised at a sentence start: "last" → "[Ll]ast". */
const ci = (w: string): string => {
  const first = w.charAt(0);
  const rest = esc(w.slice(1)).replace(/ /g, '\\s+');
  return /[a-z]/.test(first) ? `[${first.toUpperCase()}${first}]${rest}` : esc(first) + rest;
};
const byLength = (ws: readonly string[]): string[] => [...ws].sort((a, b) => b.length - a.length);
/** Word alternation (trie-shaped, see ./trie.ts); first letter may be capitalised. */
const alt = (ws: readonly string[]): string => trieAlt(ws.map((w) => w.toLowerCase()), true);
void ci;
/** Proper names: capitalised or all caps, never lower case ("may", "march" are verbs). */
const names = (ws: readonly string[]): string => byLength(ws).flatMap((w) => [esc(w), esc(w.toUpperCase())]).join('|');
const capitalised = (ws: readonly string[]): string[] => ws.map((w) => w.charAt(0).toUpperCase() + w.slice(1));

const MONTH = names(MONTH_NAMES);
const MONTH_SAFE = names(MONTH_NAMES.filter((m) => m !== 'May' && m !== 'March'));
const MONTH_ABBR = `(?:${names(capitalised(Object.keys(MONTH_ABBREVIATIONS)))})\\.?`;
const ANY_MONTH = `${MONTH}|${MONTH_ABBR}`;
const WEEKDAY = names(WEEKDAY_NAMES);
const WEEKDAY_ABBR = names(WEEKDAY_ABBREVIATIONS);
const YEAR = '(?:19|20)\\d\\d';
/** A year written with a month (and day), which makes it a date: also before 1900 ("April 19, 1775", "October 1769"). */
const DATED_YEAR = '(?:1[0-9]|20)\\d\\d';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
// "5,500 years": thousands separated by commas.
// Counts written out: "seventy-five", "two hundred and twenty", "a hundred" — a suffix of the first number word, so the
// words are tried once at each position.
const SMALL_NUMBER_WORDS = Object.keys(NUMBER_WORDS).filter((w) => NUMBER_WORDS[w]! < 20 && w !== 'a' && w !== 'an');
const NUMBER_WORD_SUFFIX = `(?:-(?:${DIGIT_WORDS.join('|')})\\b|\\s+hundred\\b(?:\\s+(?:and\\s+)?(?:(?:${TENS_WORDS.join('|')})(?:-(?:${DIGIT_WORDS.join('|')}))?|${SMALL_NUMBER_WORDS.join('|')})\\b)?)?`;
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d+)?|${alt([...Object.keys(NUMBER_WORDS), ...FUZZY_COUNTS])}${NUMBER_WORD_SUFFIX})`;
const UNIT = '(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie))';
/** UNIT with an optional capital first letter, for a unit that can open a sentence. */
const UNIT_CAPITALISABLE = '(?:[Ss]econd|[Mm]inute|[Hh]our|[Dd]ay|[Ww]eek|[Ff]ortnight|[Mm]onth|[Yy]ear|[Dd]ecade|[Cc]entur(?:y|ie))';
const CAL_UNIT = '(?:week|month|year|quarter|decade|century)';
const MOD = alt(Object.keys(DURATION_MODS));
// Parts of the day, as written or in capitals (headlines: "MONDAY MORNING").
const POD = '(?:morning|afternoon|evening|night|MORNING|AFTERNOON|EVENING|NIGHT)';
const ORD = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';
const REL = `(?:${alt(['last', 'next', 'this', 'coming', 'past'])})`;
const PART = `(?:${alt(['early', 'late', 'mid', 'middle'])})`;
const AMPM = '(?:[ap]\\.\\s?m\\.?|[AP]\\.\\s?M\\.?|[ap]m\\b|[AP]M\\b)';
// North American, European, Asian and Australasian zone abbreviations written after a clock time ("8 p.m. CT", "6pm AEST").
const ZONE = '(?:GMT|UTC|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|AKDT|HST|NT|NST|NDT|AT|AST|ADT|WET|WEST|CET|CEST|EET|EEST|BST|MSK|IST|PKT|SGT|HKT|PHT|KST|JST|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT|SAST|WAT|EAT|local time|hours|hrs)';
/** Zones written out after a clock time ("10 a.m. Eastern", "9 p.m. Pacific Standard Time"); not after a bare number. */
// Not the first word of a name ("8 p.m. Central Park"); a weekday may follow.
const ZONE_NAMED = `(?:Eastern|Pacific|Central|Mountain|Atlantic)(?:\\s+(?:[Ss]tandard\\s+|[Dd]aylight\\s+)?[Tt]ime)?(?!\\s+(?!(?:${WEEKDAY})\\b)[A-Z][a-z])`;
const WORDS = (ws: readonly string[]): string => ws.map(esc).join('|');
/** Adverbs of a recurrence ("daily", "weekly"). */
const SET_ADVERBS = ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'quarterly'];

const re = (source: string): RegExp => new RegExp(source, 'g');

/** After a number that would make a 4-digit year a quantity ("2023 people"). */
// A range word followed by a number that is no year makes both counts ("between 2000 and 2500 people"); "2005 to 2010",
// "in 2015 and became" keep the year.
const MEASURE_AFTER = new RegExp(`^\\s*(?:%|(?:${WORDS(MEASURE_WORDS.filter((w) => !RANGE_WORDS.includes(w)))}|${ZONE})\\b|(?:${WORDS(RANGE_WORDS)})\\s+(?!${YEAR}\\b)\\d)`);
/**
 * After a number that "in"/"since" would make a historic year: a measure word, or any plural noun ("in 1200 offices");
 * "in 1848 and 1871" stays two years.
 */
const COUNTED_AFTER = new RegExp(
  `^\\s*(?:%|(?:${WORDS(MEASURE_WORDS.filter((w) => !RANGE_WORDS.includes(w)))})\\b|[a-z]+s\\b(?<!\\b(?:was|has|is|as|its|this|his|thus|across|always|perhaps|unless)))`,
);
/**
 * "3 million barrels a day", "$2 a day", "60 hours a week", "2% a year": "a <unit>" right after a quantity (and up
 * to two words) is a rate, a SET, not a one-unit duration — unless it counts from something ("a week after the vote").
 */
// The words between are the quantity's noun, not a preposition: "followed 9,000 adolescents for a decade" is a length.
export const RATE_BEFORE = new RegExp(`(?:\\d[\\d,.]*|\\d\\s*%|\\b(?:million|billion|thousand|hundred|percent|dozen))\\s+(?:(?!(?:for|in|over|within|during|after|about|than|by)\\s)[A-Za-z-]+\\s+){0,2}$`);
export const RATE_NOT_AFTER = /^\s+(?:after|before|later|earlier|ago|of|from|into|since|or|and)\b/;
/** After a verb that moves an event to a later date ("postponed until"): the date is in the future. */
// "delay it until the summer", "postponed the trial until Monday", "a delay until after the summer": an object may sit
// between the verb and "until"
// (only a pronoun or "the <noun>" before "to"/"for", which follow many other words).
/** Cheap first test for DEFERRAL_BEFORE on the last 18 characters: most expressions follow no such preposition. */
export const DEFERRAL_PREP_BEFORE = /(?:until|till|to|for)\s+(?:after\s+)?(?:(?:next|the|this|coming)\s+)?$/i;
export const DEFERRAL_BEFORE = new RegExp(`\\b(?:${WORDS(DEFERRAL_VERBS)})\\s+(?:(?:[\\w'’-]+,?\\s+){0,12}(?:until|till)|(?:by\\s+(?:[\\w'’-]+\\s+){0,2}[\\w'’-]+,?\\s+to)|(?:(?:it|them|this|that|the\\s+[\\w-]+)\\s+)?(?:until|till|to|for))\\s+(?:after\\s+)?(?:(?:next|the|this|coming)\\s+)?$`, 'i');
/** The same told in the past perfect ("had been given until noon Friday"): a deadline already gone, no future. */
export const PAST_PERFECT_DEFERRAL_BEFORE = new RegExp(`\\bhad\\s+(?:(?:been|already|originally|initially|also|once)\\s+){0,2}(?:${WORDS(DEFERRAL_VERBS)})\\b[^.;!?]*$`, 'i');
/**
 * A present-tense copula with the expression as its complement schedules it ("The vote is on Thursday", "The
 * election is in November", "Officials are meeting on Friday"): read forwards, like a future clause. Only right before
 * the expression: "the attack on Saturday is the deadliest" (copula after it) stays past.
 */
export const PRESENT_SCHEDULE_BEFORE = /\b(?:is|are)\s+(?:(?:also|still|now|only)\s+)?(?:(?!(?:no|some|any|every)thing\b)[a-z]{2,}ing\s+)?(?:(?:on|in|at)\s+)?$/i;
/**
 * A warning's validity or what it warns of: "valid from noon Saturday", "in force until 9pm Sunday", "warned of heavy
 * rainfall on Wednesday", "warned of blizzards through Monday": the time is ahead, whatever the verb that issued it.
 */
export const WARNING_FOR_BEFORE = /\b(?:(?:valid|in\s+force|in\s+effect)\s+(?:from|until|till|through)|warn(?:ed|s|ing)?\s+of\s+(?:[\w-]+\s+){1,5}(?:on|through|until|by|from))\s+$/i;
/** A deadline set by a command: "ordered all residents of Yellowknife to leave by" (see ORDER_VERBS). */
export const ORDERED_BY_BEFORE = new RegExp(`\\b(?:${WORDS(ORDER_VERBS)})\\s+(?:[\\w,'’-]+\\s+){0,6}?to\\s+[a-z]+(?:\\s+[\\w'’-]+){0,4}?\\s+by\\s+$`, 'i');
/** "ahead of Sunday's runoff", "ahead of the October 31 deadline": what is ahead is still to come, or near. */
export const AHEAD_OF_BEFORE = /\bahead\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;
/** A statistic "for" a period ("figures for January", "data for the third quarter"): the period is measured, so past. */
export const DATA_FOR_BEFORE = new RegExp(`\\b(?:${DATA_NOUNS.join('|')})\\s+for\\s+(?:the\\s+)?$`, 'i');
/** After a weekday, the date it names ("Friday, March 22"): the clock time then takes the whole date (DATE_AFTER_CLOCK). */
const WEEKDAY_BEFORE_DATE = `\\.?,?\\s+(?:(?:${ANY_MONTH})\\s*${DAY}|${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${ANY_MONTH}))`;
/**
 * "Updated 3:15 PM EDT, Tue March 12, 2024", "at 8:30 p.m. on Oct. 9", "at 5 p.m. on 4 July": a date right after a clock
 * time, across a comma (and a zone offset such as "GMT+1"), is that time's day. Groups: month/day or day2/month2, year.
 */
export const DATE_AFTER_CLOCK = new RegExp(
  `^(?:[+-]\\d{1,2}(?::?\\d\\d)?)?\\s*,?\\s+(?:on\\s+)?(?:(?:${WEEKDAY}|${WEEKDAY_ABBR})\\.?,?\\s+)?` +
    `(?:(?<month>${ANY_MONTH})\\s*(?<day>${DAY})(?:st|nd|rd|th)?|(?<day2>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>${ANY_MONTH}))` +
    `\\b(?:,?\\s+(?<year>${YEAR})\\b)?(?![:.]?\\d)`,
);
/**
 * An event noun scheduled "for" the expression ("called a snap election for June 30", "set a hearing for Monday",
 * "a trial date for March 4"): the date is ahead whatever the tense of the announcing verb.
 */
// "the vote for Friday", "a rain warning for the weekend"; "set the trial for March" (a date set is ahead of the setting).
export const SCHEDULED_FOR_BEFORE = new RegExp(
  `\\b(?:(?:${WORDS(SCHEDULED_EVENT_NOUNS)})s?|(?:set|slated|pencill?ed\\s+in)\\s+(?:it|them|the\\s+[\\w-]+|an?\\s+[\\w-]+))\\s+for\\s+(?:(?:next|this|the)\\s+)?$`,
  'i',
);
/**
 * "until"/"till"/"through" right before the expression: in a clause with no tense cue ("the bridge remains closed until
 * Friday", "the festival runs through Sunday") the state runs up to a coming date.
 */
export const UNTIL_BEFORE = /\b(?:until|till|through|thru)\s+(?:(?:next|this|coming)\s+)?$/i;
/** A future verb group ending in "in" right before a count ("will be available in five years", "takes effect in"). */
const FUTURE_IN_BEFORE = /(?:\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|slated|poised)\s+to)\b(?:\s+[\w'’-]+){0,4}|['’]ll(?:\s+[\w'’-]+){0,4}|\b(?:takes?\s+effect|expires?|begins?|starts?|opens?|resumes?|reopens?|returns?))\s+in\s+$/i;
const QUANTITY_BEFORE = new RegExp(`(?:[$€£#]|\\b(?:${WORDS(QUANTITY_WORDS_BEFORE)})\\s+)$`);

// ---- rules -----------------------------------------------------------------------------------

// Trigger words (see Rule.triggers), shared by the rules below and the TRIGGERS table.
const MONTH_WORDS = [...MONTH_NAMES.map((m) => m.toLowerCase()), ...Object.keys(MONTH_ABBREVIATIONS)];
const WEEKDAY_WORDS = [...WEEKDAY_NAMES.map((w) => w.toLowerCase()), ...WEEKDAY_ABBREVIATIONS.map((w) => w.toLowerCase())];
const UNIT_WORDS = ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century', 'centurie'];
const DIGIT = '#digit';
/** Words of which every part-of-month/year match has one ("early", "mid-", "the end of"). */
const PART_EDGE_WORDS = ['early', 'late', 'mid', 'middle', 'beginning', 'start', 'end'];

const RAW_RULES: readonly Rule[] = [
  // Absolute dates
  {
    id: 'date-iso',
    kind: 'isoDate',
    type: 'DATE',
    pattern: re(`\\b(?<year>${YEAR})-(?<month>0[1-9]|1[0-2])-(?<day>3[01]|[12]\\d|0[1-9])(?:T(?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d)(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\w-])`),
  },
  {
    // "2024/03/12", "2024.03.12": year first, then month and day (East Asian and some European styles).
    id: 'date-ymd-numeric',
    kind: 'absDate',
    type: 'DATE',
    pattern: re(`(?<![\\d./-])(?<year>${YEAR})(?<sep>[/.])(?<month>1[0-2]|0?[1-9])\\k<sep>(?<day>${DAY})(?![\\d/-]|\\.\\d)`),
  },
  {
    // "12.03.2024": day first with dots (the European style; never month first with dots).
    id: 'date-dmy-dotted',
    kind: 'absDate',
    type: 'DATE',
    pattern: re(`(?<![\\d./-])(?<day>${DAY})\\.(?<month>1[0-2]|0?[1-9])\\.(?<year>${YEAR})(?![\\d/-]|\\.\\d)`),
    guards: { notPrecededBy: /\b(?:[Vv]ersion|[Vv]er\.|v)\s*$/ },
  },
  {
    id: 'date-dmy-numeric',
    kind: 'absDate',
    type: 'DATE',
    // "16/10/2023": day first where the first number cannot be a month (else the US reading below stands).
    pattern: re(`\\b(?<day>1[3-9]|2\\d|3[01])/(?<month>1[0-2]|0?[1-9])/(?<year>${YEAR})\\b(?!/)`),
  },
  {
    id: 'date-us-numeric',
    kind: 'absDate',
    type: 'DATE',
    pattern: re(`\\b(?<month>1[0-2]|0?[1-9])/(?<day>${DAY})/(?<year>${YEAR})\\b(?!/)`),
  },
  {
    id: 'date-us-numeric-short',
    kind: 'absDate',
    type: 'DATE',
    // "dated 3/12/24": a two-digit year (the century nearest the publication date).
    pattern: re(`(?<![\\w/.-])(?<month>1[0-2]|0?[1-9])/(?<day>${DAY})/(?<yy>\\d\\d)(?![\\w/.-]|\\.\\d)`),
  },
  {
    id: 'date-month-day-year',
    kind: 'absDate',
    type: 'DATE',
    pattern: re(`(?:\\b(?<weekday>${WEEKDAY}|${WEEKDAY_ABBR})\\.?,?\\s+)?\\b(?<month>${ANY_MONTH})\\s*(?<day>${DAY})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>${DATED_YEAR})\\b)?(?![:.]?\\d)`),
  },
  {
    id: 'date-day-month-year',
    kind: 'absDate',
    type: 'DATE',
    pattern: re(`(?:\\b(?<weekday>${WEEKDAY}|${WEEKDAY_ABBR})\\.?,?\\s+)?(?:\\b[Tt]he\\s+)?\\b(?<day>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH}|${MONTH_ABBR})(?![\\w])(?:,?\\s+(?<year>${DATED_YEAR})\\b)?`),
  },
  {
    id: 'date-day-range-start',
    kind: 'absDate',
    type: 'DATE',
    // "5-7 January (2025)", "the 15th and 16th of March": the first day takes the month (and year) written after the
    // second.
    pattern: re(`(?<![\\w.,/:-])(?:[Tt]he\\s+)?(?<day>${DAY})(?:st|nd|rd|th)?(?=(?:[-–]|\\s+(?:and|to|or)\\s+(?:the\\s+)?)${DAY}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH}|${MONTH_ABBR})(?![\\w])(?:,?\\s+(?<year>${YEAR})\\b)?)`),
    // Over "on the 15th" alone (same length): the range gives the month.
    priority: 3,
    // Windows around the month name after the match (which the lookahead reads): month words are rarer than digits.
    triggers: MONTH_WORDS,
    reach: [24, 16],
  },
  {
    id: 'date-day-range-end',
    kind: 'dayRangeEnd',
    type: 'DATE',
    // "Jan 5-7", "Sept. 10–15, 2024": the second day of the month written before the first.
    pattern: re(`(?<=\\b(?<month>${ANY_MONTH})\\s*${DAY}(?:st|nd|rd|th)?[-–])(?<day>${DAY})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>${YEAR})\\b)?(?![:.]?\\d|[-/])`),
    // Windows around the month name before the match (which the lookbehind reads).
    triggers: MONTH_WORDS,
    reach: [0, 32],
  },
  {
    id: 'date-day-range-end-joined',
    kind: 'dayRangeEnd',
    type: 'DATE',
    // "hearings on Jan. 11 and 12.": the second day of the month before; only before punctuation (not "Jan. 11 and
    // 12 people").
    pattern: re(`(?<=\\b(?<month>${ANY_MONTH})\\s*${DAY}(?:st|nd|rd|th)?\\s+(?:and|to|through|or)\\s+)(?<day>${DAY})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>${YEAR})\\b)?(?=\\s*(?:[.;:)]|,(?!\\d)|$))`),
    triggers: MONTH_WORDS,
    reach: [0, 48],
  },
  {
    id: 'date-day-of-month',
    kind: 'dayOfMonth',
    type: 'DATE',
    // "sentenced on the 21st", "by the 28th of this month": a day of the month in context (not "the 15th floor").
    // (The preposition is checked by a lookbehind once "the 21st" matched: cheaper than trying it at every position.)
    pattern: re(`\\bthe\\s+(?<day>${DAY})(?:st|nd|rd|th)\\b(?<=\\b(?:${alt(['on', 'by', 'until', 'till', 'from', 'since', 'before', 'after', 'through', 'to', 'and', 'for'])})\\s+the\\s+\\d+\\w\\w)(?:\\s+of\\s+(?<rel>this|last|next|the)\\s+month\\b)?`),
    guards: { notFollowedBy: /^(?:\s+of\b|-|\s+(?!(?:and|or|at|in|when|but|to|through|until)\b)[A-Za-z])/ },
    triggers: ['#digit'],
    reach: [24, 32],
  },
  {
    id: 'date-month-year',
    kind: 'monthYear',
    type: 'DATE',
    pattern: re(`\\b(?<month>${ANY_MONTH}),?\\s+(?<year>${DATED_YEAR})\\b(?![-/:.,]?\\d)`),
  },
  {
    id: 'date-month-rel-year',
    kind: 'monthOfRelYear',
    type: 'DATE',
    // "August last year", "in March next year", "June of this year", "mid-February this year"
    // "February 18 next year": that day of it.
    pattern: re(`(?:\\b(?<part>${PART})[\\s-]+|\\b(?<day2>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?\\b(?<month>${MONTH})\\s+(?:(?<day>${DAY})(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b`),
    triggers: MONTH_WORDS,
    reach: [24, 32],
    prefilter: /\s(?:last|this|next)\s+year\b/,
  },
  {
    id: 'weekday-of-rel-week',
    kind: 'weekdayOfRelWeek',
    type: 'DATE',
    // "from Friday next week", "Tuesday last week": that weekday of the week named.
    pattern: re(`\\b(?<weekday>${WEEKDAY})\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+week\\b`),
    triggers: ['week'],
    reach: [24, 4],
    prefilter: /\s(?:last|this|next)\s+week\b/,
  },
  {
    id: 'date-rel-month',
    kind: 'month',
    type: 'DATE',
    // "late last July": early/mid/late narrow the month (TimeML mod START/MID/END).
    pattern: re(`(?:\\b(?<part>${PART})[\\s-]+)?\\b(?<rel>${alt(['last', 'next', 'this', 'coming', 'past'])})\\s+(?<month>${MONTH})\\b(?![-'’]\\w)`),
  },
  {
    id: 'date-month',
    kind: 'month',
    type: 'DATE',
    // Unambiguous month names may stand alone ("in June", "June's vote").
    pattern: re(`(?<![\\w-])(?<month>${MONTH_SAFE})\\b(?![-]\\w)`),
  },
  {
    id: 'date-month-ambiguous',
    kind: 'month',
    type: 'DATE',
    // "May"/"March" only after a preposition ("in May"), never "talks may fail" or "veterans march".
    pattern: re(`(?<=\\b(?:${alt(['in', 'of', 'for', 'since', 'by', 'until', 'till', 'from', 'through', 'before', 'after', 'during', 'early', 'late', 'mid', 'to', 'and', 'between', 'its', 'their', 'his', 'her', 'our'])})[\\s-])(?<month>May|March|MAY|MARCH)\\b(?![-'’]\\w)(?!(?<=\\b[Aa]nd\\s+\\w+)\\s+(?:said|says|told|won|lost|met|was|has|had|is|will|would|[a-z]+ed)\\b)`),
    // ("and May survived a confidence vote": after "and", a name before its verb.)
    guards: { notFollowedBy: /^\s+(?:be|have|not|also|well|we|I|you|he|she|they|it)\b/ },
  },
  {
    id: 'date-month-ambiguous-attributive',
    kind: 'month',
    type: 'DATE',
    // "the March figures", "the May jobs report", "the March meeting": the month naming a release or an event (not
    // "the March for Life", "the May government").
    pattern: re(`(?<=\\b[Tt]he\\s)(?<month>May|March)(?=\\s+(?:${WORDS([...DATA_NOUNS, ...SCHEDULED_EVENT_NOUNS.filter((n) => n !== 'march'), 'jobs', 'inflation', 'retail', 'trade', 'decision', 'deadline'])})\\b)`),
    triggers: ['may', 'march'],
    reach: [8, 32],
  },
  {
    id: 'date-year',
    kind: 'year',
    type: 'DATE',
    pattern: re(`(?<![\\w$€£#.,/:-])(?<year>${YEAR})\\b(?![-/:.,]?\\d)`),
    guards: { notPrecededBy: QUANTITY_BEFORE, notFollowedBy: MEASURE_AFTER },
  },
  {
    id: 'date-year-historic',
    kind: 'year',
    type: 'DATE',
    // "signed in 1848", "since 1789", "until 1871": a year before 1900 only right after a word that takes a year
    // (a bare "1500" is as often a count).
    pattern: re(`(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Cc]irca|[Yy]ear)\\s+)(?<year>1[0-8]\\d\\d)\\b(?![-/:.,]?\\d)`),
    guards: { notFollowedBy: COUNTED_AFTER },
    triggers: ['#digit'],
    // The lookbehind's word must lie inside the window.
    reach: [8, 8],
  },
  {
    id: 'date-year-range-start',
    kind: 'year',
    type: 'DATE',
    // TimeML marks each year of "2009-2010" / "the 1998-99 season"; the year rule leaves hyphenated numbers alone.
    pattern: re(`(?<![\\w$€£#.,/:-])(?<year>${YEAR})(?=[-–](?:${YEAR}|\\d\\d)\\b(?![-/:.,]?\\d))`),
    guards: { notPrecededBy: QUANTITY_BEFORE },
    triggers: ['#digit'],
    reach: [0, 16],
  },
  {
    id: 'date-year-range-end',
    kind: 'yearRangeEnd',
    type: 'DATE',
    pattern: re(`(?<=(?<![\\w$€£#.,/:-])(?<from>${YEAR})[-–])(?<year>${YEAR}|\\d\\d)\\b(?![-/:.,]?\\d)`),
    guards: { notFollowedBy: MEASURE_AFTER },
    triggers: ['#digit'],
    reach: [8, 8],
  },
  {
    id: 'date-century',
    kind: 'century',
    type: 'DATE',
    // "the 20th century" (TimeML: value 19, extent without "the"), "19th-century", "the twenty-first century".
    pattern: re(`(?:\\b(?<part>${PART})[\\s-]+)?(?:\\b(?<num>1\\d|2[01]|[1-9])(?:st|nd|rd|th)|\\b(?<word>${alt(Object.keys(CENTURY_ORDINALS))}))[\\s-]+[Cc]entury\\b`),
    guards: { notFollowedBy: /^\s+(?:Fox|Insurance|Studios?|Group|Media)\b/ },
    triggers: ['century'],
    reach: [40, 8],
  },
  {
    id: 'date-fiscal-year',
    kind: 'year',
    type: 'DATE',
    // Company results: "fiscal 2012", "fiscal year 2012", "FY2012", "FY 2012", "FY24".
    pattern: re(`\\b(?:(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s+|FY\\s?)(?<year>${YEAR})|FY(?<yy>\\d\\d))\\b(?![-/:.,]?\\d)`),
    triggers: ['#digit'],
    reach: [20, 8],
  },
  {
    id: 'date-decade',
    kind: 'decade',
    type: 'DATE',
    pattern: re(`(?:\\b[Tt]he\\s+)?(?:\\b(?<part>${PART})[\\s-]+)?(?:\\b(?<decade>(?:1[0-9]|20)\\d)0s\\b|['’](?<short>\\d)0s\\b)(?!-(?:era|style|vintage)\\b)`),
  },

  {
    id: 'holiday',
    kind: 'holiday',
    type: 'DATE',
    // Fixed and common movable holidays; a bare "Christmas"/"Easter"/"Halloween"/"Thanksgiving" needs a preposition
    // ("over Christmas") and is not a name ("Christmas Island", "Easter Island", "Christmas tree"). The period named
    // after one ("the Easter holidays", "the Thanksgiving weekend") is part of the expression.
    // "last Thanksgiving" keeps its word; "Christmas night" is that night (TIME).
    pattern: re(`\\b(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+|[Tt]he\\s+)?(?<holiday>Christmas\\s+(?:Day|Eve)|Election\\s+Day|New\\s+Year['’]s(?:\\s+(?:Day|Eve))?|Valentine['’]s\\s+Day|(?:St\\.?|Saint)\\s+Patrick['’]s\\s+Day|Boxing\\s+Day|Bastille\\s+Day|Armistice\\s+Day|Veterans\\s+Day|Remembrance\\s+Day|Halloween|Fourth\\s+of\\s+July|July\\s+Fourth|Good\\s+Friday|Black\\s+Friday|Cyber\\s+Monday|Easter(?:\\s+(?:Sunday|Monday))?|Thanksgiving(?:\\s+Day)?|Labou?r\\s+Day|Memorial\\s+Day|Juneteenth|Christmas)\\b(?:\\s+(?<period>holidays?|break|recess|weekend|vacation|season)\\b|\\s+(?<pod>morning|night)\\b)?(?:,?\\s+(?<year>${YEAR})\\b)?`),
    guards: {
      // (Juneteenth names nothing else: it needs no preposition.)
      // ("spent Christmas with family", "celebrated Easter": a holiday kept is one too.)
      context: { before: /\b(?:on|before|after|by|until|till|since|over|at|for|during|around|of|from|to|through|until|last|next|this|spen[dt]|spending|celebrat(?:e|ed|es|ing)|mark(?:ed|s|ing)?)\s+$/i, text: /\s|Eve$|Day$|^Juneteenth$/ },
      notFollowedBy: /^\s+(?:Island|Agreement|Rising|[Tt]rees?|[Cc]ards?|[Mm]arkets?|[Cc]arols?|[Ll]ights|[Pp]resents?|[Gg]ifts?|[Dd]ecorations|[Ee]ggs?|[Bb]unny|[Ss]pecial|[Hh]onours|[Mm]essage)\b/,
    },
    triggers: ['christmas', 'year', 'valentine', 'patrick', 'boxing', 'bastille', 'armistice', 'veteran', 'remembrance', 'halloween', 'july', 'friday', 'monday', 'easter', 'thanksgiving', 'labor', 'labour', 'memorial', 'election', 'juneteenth'],
    reach: [24, 32],
  },

  // Weekdays, days and parts of day
  {
    id: 'weekday',
    kind: 'weekday',
    type: 'DATE',
    // "late Friday", "early on Saturday" (mod END/START, the evening/morning), "this past Monday".
    // Names, not days (lookarounds tried only once a weekday matched; word tables in ./words.ts): "the Sunday Times",
    // "the Mail on Sunday", "the Good Friday Agreement", "Saturday Night Live", "Sheffield Wednesday", "Tuesday Morning Corp.".
    pattern: re(`(?:\\b(?<part>[Ee]arly|[Ll]ate)(?<!\\b(?:too|so|very|hours?|minutes?|days?|weeks?)\\s+\\w+)(?:\\s+on)?\\s+|\\b(?<rel>[Tt]his\\s+(?:past|coming)|${REL})\\s+)?\\b(?<weekday>${WEEKDAY})(?!s\\b)\\b(?<!(?:${WORDS(WEEKDAY_NAME_BEFORE).replace(/ /g, '\\s+')})\\s+\\w+)(?!\\s+(?:${WORDS(WEEKDAY_NAME_AFTER).replace(/ /g, '\\s+')})\\b)(?:\\s+(?<pod>${POD})\\b|\\s+(?<lastafter>last)\\b(?=\\s*[.,;:!?)]|\\s+(?:and|when|at|in|to|after|before|but)\\b))?`),
    // ("on Monday last": Irish and Indian English for last Monday.)
  },
  {
    id: 'weekday-set',
    kind: 'weekdaySet',
    type: 'SET',
    // Over the plain weekday of the same length ("Monday" in "Monday and Tuesday nights").
    priority: 1,
    // "every Monday", "on Sundays", "Tuesday nights", "on Monday and Tuesday nights" (both recur at night).
    pattern: re(`(?:\\b(?:${alt(['every', 'each'])})\\s+(?:(?:other|second|alternate)\\s+)?(?<weekday>${WEEKDAY})\\b(?:\\s+(?<pods3>morning|afternoon|evening|night)\\b)?|\\b(?<plural>${WEEKDAY})s\\b|\\b(?<podday>${WEEKDAY})(?:\\s+(?<pods>mornings|afternoons|evenings|nights)\\b|(?=\\s+(?:and|or)\\s+(?:${WEEKDAY})\\s+(?<pods2>mornings|afternoons|evenings|nights)\\b)))`),
  },
  {
    id: 'nth-weekday',
    kind: 'nthWeekday',
    type: 'DATE',
    // "the first Tuesday of November (2024)", "the last Friday of the month", "the second Saturday in August"; "the first
    // Monday of each month" recurs (SET).
    pattern: re(`(?:\\b[Tt]he\\s+)?\\b(?<ord>${alt(Object.keys(WEEKDAY_ORDINALS).filter((w) => !/^\d/.test(w)))}|[1-5](?:st|nd|rd|th))\\s+(?<weekday>${WEEKDAY})\\s+(?:of|in)\\s+(?:(?<month>${ANY_MONTH})(?![\\w])(?:,?\\s+(?<year>${YEAR})\\b)?|(?<each>each|every)\\s+month\\b|(?:(?<rel>this|next|last)|the)\\s+month\\b)`),
    // Over "last Friday" (a weekday with its own relative word) and the month name alone.
    priority: 1,
    triggers: WEEKDAY_NAMES.map((w) => w.toLowerCase()),
    reach: [24, 40],
    prefilter: /(?:irst|econd|hird|ourth|ifth|ast|inal|\d(?:st|nd|rd|th))\s+\w+day\s+(?:of|in)\s/,
  },
  {
    id: 'relative-day',
    kind: 'relativeDay',
    type: 'DATE',
    // "the day before yesterday", "the day after tomorrow": two days off.
    pattern: re(`(?:\\b(?<part>[Ee]arly|[Ll]ate)(?<!\\b(?:too|so|very|hours?|minutes?|days?|weeks?)\\s+\\w+)\\s+(?=[ty])|\\b(?<twice>[Tt]he\\s+day\\s+(?:before(?=\\s+yesterday)|after(?=\\s+tomorrow))\\s+)|\\b(?:[Ll]ater|[Ee]arlier)\\s+(?=today|tonight))?\\b(?<rel>${alt(['today', 'yesterday', 'tomorrow', 'tonight'])})\\b(?:\\s+(?<pod>${POD})\\b)?`),
    guards: { notPrecededBy: /\bUSA\s+$/ },
  },
  {
    id: 'part-of-day-of',
    kind: 'partOfDayOf',
    type: 'DATE',
    // "in the early hours of Sunday (morning)", "the small hours of Oct. 7": that day, its first hours (mod START);
    // "on the evening of March 2", "the morning of Oct. 3": that day's part of day.
    pattern: re(`\\b(?:[Tt]he\\s+)?(?:(?:early|small|wee|predawn|pre-dawn)\\s+hours|(?<pod>morning|afternoon|evening|night))\\s+of\\s+(?:(?<weekday>${WEEKDAY})\\b(?:\\s+morning\\b)?|(?<rday>${alt(['today', 'yesterday', 'tomorrow'])})\\b(?:\\s+morning\\b)?|(?<month>${ANY_MONTH})\\s*(?<day>${DAY})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>${YEAR})\\b)?(?![:.]?\\d)|(?<day2>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>${MONTH}|${MONTH_ABBR})(?![\\w])(?:,?\\s+(?<year2>${YEAR})\\b)?)`),
    triggers: ['hour', 'morning', 'afternoon', 'evening', 'night'],
    reach: [24, 48],
  },
  {
    id: 'week-of',
    kind: 'weekOf',
    type: 'DATE',
    // "the week of April 8", "the week of 8 April 2024": the (ISO) week holding that day. "The first week of March",
    // "the last week of next month": that run of seven days of the month.
    pattern: re(`\\b(?:[Tt]he\\s+)?(?:(?<nth>first|second|third|fourth|last|final)\\s+week\\s+of\\s+(?:(?<rel>last|this|next)\\s+month\\b|(?<month3>${MONTH})\\b(?!\\s*\\d{1,2}\\b)(?:,?\\s+(?<year3>${YEAR})\\b)?)|[Ww]eek\\s+of\\s+(?:(?<month>${ANY_MONTH})\\s*(?<day>${DAY})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>${YEAR})\\b)?(?![:.]?\\d)|(?<day2>${DAY})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month2>${MONTH}|${MONTH_ABBR})(?![\\w])(?:,?\\s+(?<year2>${YEAR})\\b)?))`),
    triggers: ['week'],
    reach: [24, 40],
  },
  {
    id: 'day-part',
    kind: 'dayPart',
    type: 'TIME',
    // "late last night", "early this morning": the edge of that part of the day (mod END/START).
    pattern: re(`(?:\\b(?<part>[Ee]arly|[Ll]ate)\\s+)?\\b(?<rel>${alt(['this', 'last'])})\\s+(?<pod>${POD})\\b`),
  },

  // Relative to the publication date
  {
    id: 'ago',
    kind: 'ago',
    type: 'DATE',
    // Without a count the unit may start the sentence ("Decades ago, …", "Weeks ago").
    pattern: re(`(?:\\b(?<mod>${MOD})\\s+)?(?:\\b(?<num>${NUM})\\s+)?\\b(?<unit>${UNIT_CAPITALISABLE})s?\\s+ago\\b`),
  },
  {
    // "takes effect in two weeks", "will resume in three days": in a future clause, "in" + a count is a date that
    // far ahead (TimeML marks only the count, as a DATE; "in" is its signal). In a past clause it stays a duration
    // ("built in two weeks"). "two weeks from now" stays a duration plus "now", as TimeML splits it.
    id: 'in-n-units',
    kind: 'ago',
    type: 'DATE',
    pattern: re(`(?<=\\b[Ii]n\\s+)(?:(?<mod>${MOD})\\s+)?(?<num>${NUM})\\s+(?<unit>${UNIT})s?\\b(?:['’]s?\\s+time\\b)?(?![\\s-]+(?:old|long|ago|from|later|earlier|after|before)\\b)`),
    params: { direction: 'forward' },
    priority: 2,
    // Only after an explicit future verb group close by: after a modal of ability ("could do it in 100 days") or a
    // superlative ("the worst in a decade") "in" spans the time, a duration (TimeBank).
    guards: {
      context: { before: FUTURE_IN_BEFORE },
      notPrecededBy: /\b(?:(?:high|low|larg|bigg|small|great|fast|slow|strong|weak|warm|cold|hott|wett|dri|long|short|deadli|bus)est|first|best|worst|most|least|only)\b(?:\s+[\w'’-]+){0,2}\s+in\s+$/i,
      textNot: /^an?\s+(?:second|minute|hour)$/i,
    },
  },
  {
    id: 'this-time-last',
    kind: 'thisTimeLast',
    type: 'DATE',
    // "this time last year": about the publication day, a year back (not the whole year).
    pattern: re(`\\b(?:[Tt]his|[Tt]he\\s+same)\\s+time\\s+(?<rel>last|next)\\s+(?<unit>year|month|week)\\b`),
    triggers: ['time'],
    reach: [16, 24],
  },
  {
    id: 'relative-unit',
    kind: 'relativeUnit',
    type: 'DATE',
    pattern: re(`\\b(?<rel>${alt(['last', 'this', 'next', 'the coming', 'the current'])})\\s+(?<unit>${CAL_UNIT})\\b(?!-)`),
  },
  {
    id: 'relative-fiscal-year',
    kind: 'relativeUnit',
    type: 'DATE',
    // "this fiscal year", "next fiscal year": the fiscal year taken as the calendar year (TimeBank practice).
    pattern: re(`\\b(?<rel>${alt(['last', 'this', 'next', 'the coming', 'the current'])})\\s+fiscal\\s+(?<unit>year)\\b(?!-)`),
    triggers: ['fiscal'],
    reach: [24, 8],
  },
  {
    id: 'part-of-unit',
    kind: 'partOfUnit',
    type: 'DATE',
    // HeidelTime normPartWords: earlier → START, later → END.
    pattern: re(`\\b(?<part>${alt(['earlier', 'later'])})\\s+(?:this|in\\s+the)\\s+(?<unit>week|month|year|decade)\\b`),
  },
  {
    id: 'part-of-month',
    kind: 'partOfMonth',
    type: 'DATE',
    // "end-March", "end-September" (British and Indian business style).
    pattern: re(`(?:\\b(?<part>${PART})(?:-|\\s+)|\\b(?:[Tt]he\\s+)?(?<edge>beginning|start|middle|end)\\s+of\\s+|\\b(?<edgeh>[Ee]nd)-)(?<month>${MONTH})\\b(?:,?\\s+(?<year>${YEAR})\\b)?`),
  },
  {
    id: 'part-of-year',
    kind: 'partOfYear',
    type: 'DATE',
    pattern: re(`(?:\\b(?<part>${PART})(?:-|\\s+)|\\b(?:[Tt]he\\s+)?(?<edge>beginning|start|middle|end)\\s+of\\s+)(?:(?<year>${YEAR})\\b|(?:(?<rel>last|this|next|the)\\s+)?(?:fiscal\\s+(?=year))?(?<unit>year|month|week|decade)\\b(?!-|\\s+\\d))|\\b(?<yend>[Yy]ear|[Mm]onth)(?:-|['’]s\\s+)end\\b`),
    // "one day late this week", "a week early this year": the lateness of a count, not a part of the week.
    guards: { notPrecededBy: /\b(?:too|so|very|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+$/i },
  },
  {
    id: 'turn-of-century',
    kind: 'turnOfCentury',
    type: 'DATE',
    // "around the turn of the century": the years about 2000; "the turn of the 20th century": about 1900.
    pattern: re(`\\b[Tt]he\\s+turn\\s+of\\s+the\\s+(?:(?<num>1[89]th|20th|2[01]st|nineteenth|twentieth|twenty-first)\\s+)?century\\b`),
    triggers: ['century'],
    reach: [48, 8],
  },
  {
    id: 'weekend',
    kind: 'weekend',
    type: 'DATE',
    pattern: re(`\\b(?<rel>[Tt]his\\s+past|${alt(['this', 'last', 'next', 'the', 'past', 'coming'])})\\s+weekend\\b`),
  },
  {
    id: 'new-year',
    kind: 'newYear',
    type: 'DATE',
    // "heading to Asia in the new year": the year to come (not "New Year's Day", a holiday).
    pattern: re(`\\b[Tt]he\\s+[Nn]ew\\s+[Yy]ear\\b(?!['’]|\\s+(?:Day|Eve|[Hh]onours|[Rr]esolution))`),
    triggers: ['year'],
    reach: [16, 24],
  },
  {
    id: 'season',
    kind: 'season',
    type: 'DATE',
    // "this past summer" is last summer; "the winter of 2021-22" is the winter starting in 2021.
    pattern: re(`(?:\\b(?<rel>[Tt]his\\s+past|${alt(['last', 'this', 'next', 'the', 'early', 'late', 'mid', 'coming', 'past'])})[\\s-]+)?\\b(?<season>spring|summer|autumn|winter|fall)\\b(?:\\s+(?:of\\s+)?(?<year>${YEAR})(?:[-–/](?:\\d\\d|${YEAR}))?\\b)?`),
    // A bare season needs a preposition ("in summer"); "fall" is a verb unless qualified.
    guards: { context: { before: /\b(?:in|during|over|since|until|by)\s+$/i, after: /^\s+(?:of\s+)?(?:19|20)\d\d\b/, text: /\s|-/ }, textNot: /^fall$/i },
  },
  {
    id: 'quarter',
    kind: 'quarter',
    type: 'DATE',
    // "last year's third quarter", "the March quarter" (Australian and Indian usage: the quarter that ends in March), "the
    // quarter ended Sept. 30" (the quarter that ends that day).
    pattern: re(`(?:\\b(?:[Tt]he\\s+|(?<relp>[Ll]ast|[Tt]his|[Nn]ext)\\s+year['’]s\\s+)?(?:(?<fiscal>[Ff]iscal)\\s+)?(?<ord>${ORD})[\\s-]+quarter\\b(?:\\s+(?:of\\s+)?(?:(?<rel>last|this|next)\\s+year|(?<year>${YEAR})\\b))?|\\b[Tt]he\\s+(?<endm>March|June|September|December)\\s+quarter\\b|\\b[Tt]he\\s+(?:three\\s+months|quarter)\\s+(?:ended|ending|to|through)\\s+(?<qem>March|June|Sept(?:ember|\\.)?|Dec(?:ember|\\.)?)\\s*(?<qed>3[01])\\b(?:,?\\s+(?<qey>${YEAR})\\b)?|\\bQ(?<q>[1-4])(?:(?:\\s+|/|\\s*['’])?(?<qyear>${YEAR}|\\d\\d))?\\b|\\bH(?<h>[12])(?:\\s+|/|\\s*['’])?(?<hyear>${YEAR}|\\d\\d)\\b)`),
    // Not a quarter of a match or a quarter-mile ("the second quarter of the game"). "The fiscal third quarter" is
    // the company's, not the calendar's.
    guards: { notFollowedBy: /^(?:[-\s]+(?:mile|back|final|century)|\s+of\s+(?:the|a|that|this)\s+(?:match|game|final|contest|bout|derby|clash))/ },
  },
  {
    id: 'half',
    kind: 'half',
    type: 'DATE',
    pattern: re(`\\b(?:[Tt]he\\s+)?(?<ord>first|second)\\s+half\\s+of\\s+(?:(?<year>${YEAR})\\b|(?<rel>last|this|next|the)\\s+year\\b)`),
  },

  // Clock times
  {
    id: 'time-then-day',
    kind: 'time',
    type: 'TIME',
    // "about 11:20 p.m. Saturday": TimeML keeps the modifier in the extent (mod APPROX), as for lengths.
    pattern: re(`(?:\\b(?<approx>${alt(['about', 'around', 'approximately', 'roughly'])})\\s+(?=\\d|noon|midday|midnight))?(?:\\b(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s*(?<ampm>${AMPM})|(?<![\\d:.])(?<h24>[01]?\\d|2[0-3]):(?<m24>[0-5]\\d)(?::[0-5]\\d)?\\s*${ZONE}\\b|(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Ff]rom|[Bb]efore|[Aa]fter|[Ff]or)\\s+)(?<h24b>[01]\\d|2[0-3]):(?<m24b>[0-5]\\d)(?![:.]?\\d)(?!\\s*(?:[ap]\\.?m\\b|[AP]\\.?M\\b))|\\b(?<h4>[01]\\d|2[0-3])(?<m4>[0-5]\\d)\\s*(?:GMT|UTC)\\b|(?<![\\d:.])(?<h24c>[01]\\d|2[0-3])\\.(?<m24c>[0-5]\\d)\\s*hrs\\b|\\b(?<noon>noon|midday|midnight)\\b|\\b(?<oclock>1[0-2]|0?[1-9]|${alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'])})\\s+o['’]clock\\b(?:\\s+in\\s+the\\s+(?<opod>morning|afternoon|evening))?)(?:\\s+(?:${ZONE}|${ZONE_NAMED})\\b)?(?:\\s+(?:${ZONE}\\s+)?(?:on\\s+)?(?:(?:(?<wrel>next|this)\\s+)?(?<weekday>${WEEKDAY})\\b(?!${WEEKDAY_BEFORE_DATE})|(?<rday>today|tonight|yesterday|tomorrow)\\b)|,?\\s+(?<dmonth>${ANY_MONTH})\\s*(?<dday>${DAY})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<dyear>${YEAR})\\b)?(?![:.]?\\d))?`),
    guards: { notPrecededBy: /\b(?:at|around|about|before|after|by|until|since)\s+(?:high|twelve)\s+$/ },
  },
  {
    id: 'dawn',
    kind: 'dawn',
    type: 'TIME',
    // "at dawn (on Sunday)", "before sunrise", "after dusk": the morning/evening of that day (of the nearest day before it).
    pattern: re(`(?<=\\b(?:${alt(['at', 'before', 'after', 'by', 'around', 'until', 'till', 'from', 'since', 'near', 'shortly before', 'shortly after', 'just before', 'just after'])})\\s+)(?<pod>dawn|daybreak|sunrise|dusk|sunset|nightfall)\\b(?:\\s+(?:on\\s+)?(?:(?<weekday>${WEEKDAY})\\b|(?<rday>today|yesterday|tomorrow)\\b))?`),
    triggers: ['dawn', 'daybreak', 'sunrise', 'dusk', 'sunset', 'nightfall'],
    reach: [24, 24],
  },
  {
    id: 'part-of-day-bare',
    kind: 'dawn',
    type: 'TIME',
    // "the march broke up in the afternoon", "fell in morning trading": a part of the day the story is at (the day named
    // earlier in the sentence, else in the sentence before, else the publication day).
    // "resume by mid-afternoon", "due by early evening": a part of the day with its early/mid/late.
    pattern: re(`(?<=\\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom)\\s+)(?:the\\s+(?<pod2>morning|afternoon|evening)\\b(?!\\s+(?:of|session|edition|show|paper|rush|commute|news|prayers?)\\b)|(?:(?:early|late)\\s+)?(?<pod3>morning|afternoon)(?=\\s+trad)|(?<part>early|late|mid-?)\\s*(?<pod4>morning|afternoon|evening)\\b(?![\\s-]+(?:session|edition|show|paper|rush|commute|news|prayers?|trad\\w*)\\b))`),
    triggers: ['morning', 'afternoon', 'evening'],
    reach: [32, 24],
    prefilter: /\b(?:[Ii]n|[Dd]uring|[Bb]y|[Uu]ntil|[Ff]rom)\s+(?:the\s+|early\s+|late\s+|mid-?)?(?:morning|afternoon|evening)/,
  },
  {
    id: 'day-then-time',
    kind: 'time',
    type: 'TIME',
    pattern: re(`\\b(?:(?<weekday>${WEEKDAY})|(?<rday>${alt(['today', 'tonight', 'yesterday', 'tomorrow'])}))\\s+(?:at\\s+)?(?:(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s*(?<ampm>${AMPM})|(?<noon>noon|midday|midnight)\\b)`),
  },

  // Durations
  {
    id: 'duration-compound',
    kind: 'compoundDuration',
    type: 'DURATION',
    // "two hours and three minutes", "three years and six months", "1 hour, 20 minutes": one length (TimeML PT2H3M).
    // A third part too: "five hours, 34 minutes and 12 seconds".
    pattern: re(`(?:\\b(?<mod>${MOD})\\s+)?\\b(?<num>${NUM})\\s+(?<unit>${UNIT})s?(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?<num2>${NUM})\\s+(?<unit2>${UNIT})s?\\b(?:(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?<num3>${NUM})\\s+(?<unit3>${UNIT})s?\\b)?`),
    guards: { notFollowedBy: /^(?:-old\b|\s+(?:old|ago|later|earlier)\b)/ },
    triggers: UNIT_WORDS,
    reach: [96, 64],
    // The join and the second length: every match has them, few windows around a unit word do.
    prefilter: new RegExp(`(?:,\\s*(?:and\\s+)?|\\sand\\s+)${NUM}\\s+${UNIT}`),
  },
  {
    id: 'duration-count',
    kind: 'duration',
    type: 'DURATION',
    // "a decade-long campaign": the article is the noun's ("decade-long" is the length, see duration-long).
    pattern: re(`(?:\\b(?<mod>${MOD})\\s+)?(?![Aa]n?\\s+${UNIT}-long\\b)\\b(?<num>${NUM})(?<half>[\\s-]+and[\\s-]+a[\\s-]+half)?[\\s-]+(?:(?:consecutive|straight|successive|full|whole)\\s+)?(?<unit>${UNIT})s?\\b(?:(?<half2>\\s+and\\s+a\\s+half)\\b|-long\\b)?`),
    // "three consecutive weeks", "two full days", "two-and-a-half hours", "an hour and a half". Not ages ("a 22-year-old",
    // "12- to 17-year-olds", "children 6 months and older").
    guards: { textNot: /^(?:.*\s)?an?\s+second$/i, notFollowedBy: /^(?:-olds?\b|\s+(?:and|or)\s+(?:older|younger|over|under|above|below)\b)/ },
  },
  {
    id: 'duration-half-unit',
    kind: 'duration',
    type: 'DURATION',
    // "half a century" (P50Y), "half an hour" (PT30M), "half a day" (PT12H).
    // "a half-hour show" (the adjective).
    pattern: re(`\\b(?<halfof>[Hh]alf)(?:\\s+an?\\s+|-)(?<unit>${UNIT})\\b(?!s)`),
    triggers: ['half'],
    reach: [0, 24],
  },
  {
    id: 'duration-range-first',
    kind: 'duration',
    type: 'DURATION',
    // "between 12 and 18 months", "two to three weeks": TimeML marks both ends; the first takes the unit of the second.
    pattern: re(`\\b(?<num>${NUM})(?=\\s+(?:and|or|to)\\s+${NUM}[\\s-]+(?<unit>${UNIT})s\\b)`),
    guards: { textNot: /^an?$/i },
    triggers: ['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century', 'centurie'],
    reach: [48, 8],
  },
  {
    id: 'set-rate',
    kind: 'set',
    type: 'SET',
    // "twice a week", "three times a year": a frequency, not a one-week duration.
    pattern: re(`\\b(?:${alt(['once', 'twice', 'thrice'])}|${NUM}\\s+times)\\s+(?:a|an|per|each)\\s+(?<unit>day|week|month|year|hour|minute)\\b`),
    triggers: ['once', 'twice', 'thrice', 'time'],
    reach: [24, 24],
  },
  {
    id: 'duration-long',
    kind: 'duration',
    type: 'DURATION',
    // "an hour-long call", "months-long talks", "a weeklong truce"
    pattern: re(`\\b(?<unit>${UNIT})(?<plural>s)?(?:-long|(?<=\\b(?:day|week|month|year|hour))long)\\b`),
  },
  {
    id: 'elapsed-time',
    kind: 'elapsedTime',
    type: 'DURATION',
    // A race or record time, "finishing in 3:07:35", "a time of 2:01:09": hours, minutes and seconds taken, not a clock.
    pattern: re(`(?<=\\b(?:in|of|clocked|ran|swam|record|time)\\s+)(?<h>\\d{1,2}):(?<m>[0-5]\\d):(?<s>[0-5]\\d)(?![:.]?\\d)`),
    triggers: ['#digit'],
    reach: [16, 16],
    prefilter: /\d:[0-5]\d:[0-5]\d/,
  },
  {
    id: 'duration-bare-plural',
    kind: 'duration',
    type: 'DURATION',
    pattern: re(`(?<![\\w-])(?<plural>${alt(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'])})\\b`),
    // "after months of tension", "for years": a bare plural needs a duration-like context.
    // "minutes before the plane left", "days after the vote": counted back or on from an event.
    // "in the early hours (of Sunday)" is a time of day, not a duration.
    guards: {
      context: { before: /\b(?:for|after|over|within|in|spent|took|take|takes|lasted|lasting|across|during|nearly|almost|than)\s+$/i, after: /^\s+(?:of|before|after)\b/ },
      notPrecededBy: /\b(?:early|small|wee)\s+$/i,
      // "Minutes of the Federal Reserve's June meeting": the record of a meeting.
      notFollowedBy: /^\s+of\s+(?:the|its|their|this|last|that)\s+(?:[\w'’.-]+\s+){0,4}?(?:meeting|session|hearing)s?\b/,
    },
  },
  {
    id: 'duration-past-n',
    kind: 'pastDuration',
    type: 'DURATION',
    // "the following two decades": a length after a date (a single unit, "the following year", is a date: anchored-next).
    pattern: re(`\\b(?:[Tt]he\\s+)(?<rel>past|last|previous|next|coming|first|following|preceding)\\s+(?:(?<num>${NUM})\\s+)?(?<unit>${UNIT})s?\\b`),
    // ("the following fortnight" has no date reading: a length.)
    guards: { textNot: /\b(?:few|several|couple|many)\b|^the\s+(?:next|coming|first|following|preceding)\s+(?!fortnight)\w+$/i },
  },

  {
    id: 'duration-next-unit',
    kind: 'pastDuration',
    type: 'DURATION',
    priority: 3,
    // "sales will double over the next decade": a span from now, not the calendar unit after this one.
    pattern: re(`(?<=\\b(?:${alt(['over', 'within', 'during', 'throughout', 'for', 'in'])})\\s+)the\\s+(?:next|coming)\\s+(?<unit>week|fortnight|month|year|decade|century)\\b`),
    guards: { tense: 'future' },
    triggers: ['next', 'coming'],
    reach: [24, 16],
  },

  // Vague references
  {
    id: 'vague-word',
    kind: 'vague',
    type: 'DATE',
    pattern: re(`(?<![\\w-])(?<vague>${alt(['recently', 'lately', 'currently', 'nowadays', 'presently', 'now', 'soon'])})\\b(?!-)`),
    guards: { notPrecededBy: /\b(?:as|how|so|too)\s+$/i, notFollowedBy: /^(?:\s+(?:as|after|afterwards|enough|that)\b|er\b)/ },
  },
  {
    id: 'vague-previously',
    kind: 'vague',
    type: 'DATE',
    pattern: re(`(?<![\\w-])(?<vague>${alt(['previously', 'formerly'])})\\b(?!-)`),
    // Not when it modifies an adjective or participle: "previously owned homes", "a previously unknown virus".
    guards: { notPrecededBy: /\b(?:as|how|so|too)\s+$/i, notFollowedBy: /^\s+(?:[a-z]+ed|unknown|unseen|known|undisclosed|unreleased|unpublished)\b/ },
  },
  {
    id: 'vague-recent-units',
    kind: 'vague',
    type: 'DATE',
    pattern: re(`\\b[Rr]ecent\\s+(?:days|weeks|months|years|decades)\\b`),
    params: { value: 'PAST_REF' },
  },
  {
    id: 'vague-past-few',
    kind: 'vague',
    type: 'DATE',
    pattern: re(`\\b(?:[Tt]he\\s+)?(?:past|last|previous)\\s+(?:few|several|couple\\s+of|many)\\s+(?:days|weeks|months|years|decades)\\b`),
    params: { value: 'PAST_REF' },
  },
  {
    id: 'vague-coming',
    kind: 'vague',
    type: 'DATE',
    pattern: re(`\\b(?:[Tt]he\\s+)?(?:coming|next\\s+few|upcoming|next\\s+several)\\s+(?:days|weeks|months|years|decades)\\b`),
    params: { value: 'FUTURE_REF' },
  },
  {
    id: 'vague-ahead',
    kind: 'vague',
    type: 'DATE',
    // "in the days ahead", "the weeks ahead"
    pattern: re(`\\b[Tt]he\\s+(?:days|weeks|months|years)\\s+ahead\\b`),
    params: { value: 'FUTURE_REF' },
    triggers: ['day', 'week', 'month', 'year'],
    reach: [8, 16],
    prefilter: /\sahead\b/,
  },
  {
    id: 'relative-unit-twice',
    kind: 'relativeUnit',
    type: 'DATE',
    // "the week after next", "the year before last"
    pattern: re(`\\b[Tt]he\\s+(?<unit>week|month|year)\\s+(?<rel>after\\s+next|before\\s+last)\\b`),
    triggers: ['week', 'month', 'year'],
    reach: [8, 24],
    prefilter: /\s(?:after\s+next|before\s+last)\b/,
  },
  {
    id: 'vague-the-future',
    kind: 'vague',
    type: 'DATE',
    // Only as an adverbial ("in the future"), never "the future of Palestine".
    pattern: re(`(?<=\\b(?:[Ii]n|[Ff]or)\\s+)the\\s+(?:(?:near|distant|foreseeable|recent)\\s+)?(?<vague>future|past)\\b`),
    guards: { notFollowedBy: /^\s+(?:of|few|several|two|three|\d)\b/ },
  },
  {
    id: 'vague-these-days',
    kind: 'vague',
    type: 'DATE',
    pattern: re(`\\b(?:[Tt]hese\\s+days|[Aa]t\\s+present|[Aa]t\\s+the\\s+moment|[Rr]ight\\s+now)\\b`),
    params: { value: 'PRESENT_REF' },
  },
  {
    id: 'vague-at-the-time',
    kind: 'vague',
    type: 'DATE',
    // "…in international waters at the time." (then); not "at the time of the raid", "at the time he left".
    pattern: re(`\\b[Aa]t\\s+the\\s+time\\b`),
    params: { value: 'PAST_REF' },
    guards: { context: { after: /^\s*(?:[,.;:!?)"'”’—–]|$)/ } },
    triggers: ['time'],
    reach: [16, 8],
  },
  {
    id: 'vague-one-day',
    kind: 'vague',
    type: 'DATE',
    priority: 1,
    // "has vowed to seize one day": some future time; "for one day" stays a duration.
    // "one day late", "one day ahead of schedule": a count of days.
    pattern: re(`\\b[Oo]ne\\s+day\\b(?!\\s+(?:later|earlier|after|before|of|ago|and|or|per|a|to|late|early|behind|ahead|longer|shorter|overdue)\\b|-)`),
    params: { value: 'FUTURE_REF' },
    guards: { tense: 'future', notPrecededBy: /\b(?:for|in|within|of|after|by|only|just|than|about|last|first|the|a|per|every|each|same|another|more|least)\s+$/i },
  },

  // Sets
  {
    id: 'set-every',
    kind: 'set',
    type: 'SET',
    // "every other weekend", "each March", "every four years", "every few days".
    pattern: re(`\\b(?:${alt(['every', 'each'])})\\s+(?:(?<other>other)\\s+)?(?:(?<unit>day|week|month|year|morning|afternoon|evening|night|weekend|hour|minute|spring|summer|autumn|fall|winter|${MONTH_SAFE}|May|March)\\b|(?<num>${NUM})\\s+(?<units>second|minute|hour|day|week|month|year|decade)s\\b)`),
  },
  {
    id: 'set-adverb',
    kind: 'set',
    type: 'SET',
    // Capitalised, it opens a sentence ("Weekly screenings follow"), unless a name goes on ("The Daily Telegraph").
    pattern: re(`(?<![\\w-])(?<adverb>${SET_ADVERBS.join('|')}|(?:${capitalised(SET_ADVERBS).join('|')})(?!\\s+[A-Z]))\\b(?!-)`),
  },

  // Anchored to an earlier expression
  {
    id: 'anchored-shift',
    kind: 'anchoredShift',
    type: 'DATE',
    // "about two hours later": the modifier belongs to the expression (not a separate "about two hours" duration).
    pattern: re(`(?:\\b(?<mod>${MOD})\\s+)?\\b(?<num>${NUM})\\s+(?<unit>minute|hour|day|week|month|year|decade)s?\\s+(?<dir>later|earlier|afterwards?|before(?=[.,;]))`),
    // "a month earlier than usual" compares durations; it does not date anything.
    guards: { notFollowedBy: /^\s+than\b/ },
  },
  {
    id: 'anchored-shift-vague',
    kind: 'anchoredShift',
    type: 'DATE',
    // "Days later", "months earlier": an uncounted shift from the previous date (like "a few days later": left open).
    pattern: re(`\\b(?<unit>[Hh]our|[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear)s\\s+(?<dir>later|earlier|afterwards?)\\b`),
    params: { count: 'some' },
    guards: { notFollowedBy: /^\s+than\b/ },
  },
  {
    id: 'anchored-year-earlier',
    kind: 'anchoredShift',
    type: 'DATE',
    // "from $135 million in the year-earlier period", "the year-ago quarter": the same period a year before the one
    // just named (a quarter, a month).
    pattern: re(`\\b[Tt]he\\s+year-(?:earlier|ago)\\s+(?:period|quarter|month|week)\\b`),
    params: { unit: 'year', direction: 'back' },
    triggers: ['year'],
    reach: [8, 40],
  },
  {
    id: 'anchored-next',
    kind: 'anchoredNext',
    type: 'DATE',
    priority: 2,
    // "the following Monday", "the previous Friday": the first such weekday after (before) the date the story is at.
    pattern: re(`\\b[Tt]he\\s+(?<rel>next|following|previous|preceding|prior)\\s+(?:(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\\b|(?<weekday>${WEEKDAY})\\b(?!['’]))`),
  },
  {
    id: 'anchored-season',
    kind: 'anchoredSeason',
    type: 'DATE',
    // "in 1983 the state added a deck. The following spring, cracks appeared": the first such season after (before) the
    // date the story is at.
    pattern: re(`\\b[Tt]he\\s+(?<rel>next|following|previous|preceding|prior)\\s+(?<season>spring|summer|autumn|fall|winter)\\b`),
    triggers: ['spring', 'summer', 'autumn', 'fall', 'winter'],
    reach: [24, 8],
    prefilter: /\s(?:next|following|previous|preceding|prior)\s/,
  },
  {
    id: 'anchored-part',
    kind: 'anchoredPart',
    type: 'DATE',
    priority: 3,
    // "later that day", "earlier in the day", "later that year": the day (or unit) of the nearest earlier date.
    pattern: re(`\\b(?<part>[Ee]arlier|[Ll]ater)\\s+(?:in\\s+the(?=\\s+day\\b)|that)\\s+(?<unit>day|morning|afternoon|evening|night|week|month|year)\\b`),
    triggers: ['earlier', 'later'],
    reach: [0, 32],
  },
  {
    id: 'anchored-around',
    kind: 'anchoredAround',
    type: 'DATE',
    priority: 2,
    // "the day before, …", "the night before." — standing alone, not "the day before the vote"; a preposition or
    // conjunction after it starts another phrase ("had tested it the day before without finding errors").
    pattern: re(`\\b[Tt]he\\s+(?<unit>day|night|week|month|year)\\s+(?<dir>before|after)\\b`),
    guards: { context: { after: /^\s*(?:[,.;:!?)"'”’—–]|$|(?:that|and|but|without|when|while|as|at|in|on|with|because|to|from|by|for)\b)/ } },
    // Unit words are trigger words already (a new word like 'after' would lengthen the one key scan).
    triggers: ['day', 'night', 'week', 'month', 'year'],
    reach: [16, 24],
  },
  {
    id: 'the-night',
    kind: 'overnight',
    type: 'TIME',
    // "worked through the night", "digging into the night": the night of the story's day (as "overnight").
    pattern: re(`(?<=\\b(?:through|into|during|throughout)\\s+)the\\s+night\\b(?!\\s+(?:of|when|that)\\b)`),
    triggers: ['night'],
    reach: [24, 8],
    prefilter: /\b(?:through|into|during|throughout)\s+the\s+night/,
  },
  {
    id: 'overnight',
    kind: 'overnight',
    type: 'TIME',
    // "futures rose overnight": the night before (or, in a future clause, of) the nearest day; not "the overnight rate".
    pattern: re(`(?<![\\w-])[Oo]vernight\\b(?!-)`),
    guards: {
      notPrecededBy: /\b(?:an?|the)\s+$/i,
      notFollowedBy: /^\s+(?:rates?|lending|repo|borrowing|deposits?|funds|stays?|bags?|shifts?|success|sensation|star|camps?|index)\b/,
    },
    triggers: ['overnight'],
    reach: [8, 8],
  },
  {
    id: 'anchored-that',
    kind: 'anchoredThat',
    type: 'DATE',
    // "began in the fall of 1999 … the first subpoenas went out that October", "released in March 1991 … toured that
    // summer": that month or season of the year the story is at. Not a complementizer ("said that March was wet").
    pattern: re(`\\b[Tt]hat\\s+(?:(?<month>${MONTH})|(?<season>spring|summer|autumn|fall|winter))\\b`),
    guards: { notPrecededBy: /\b(?:said|says|say|announced|reported|warned|noted|added|expects?|expected|believes?|believed|thinks?|thought|hopes?|hoped|knows?|knew|shows?|showed|found|finds|means?|meant|so|now|such)\s+$/i },
    triggers: [...MONTH_WORDS, 'spring', 'summer', 'autumn', 'fall', 'winter'],
    reach: [8, 4],
    prefilter: /[Tt]hat\s/,
  },
  {
    id: 'anchored-same',
    kind: 'anchoredSame',
    type: 'DATE',
    priority: 2,
    pattern: re(`\\b(?:[Tt]hat|[Tt]he\\s+same)\\s+(?<unit>day|morning|afternoon|evening|night|week|weekend|month|year)\\b`),
    guards: { notFollowedBy: /^\s+(?:of|when|before|after)\b/ },
  },
];

// ---- triggers --------------------------------------------------------------------------------


const TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  'date-iso': [DIGIT],
  'date-us-numeric': [DIGIT],
  'date-dmy-numeric': [DIGIT],
  'date-us-numeric-short': [DIGIT],
  'date-ymd-numeric': [DIGIT],
  'date-dmy-dotted': [DIGIT],
  'date-month-day-year': MONTH_WORDS,
  'date-day-month-year': MONTH_WORDS,
  'date-month-year': MONTH_WORDS,
  'date-rel-month': MONTH_WORDS,
  'date-month': MONTH_WORDS,
  'date-month-ambiguous': MONTH_WORDS,
  'date-year': [DIGIT],
  'date-decade': [DIGIT],
  weekday: WEEKDAY_WORDS,
  'weekday-set': WEEKDAY_WORDS,
  'relative-day': ['today', 'yesterday', 'tomorrow', 'tonight'],
  'day-part': ['morning', 'afternoon', 'evening', 'night'],
  ago: ['ago'],
  'in-n-units': UNIT_WORDS,
  'relative-unit': ['week', 'month', 'year', 'quarter', 'decade', 'century'],
  'part-of-unit': ['earlier', 'later'],
  'part-of-month': PART_EDGE_WORDS,
  'part-of-year': PART_EDGE_WORDS,
  weekend: ['weekend'],
  season: ['spring', 'summer', 'autumn', 'winter', 'fall'],
  quarter: ['quarter', DIGIT],
  half: ['half'],
  'time-then-day': [DIGIT, 'noon', 'midday', 'midnight', 'clock'],
  'day-then-time': [...WEEKDAY_NAMES.map((w) => w.toLowerCase()), 'today', 'tonight', 'yesterday', 'tomorrow'],
  'duration-count': UNIT_WORDS,
  'duration-long': ['long', 'daylong', 'weeklong', 'monthlong', 'yearlong', 'hourlong'],
  'duration-bare-plural': UNIT_WORDS,
  'duration-past-n': ['past', 'last', 'previous', 'next', 'coming', 'first', 'following', 'preceding'],
  'vague-word': ['recently', 'lately', 'currently', 'nowadays', 'presently', 'now', 'soon'],
  'vague-previously': ['previously', 'formerly'],
  'vague-recent-units': ['recent'],
  'vague-past-few': ['few', 'several', 'couple', 'many'],
  'vague-coming': ['coming', 'upcoming', 'few', 'several'],
  'vague-the-future': ['future', 'past'],
  'vague-these-days': ['these', 'present', 'moment', 'now'],
  'vague-one-day': ['one'],
  'set-every': ['every', 'each'],
  'set-adverb': ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'nightly', 'quarterly'],
  'anchored-shift': ['later', 'earlier', 'afterward', 'before'],
  'anchored-shift-vague': ['later', 'earlier', 'afterward'],
  'anchored-next': ['next', 'following', 'previous', 'preceding', 'prior'],
  'anchored-same': [...UNIT_WORDS, 'morning', 'afternoon', 'evening', 'night', 'weekend'],
};

// Rules whose matches start at (or just before) their trigger and end shortly after it: narrower windows.
const REACH: Readonly<Record<string, readonly [number, number]>> = {
  'date-iso': [0, 48],
  'date-us-numeric': [0, 24],
  'date-dmy-numeric': [0, 24],
  'date-us-numeric-short': [0, 16],
  'date-ymd-numeric': [0, 24],
  'date-dmy-dotted': [0, 24],
  'date-month-day-year': [32, 32],
  'date-day-month-year': [48, 24],
  'date-month-year': [8, 24],
  'date-rel-month': [24, 8],
  'date-month': [8, 8],
  'date-month-ambiguous': [24, 8],
  'date-year': [8, 8],
  'date-decade': [32, 8],
  weekday: [24, 24],
  'weekday-set': [24, 8],
  'day-then-time': [8, 32],
  'relative-unit': [32, 8],
  'part-of-month': [24, 48],
  'part-of-year': [24, 48],
  quarter: [48, 32],
  'time-then-day': [16, 72],
  'duration-count': [64, 16],
  'duration-bare-plural': [8, 8],
  'vague-recent-units': [8, 32],
  'anchored-shift': [64, 8],
  'anchored-shift-vague': [24, 8],
  'anchored-same': [32, 8],
  'day-part': [24, 8],
  ago: [64, 8],
  'in-n-units': [64, 16],
  'part-of-unit': [8, 32],
  weekend: [24, 8],
  season: [24, 24],
  half: [24, 32],
  'duration-long': [24, 8],
  'duration-past-n': [16, 48],
  'vague-word': [8, 8],
  'vague-previously': [8, 8],
  'vague-past-few': [32, 24],
  'vague-coming': [24, 24],
  // The lookbehind ("in the near future") must lie inside the window.
  'vague-the-future': [40, 8],
  'vague-these-days': [24, 16],
  'vague-one-day': [8, 16],
  'set-every': [8, 32],
  'anchored-next': [16, 24],
};

// What a window must hold for the rule to match in it; each is a part the rule's pattern requires. (The engine's tests
// check them against scanning the whole text without triggers, windows or prefilters.)
const PREFILTERS: Readonly<Record<string, RegExp>> = {
  'date-month-day-year': /\d/,
  'date-day-month-year': /\d/,
  'date-month-year': /(?:1\d|20)\d\d/,
  'date-day-range-start': /\d(?:st|nd|rd|th)?(?:[-–]|\s+(?:and|to|or)\s+(?:the\s+)?)\d/,
  'date-day-range-end-joined': /\s(?:and|to|through|or)\s+\d/,
  'date-day-range-end': /[\dtdh][-–]\d/,
  'date-day-of-month': /\bthe\s+\d/,
  'week-of': /[Ww]eek\s+of\s/,
  'part-of-day-of': /\sof\s/,
  'part-of-month': new RegExp(MONTH),
  'part-of-year': /\d|[Yy]ear|[Mm]onth|week|decade/,
  // "in", then within a few words (a modifier, a count) the unit
  'in-n-units': /\b[Ii]n\s[\s\S]{0,48}?(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/,
  'duration-range-first': /\s(?:and|or|to)\s+[\s\S]{0,24}?(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/,
  'duration-past-n': /[Tt]he\s+(?:past|last|previous|next|coming|first|following|preceding)\s/,
  'date-month-ambiguous': /Ma(?:y|rch)|MA(?:Y|RCH)/,
  'date-rel-month': /\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s/,
  'date-decade': /\d0s\b/,
  'weekday-set': /[yY]s\b|[Ee](?:very|ach)\s|\s(?:mornings|afternoons|evenings|nights)\b/,
  'anchored-same': /[Tt]hat\s|\ssame\s/,
  'anchored-around': /\s(?:before|after)\b/,
  'day-then-time': /\d\s*[ap]\.?\s?m|\d\s*[AP]\.?\s?M|noon|midday|midnight/,
  quarter: /quarter|Q[1-4]|H[12]|months\s+(?:ended|ending|to|through)\s/,
  'anchored-shift': /(?:minute|hour|day|week|month|year|decade)s?\s+(?:later|earlier|afterward|before)/,
  // a clock time: "9 a.m.", "21:00", "1700 GMT", "noon", "ten o'clock"
  'time-then-day': /\d\s*[ap]\.?\s?m|\d\s*[AP]\.?\s?M|\d:[0-5]\d|\d{4}\s*(?:GMT|UTC)|\d\.[0-5]\d\s*hrs|noon|midday|midnight|o['’]clock/,
};

export const RULES: readonly Rule[] = RAW_RULES.map((r) => ({
  ...r, triggers: r.triggers ?? TRIGGERS[r.id], reach: r.reach ?? REACH[r.id], prefilter: r.prefilter ?? PREFILTERS[r.id],
}));
