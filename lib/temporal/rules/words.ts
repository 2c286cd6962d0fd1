/**
 * Word tables for the normalizer (HeidelTime-style English news resources).
 * Rules in ./patterns.ts build their regexes from these tables; the resolver reads values from them.
 */

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Abbreviations: only accepted when a day or year follows (see patterns). */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month names that are also common English words: need a preposition or a day/year. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['May', 'March'];

export const WEEKDAY_NAMES: readonly string[] = [
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

/** ISO weekday numbers (Monday = 1) for full names and abbreviations. */
export const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

export const WEEKDAY_ABBREVIATIONS: readonly string[] = ['Mon', 'Tues', 'Tue', 'Wed', 'Thurs', 'Thur', 'Thu', 'Fri', 'Sat', 'Sun'];

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100,
};
/** Tens that take a unit after a hyphen or space: "seventy-five", "twenty two". */
export const TENS_WORDS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Units after a tens word. */
export const DIGIT_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Counts with no definite number: the TIMEX3 value gets an X ("several days" → PXD). */
export const FUZZY_COUNTS: readonly string[] = ['several', 'a few', 'a couple of', 'a couple', 'few', 'many'];

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Words right before a weekday that make it part of a name: "the Mail on Sunday", "Sheffield Wednesday" (football). */
export const WEEKDAY_NAME_BEFORE: readonly string[] = ['Mail on', 'Sheffield'];
/** Words right after a weekday that make it part of a name: "the Sunday Times", "Tuesday Morning Corp.", "Friday Prayers". */
export const WEEKDAY_NAME_AFTER: readonly string[] = [
  'Times', 'Telegraph', 'Mirror', 'Express', 'Post', 'Herald', 'Independent', 'Tribune', 'Star', 'Mail', 'Sport', 'People',
  'Agreement', 'Prayers', 'Night Live', 'Morning Corp', 'Morning Inc',
];

/** Which weekday of a month ("the first Tuesday of November", "the last Friday of the month"); -1 counts from the end. */
export const WEEKDAY_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, last: -1, final: -1,
};

export interface UnitInfo {
  /** TIMEX3 duration letter(s). */
  code: string;
  /** Hours/minutes/seconds go after the T in a duration. */
  time: boolean;
  /** A counted amount is written in a standard ISO 8601 unit instead: "a decade" is P10Y ("decades" stays PXDE). */
  counted?: { code: string; factor: number };
}

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true },
  hour: { code: 'H', time: true },
  day: { code: 'D', time: false },
  week: { code: 'W', time: false },
  fortnight: { code: 'W', time: false, counted: { code: 'W', factor: 2 } },
  month: { code: 'M', time: false },
  year: { code: 'Y', time: false },
  decade: { code: 'DE', time: false, counted: { code: 'Y', factor: 10 } },
  century: { code: 'CE', time: false },
};

/** Calendar units that "last/this/next" and "N … ago" can shift by. */
export const CALENDAR_UNITS: readonly string[] = ['day', 'week', 'month', 'year', 'quarter'];

/** Northern-hemisphere meteorological seasons: TIMEX3 code and first month. */
export const SEASONS: Readonly<Record<string, { code: string; firstMonth: number }>> = {
  spring: { code: 'SP', firstMonth: 3 },
  summer: { code: 'SU', firstMonth: 6 },
  autumn: { code: 'FA', firstMonth: 9 },
  fall: { code: 'FA', firstMonth: 9 },
  winter: { code: 'WI', firstMonth: 12 },
};

/** Parts of day: TIMEX3 code and the clock span drawn on the timeline ([startHour, endHour), may pass midnight). */
export const PARTS_OF_DAY: Readonly<Record<string, { code: string; from: number; to: number }>> = {
  morning: { code: 'MO', from: 5, to: 12 },
  afternoon: { code: 'AF', from: 12, to: 17 },
  evening: { code: 'EV', from: 17, to: 21 },
  night: { code: 'NI', from: 21, to: 29 },
};

/** Duration modifiers (HeidelTime normMod). */
export const DURATION_MODS: Readonly<Record<string, string>> = {
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
  nearly: 'LESS_THAN', almost: 'LESS_THAN', barely: 'LESS_THAN', 'less than': 'LESS_THAN', 'under': 'LESS_THAN',
  'more than': 'MORE_THAN', 'at least': 'EQUAL_OR_MORE',
  'up to': 'EQUAL_OR_LESS', 'at most': 'EQUAL_OR_LESS', 'no more than': 'EQUAL_OR_LESS',
};

/** "early/mid/late X" and "earlier/later this X" (HeidelTime normPartWords). */
export const PART_WORDS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  early: 'START', earlier: 'START', beginning: 'START', start: 'START',
  mid: 'MID', middle: 'MID',
  late: 'END', later: 'END', end: 'END',
};

/** Vague references (HeidelTime's PAST_REF/PRESENT_REF/FUTURE_REF). */
export const VAGUE_WORDS: Readonly<Record<string, string>> = {
  recently: 'PAST_REF', lately: 'PAST_REF', previously: 'PAST_REF', formerly: 'PAST_REF',
  now: 'PRESENT_REF', currently: 'PRESENT_REF', nowadays: 'PRESENT_REF', presently: 'PRESENT_REF',
  soon: 'FUTURE_REF',
};

/** Words after a 4-digit number that make it a quantity, not a year ("2023 people"). */
export const MEASURE_WORDS: readonly string[] = [
  'people', 'persons', 'men', 'women', 'children', 'kids', 'troops', 'soldiers', 'fighters', 'civilians',
  'dollars', 'euros', 'pounds', 'yuan', 'yen', 'rupees', 'percent', 'per', 'meters', 'metres', 'feet',
  'miles', 'km', 'kilometers', 'kilometres', 'kg', 'tons', 'tonnes', 'votes', 'points', 'units', 'cases',
  'deaths', 'homes', 'houses', 'pages', 'words', 'times', 'members', 'residents', 'rockets', 'missiles',
  'hostages', 'prisoners', 'patients', 'students', 'workers', 'jobs', 'cars', 'vehicles', 'barrels',
  'acres', 'hectares', 'calories', 'seats', 'delegates', 'copies', 'users', 'employees', 'refugees',
  'of', 'to', 'and', 'x', 'mph', 'rpm', 'pixels', 'items', 'shares', 'bytes', 'degrees',
];

/** Words before a 4-digit number that make it a quantity ("about 2000", "$2023"). */
export const QUANTITY_WORDS_BEFORE: readonly string[] = [
  'about', 'some', 'nearly', 'almost', 'over', 'than', 'around', 'least', 'approximately', 'roughly',
  'only', 'just', 'number', 'No', 'no', 'page', 'room', 'flight', 'route', 'model', 'code',
];

/** Explicit future markers (modal, periphrastic and scheduling phrases). */
export const FUTURE_CUES: readonly string[] = [
  'will', 'shall', "'ll", '’ll', "won't", 'won’t', 'is set to', 'are set to', 'set to', 'plans to', 'plan to',
  'is set for', 'are set for', 'planned to', 'planning to', 'is expected to', 'are expected to', 'expected to', 'is scheduled',
  'are scheduled', 'is due', 'are due', 'forecast to',
  // Present verbs of anticipation: "forecasters expect temperatures to drop overnight into Friday".
  // (Not the bare "forecast": it is also the past, "than economists had forecast".)
  'expect', 'expects', 'forecasts', 'predict', 'predicts', 'anticipate', 'anticipates',
  // Present tense of scheduling verbs: "the trial begins Monday", "the law takes effect on Jan. 1".
  'begins', 'opens', 'reopens', 'resumes', 'expires', 'takes effect', 'takes place', 'take place', 'take effect', 'kicks off', 'get under way', 'gets under way',
  'goes on sale', 'go on sale', 'goes into effect', 'go into effect', 'comes into force', 'come into force', 'enters into force', 'enter into force',
  // A negated expectation still looks forwards: "a decision is not expected before the weekend".
  'is not expected', 'are not expected', "isn't expected", 'isn’t expected', "aren't expected", 'aren’t expected',
  // Third-person present of news scheduling verbs ("the prime minister flies to Washington on Sunday", "voters go to the
  // polls Sunday"); only forms that are rarely nouns, and no bare plurals ("did not reopen" is past).
  'go to the polls', 'goes to the polls', 'head to the polls', 'heads to the polls', 'heads to', 'travels to', 'flies to',
  'arrives', 'returns to', 'meets', 'hosts', 'faces', 'plays', 'visits', 'testifies', 'launches', 'unveils', 'announces',
  'publishes', 'holds', 'speaks', 'convenes', 'reconvenes', 'starts', 'ends', 'leaves', 'departs', 'concludes',
  'closes', 'rolls out', 'premieres', 'airs', 'debuts', 'resume', 'penciled in', 'pencilled in',
  // Future in the past: "he signaled that a rate cut in March was unlikely", "hoped to resolve it before the end of the
  // month"; a modal of expectation: "should be visible in mid-April".
  'was unlikely', 'were unlikely', 'is unlikely', 'are unlikely', 'hoped to', 'wanted to', 'aimed to', 'intended to',
  'was going to', 'were going to', 'should be', 'aiming to', 'hoping to', 'seeking to', 'expecting to', 'hope to', 'hopes to',
  // A possibility ahead: "the ban may be extended into the weekend" (a capitalised "May be" is the month).
  'may be', 'might be',
  // "said he expected a dry track for qualifying on Saturday" (not "as expected", "than expected", "had expected").
  'expected',
  'is planned', 'are planned',
  // A launch window: "NASA is targeting no earlier than 10:30 p.m. Saturday".
  'is targeting', 'are targeting', 'no earlier than',
  // A run's end is still ahead, whether it is on now or to come ("the exhibition runs until March"); not "runs from":
  // a run that began already is told in the present too ("runs from March 1 through March 20").
  'runs until', 'runs through', 'runs till', 'run until', 'run through',
  // A deadline: "prosecutors have until Friday to respond".
  'have until', 'has until', 'scheduled to', 'scheduled for', 'is due to', 'are due to', 'going to',
  'is to', 'are to', 'is expected', 'are expected', 'intends to', 'intend to', 'aims to', 'hopes to', 'hope to', 'is likely to', 'are likely to',
  'likely to', 'upcoming', 'next', 'later this', 'later in the', 'later today', 'later on', 'coming', 'will be', 'would', 'vowed to', 'vows to',
  'pledged to', 'promised to', 'threatened to', 'is poised to', 'poised to', 'tomorrow', 'could', 'might', 'may take', 'may last', 'may continue', 'may need',
  'hopes', 'wants to', 'want to', 'intend', 'seeks to', 'dream of', 'dreams of',
];

/**
 * Verbs of an attribution ("…, the referee said", "…, a Reuters poll showed on Sunday"): after a comma, they are the
 * reporter's clause, not the tense of what is reported.
 */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'told', 'reported', 'announced', 'added', 'showed', 'confirmed', 'stated', 'wrote', 'noted', 'explained', 'estimated',
];
/**
 * Present-tense verbs of a fixture, before a named opponent ("Ireland face Scotland on Sunday", "the Warriors face the
 * Atlanta Hawks on Dec. 3"): a plural subject's present is the schedule. (Only with a capitalised object: "face" and
 * "play" are nouns too.)
 */
export const FIXTURE_VERBS: readonly string[] = ['face', 'play', 'meet', 'host', 'visit', 'take on', 'open'];

/**
 * Verbs of command before an infinitive with a deadline: "ordered all residents to leave by noon Friday" (the deadline
 * is ahead of the order, whatever the order's tense). Only with "by" right before the expression.
 */
export const ORDER_VERBS: readonly string[] = ['ordered', 'instructed', 'directed', 'required', 'told', 'given', 'asked', 'urged'];

/** Words ending in -ing after a comma that are prepositions, not the verb of a participle clause ("…, including"). */
export const ING_PREPOSITIONS: readonly string[] = [
  'according', 'including', 'following', 'during', 'regarding', 'concerning', 'excluding', 'notwithstanding', 'pending',
  'beginning', 'starting', 'excepting', 'barring', 'considering',
];

/** Common irregular past-tense verbs (regular ones are caught by their -ed ending). */
export const IRREGULAR_PAST: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'took', 'made', 'met', 'spoke', 'went', 'came', 'saw', 'gave',
  'held', 'left', 'began', 'sent', 'won', 'lost', 'fell', 'rose', 'led', 'brought', 'thought', 'found',
  'kept', 'became', 'wrote', 'ran', 'struck', 'fought', 'got', 'knew', 'felt', 'paid', 'sold', 'bought',
  'built', 'caught', 'chose', 'drew', 'drove', 'ate', 'flew', 'forgot', 'froze', 'grew', 'heard', 'hid',
  'meant', 'overtook', 'rode', 'rang', 'sang', 'sank', 'sat', 'shook', 'shot', 'showed', 'slept', 'spent',
  'stood', 'stole', 'swore', 'taught', 'threw', 'understood', 'woke', 'wore', 'withdrew', 'broke', 'arose',
  'beat', 'bore', 'bound', 'bred', 'dealt', 'dug', 'fed', 'fled', 'forbade', 'forgave', 'hung', 'laid',
  'lay', 'lent', 'lit', 'overcame', 'sought', 'sprang', 'stuck', 'stung', 'swept', 'swung', 'tore', 'undertook',
  'upheld', 'wept', 'wound', 'has', 'have', 'ago', 'last', 'earlier', 'yesterday', 'previously', 'since',
  'blew', 'bit', 'bled', 'clung', 'crept', 'dove', 'knelt', 'leapt', 'slid', 'spun', 'strove', 'wove', 'withheld',
  'oversaw', 'overran', 'undid', 'foresaw', 'mistook', 'outgrew', 'overheard', 'overthrew', 'shone', 'sped', 'strode',
  'awoke', 'swam', 'drank', 'shrank', 'bent', 'dreamt', 'learnt', 'burnt', 'spilt', 'forsook', 'befell',
];

/** Words ending in -ed that are not past-tense verbs. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'needed', 'indeed', 'speed', 'seed', 'feed', 'breed', 'proceed', 'succeed', 'exceed', 'red', 'bed',
  'shed', 'wed', 'hundred', 'kindred', 'sacred', 'naked', 'wicked', 'greed', 'weed',
  'deed', 'reed', 'heed', 'steed', 'tweed', 'creed', 'bleed', 'embed', 'shred', 'sled', 'united', 'aged',
  'interested', 'concerned', 'expected', 'scheduled', 'planned', 'supposed', 'related', 'based', 'armed',
];

/**
 * Present-tense linking verbs before a participle: "remain closed", "is based", "are banned" describe a state, so
 * the -ed word is no past-tense cue (a past linking verb, "was closed", is one by itself).
 */
export const PRESENT_LINKING_VERBS: readonly string[] = [
  'is', 'are', 'am', 'be', 'being', 'remain', 'remains', 'stay', 'stays', 'become', 'becomes', 'seem', 'seems', 'get', 'gets',
];

/**
 * Determiners before a regular participle make it an adjective, not a past verb: "on a limited basis", "the proposed
 * plan", "its stated aim". ("that" is left out: "a deal that ended the war" is past.)
 */
export const DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'some', 'any', 'no', 'every', 'each', 'these', 'those',
];

/** Statistics released for a period ("figures for January will be published next month"): the period is past. */
export const DATA_NOUNS: readonly string[] = [
  'figures', 'data', 'numbers', 'statistics', 'results', 'earnings', 'sales', 'readings', 'reading', 'estimate',
  'estimates', 'payrolls', 'report',
];

/** Events that are scheduled "for" a date ("an election for June 30"): the date is ahead of the announcement. */
export const SCHEDULED_EVENT_NOUNS: readonly string[] = [
  'election', 'vote', 'referendum', 'runoff', 'meeting', 'summit', 'hearing', 'trial', 'trial date', 'sentencing',
  'talks', 'deadline', 'session', 'visit', 'launch', 'ceremony', 'debate', 'round', 'strike', 'rally', 'inauguration',
  // A warning or forecast "for" a time is about what is still to come; so is a protest called for a day.
  'warning', 'alert', 'forecast', 'protest', 'demonstration', 'walkout', 'march',
];

/** Sporting fixtures, named by their day ("Sunday's race", "Saturday's final"). */
export const SPORT_EVENT_NOUNS: readonly string[] = ['race', 'final', 'semi-final', 'semifinal', 'match', 'game', 'fixture', 'derby', 'grand prix', 'qualifying', 'qualifier', 'showdown', 'clash'];

/** Words between two years of a range ("2005 to 2010"): not quantity words when a year follows. */
export const RANGE_WORDS: readonly string[] = ['to', 'and', 'or'];

/** Spelled-out ordinal centuries ("the twenty-first century"). */
export const CENTURY_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

/** Verbs that move an event to a later date: "postponed until Saturday" is a future Saturday whatever the tense. */
export const DEFERRAL_VERBS: readonly string[] = [
  'postponed', 'postpone', 'postpones', 'delayed', 'delay', 'delays', 'adjourned', 'adjourn', 'deferred', 'defer',
  'rescheduled', 'reschedule', 'put off', 'pushed back', 'moved back', 'extended', 'extend', 'suspended', 'suspend',
  // A deadline given: "gave protesters until midnight Friday".
  'gave', 'given', 'give', 'gives', 'giving',
];

/**
 * Dates named by their event, whose year goes without saying ("the Sept. 11 attacks" in 2004 is 11 September 2001): the
 * month, day and year, and the nouns that make the date the event's name.
 */
export const DATES_NAMED_BY_EVENT: ReadonlyArray<{ month: number; day: number; year: number; nouns: readonly string[] }> = [
  { month: 9, day: 11, year: 2001, nouns: ['attack', 'attacks', 'terror attacks', 'terrorist attacks', 'hijackers', 'hijackings', 'commission', 'memorial'] },
];

/** "half a century", "half an hour": the length in a smaller whole unit. */
export const HALF_UNIT_VALUES: Readonly<Record<string, string>> = {
  second: 'PT0.5S', minute: 'PT30S', hour: 'PT30M', day: 'PT12H', week: 'P3.5D', fortnight: 'P1W', month: 'P0.5M', year: 'P6M', decade: 'P5Y', century: 'P50Y',
};
