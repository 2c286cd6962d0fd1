import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/types';
import { clauseTense } from '../temporal';
import { mentionsOf } from './mentions.test-helper';
import { splitSentences } from './sentences';
import { groupUndated, undatedReports } from './undated';

function article(id: string, text: string, published: string | null = '2023-10-14'): Article {
  return {
    id, title: id, publisher: `P${id}`, url: null, published, publishedRange: published ? null : { start: '2023-10-10', end: '2023-10-12' },
    publishedPrecision: published ? 'day' : 'range', publishedInferred: null, timeZone: null, language: 'en', text, file: `${id}.md`,
  };
}

const TEXT =
  'Blinken met Wang in Beijing on Sunday. Wang has called for an immediate ceasefire in the region. ' +
  'Officials gathered in the capital and waited for hours. Blinken will travel to Cairo. Wang agreed.';

describe('undatedReports', () => {
  const a = article('a1', TEXT);
  const sentences = splitSentences(TEXT);
  const dated = new Set([sentences[0]!.start]);
  const reports = undatedReports(a, sentences, dated, mentionsOf(TEXT, ['Blinken', 'Wang']), clauseTense);

  it('keeps a past report naming an actor, with no date of its own', () => {
    expect(reports.map((r) => r.sentence.text)).toEqual(['Wang has called for an immediate ceasefire in the region.']);
    expect(reports[0]!.actors).toEqual(['wang']);
  });

  it('skips dated sentences, sentences with no actor, plans and fragments', () => {
    // "Blinken met Wang … on Sunday" is dated; "Officials gathered …" names no actor; "Blinken will travel" is a plan;
    // "Wang agreed." is too short to tell anything.
    expect(reports.some((r) => /Sunday|Officials|Cairo|agreed/.test(r.sentence.text))).toBe(false);
  });

  it('has nowhere to place a report of an article without a publication date or range', () => {
    const undatable = { ...article('a2', TEXT, null), publishedRange: null };
    expect(undatedReports(undatable, sentences, dated, mentionsOf(TEXT, ['Wang']), clauseTense)).toEqual([]);
  });
});

describe('groupUndated', () => {
  const report = (id: string, text: string, published: string) => {
    const a = article(id, text, published);
    return undatedReports(a, splitSentences(text), new Set(), mentionsOf(text, ['Wang']), clauseTense);
  };
  it('merges the same report told by two articles within a week, not by one article twice or a month apart', () => {
    const one = report('a1', 'Wang has called for an immediate ceasefire in the whole region.', '2023-10-14');
    const two = report('a2', 'Wang has called for an immediate ceasefire in the region.', '2023-10-16');
    const late = report('a3', 'Wang has called for an immediate ceasefire in the region.', '2023-11-30');
    const other = report('a4', 'Wang has criticised the sanctions imposed on Chinese firms by Washington.', '2023-10-14');
    const groups = groupUndated([...one, ...two, ...late, ...other]);
    expect(groups.map((g) => g.map((r) => r.article.id))).toEqual([['a1', 'a2'], ['a3'], ['a4']]);
  });
});
