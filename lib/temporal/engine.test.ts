import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collect, withoutCaptures } from './engine';
import { RULES } from './rules/patterns';
import type { Rule } from './rules/patterns';

// The engine only scans windows around trigger words (Rule.triggers, Rule.reach) that pass the rule's prefilter.
// These tests check that this loses nothing: the same rules without triggers or prefilters scan the whole text.
const FULL_SCAN: readonly Rule[] = RULES.map((r) => ({ ...r, triggers: undefined, reach: undefined, prefilter: undefined }));
// Once as an untensed text and once as a future one, so the rules guarded by a future tense match too.
const TENSES = [(): 'unknown' => 'unknown', (): 'future' => 'future'];

function key(text: string, rules: readonly Rule[]): string[] {
  return TENSES.flatMap((tense, i) => collect(text, rules, tense).map((c) => `${i}:${c.rule.id}@${c.start}-${c.end}`)).sort();
}

const PHRASES = [
  'about two and a half years ago', 'no more than three weeks ago', 'a couple of days ago', 'earlier this month',
  'later in the year', 'the past several months', 'the next few weeks', 'the coming days', 'in the near future',
  'for the foreseeable future', 'at the moment', 'right now', 'these days', 'one day', 'every other weekend',
  'each morning', 'the following week', 'the previous evening', 'that same day', 'the same month', 'this morning',
  'last night', 'the weekend', 'this past weekend', 'late summer of 2023', 'the first half of next year',
  'the third quarter of last year', 'Q3 2023', 'an hour-long call', 'the past 12 months', 'the first three days',
  'recently', 'currently', 'three days later', 'two weeks earlier', 'the beginning of October', 'mid-2023',
  'at the end of last year', 'Saturday, Oct. 14, 2023', '14 October 2023', 'in June', 'the 1990s', '2023-10-15',
  '10/14/2023', 'at 9:30 a.m. Friday', 'Friday at noon', 'daily', 'months of tension', 'for years', 'last week',
  // news phrasing
  'late Friday', 'early on Saturday', 'late Thursday night', 'this past Monday', 'this past weekend', 'late yesterday',
  'too late today', 'the Sunday Times', 'the Mail on Sunday',
  'the early hours of Sunday', 'the small hours of Saturday morning', 'the early hours of Oct. 7, 2023', 'into the early hours',
  'on the 21st', 'for the 28th of this month', 'on the 15th floor', 'Jan 5-7', 'Sept. 10–15, 2024', '5-7 January', 'from 5-7 Jan. 2025',
  'two weeks from now', 'later that day', 'earlier in the day', 'Later that year', 'the day before,',
  'the night before.', 'the day before the vote', 'overnight', 'the overnight rate', 'an overnight stay',
  'the end of the decade', 'the turn of the century', 'the turn of the 20th century', '3 p.m. local time', '8 p.m. EDT on Tuesday',
  'noon GMT', 'at dawn', 'before dawn on Sunday', 'shortly after sunset yesterday', 'every April', 'each other May',
  'the evening of March 2', 'on the morning of 3 Oct. 2023', 'the night of Sunday', 'the afternoon of yesterday',
  '(1700 GMT Friday)', 'at 0800 UTC', 'midnight Friday',
  'Q3 earnings', "Q4'22", 'the 1990s-era', 'Friday Prayers',
  'by year-end', 'month-end', 'H1 2024', "H2'23", 'H1N1',
  'about two hours later', 'some three weeks later',
  'the end of the fiscal year',
  'on Christmas Day', "New Year's Eve, 2023", 'over Christmas', 'the Fourth of July', 'Good Friday', 'the Good Friday Agreement',
  'after Easter', 'Easter Island', 'Thanksgiving Day', 'Labor Day', "St. Patrick's Day", 'Christmas tree',
  '78 minutes later', 'at 14:00', 'by 09:30 on Friday', 'late last night', 'early this morning', 'every four years', 'each few days', 'this Friday', 'the predawn hours of Sunday', 'the second half of the year', 'the day before yesterday', 'the day after tomorrow', 'two decades later', 'the following Monday', 'the previous Friday',
  'This past summer', 'the winter of 2021-22', 'Days later', 'months earlier', 'the first week of March', 'the last week of next month', 'the second week of May 2024', 'signed in 1848', 'since 1789', 'until 1871 when', 'in 1500 cases',
  // each part a rule's prefilter requires
  'the week of March 3', 'Week of 3 March 2024', '5th-7th May', '10–12 June', 'at 9am Friday', '9 A.M. Monday', "ten o'clock in the morning",
  'will meet in three years', 'will end In 2 days', 'two or three weeks', 'three to four months', 'mid-March', 'the end of March', 'the start of 2024',
  'Year-end', 'six hours later', 'a month before.', 'the morning of the 5th of May', 'since the 3rd', 'October 2023', 'Oct. 7', 'last March', 'Next June', 'every Tuesday', 'on Sundays', 'the 2020s', 'that same night', 'the week before', 'in the new year', 'at 10 a.m. on Friday, March 22', 'this time last year', 'three straight days', 'on the 15th and 16th of March', 'hearings on Jan. 11 and 12.', 'from 3 to 5 March', 'the week after next', 'the year before last', 'in the days ahead', 'August last year', 'in March of next year', 'mid-February this year', 'finishing in 3:07:35', 'at 10:30:15 local time', 'dated 3/12/24,', 'the following spring', 'the previous summer', 'every winter', 'each spring', 'Tuesday nights', 'on Monday and Tuesday nights', 'a weeklong truce', 'a daylong meeting',
  'the first Tuesday of November', 'the last Friday of the month', 'the second Saturday in Aug. 2024', 'the 1st Monday of each month', 'over the Easter weekend', 'the Christmas holidays',
  'on 16/10/2023', "in a week's time", 'this coming Monday', 'the past 5,500 years', 'in two hours and three minutes', '1 hour, 20 minutes',
  '5.02am:', 'later today', 'two-and-a-half hours', 'an hour and a half', 'previously owned', 'noon April 15', 'about 11:20 p.m. Saturday', 'the March figures', 'the May jobs report', 'the quarter ended Sept. 30', 'the three months to December 31, 2022', 'the year-earlier period', "last year's third quarter", 'the March quarter', 'since end-September', 'in the afternoon', 'in morning trading', 'on Monday last.', 'Minutes of the June meeting',
  // seventh session
  'worked through the night', 'digging into the night after', 'resume by mid-afternoon', 'due by early evening', 'from late morning',
  'the following two decades', 'Seventy-five years', 'Two hundred and twenty years', 'a decade-long campaign',
  'went out that October', 'toured that summer', 'October 1769', 'April 19, 1775', 'last Thanksgiving', 'Christmas night', 'on Election Day', 'every other Monday', 'from Friday next week', 'on February 18 next year', 'half a century', 'half an hour', 'every Sunday morning', 'five hours, 34 minutes and 12 seconds', '4 February last year', '12:01 a.m. next Wednesday', 'a half-hour show',
];
const FILLER = ['the', 'talks', 'said', 'officials', 'will', 'were', 'in', 'of', ',', '.', '\n', 'and', 'late', 'past', 'may'];

describe('trigger windows', () => {
  it('find the same matches as scanning the whole text (seed articles)', () => {
    const seeds = path.resolve(process.cwd(), '..', 'shared', 'seeds');
    const files = fs.existsSync(seeds) ? fs.readdirSync(seeds) : [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(seeds, f), 'utf8');
      expect(key(text, RULES), f).toEqual(key(text, FULL_SCAN));
    }
  });

  it('find the same matches as scanning the whole text (generated news-like text)', () => {
    const words = fc.array(fc.oneof(fc.constantFrom(...PHRASES), fc.constantFrom(...FILLER)), { maxLength: 60 });
    const spaces = fc.constantFrom(' ', ' ', ' ', '  ', '\n');
    const text = fc.tuple(words, spaces).map(([ws, sp]) => ws.join(sp));
    fc.assert(fc.property(text, (t) => { expect(key(t, RULES)).toEqual(key(t, FULL_SCAN)); }), { numRuns: 400 });
  });

  it('are tested on phrases that every prefiltered rule matches (else the comparison above proves nothing for it)', () => {
    const text = PHRASES.join(' . ');
    const matched = new Set(TENSES.flatMap((tense) => collect(text, FULL_SCAN, tense).map((c) => c.rule.id)));
    expect(RULES.filter((r) => r.prefilter !== undefined && !matched.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

describe('withoutCaptures', () => {
  it('makes groups non-capturing and leaves lookarounds, classes and escapes alone', () => {
    expect(withoutCaptures('(?<day>\\d+)(a|b)(?:c)(?<=x)(?<!y)(?=z)(?!w)[(]\\(')).toBe('(?:\\d+)(?:a|b)(?:c)(?<=x)(?<!y)(?=z)(?!w)[(]\\(');
  });

  it('leaves every rule pattern without a capture group and with the same matches on the test phrases', () => {
    const text = PHRASES.join(' . ');
    for (const r of RULES) {
      if (/\\(?:[1-9]|k<)/.test(r.pattern.source)) continue;
      const window = new RegExp(withoutCaptures(r.pattern.source), r.pattern.flags);
      expect(new RegExp(`${window.source}|`).exec('')!.length, r.id).toBe(1);
      const spans = (re: RegExp): string[] => [...text.matchAll(re)].map((m) => `${m.index}+${m[0].length}`);
      expect(spans(window), r.id).toEqual(spans(r.pattern));
    }
  });
});
