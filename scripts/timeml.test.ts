import { describe, expect, it } from 'vitest';
import { addScore, alignDoc, emptyTotals, figures, parseTimeML } from './timeml';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-08" functionInDocument="CREATION_TIME">May 8, 2020</TIMEX3></DCT>
<TITLE>Header &amp; title</TITLE>
<TEXT>
The board <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2020-05-06">Wednesday</TIMEX3> &amp; agreed
to a <TIMEX3 tid="t2" type="DURATION" value="P2Y" mod="APPROX">two-year</TIMEX3> plan.<MAKEINSTANCE eventID="e1"/>
</TEXT>
<TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
</TimeML>`;

describe('parseTimeML', () => {
  it('strips tags, decodes entities and gives gold offsets on the stripped TEXT; the DCT is not a gold expression', () => {
    const d = parseTimeML(DOC);
    expect(d.docId).toBe('X1');
    expect(d.dct).toBe('2020-05-08');
    expect(d.text).toBe('\nThe board met on Wednesday & agreed\nto a two-year plan.\n');
    expect(d.timexes.map((t) => [d.text.slice(t.start, t.end), t.text, t.type, t.value, t.mod])).toEqual([
      ['Wednesday', 'Wednesday', 'DATE', '2020-05-06', null],
      ['two-year', 'two-year', 'DURATION', 'P2Y', 'APPROX'],
    ]);
  });
  it('names the problem when the markup is broken', () => {
    expect(() => parseTimeML('<TimeML></TimeML>')).toThrow(/TEXT/);
    expect(() => parseTimeML('<TEXT><TIMEX3 tid="t1">x</EVENT></TEXT>')).toThrow(/does not close/);
  });
});

describe('TempEval-3 scoring', () => {
  it('strict = same extent, relaxed = overlap (one-to-one), value F1 = relaxed F1 × value accuracy', () => {
    const d = parseTimeML(DOC);
    const at = (s: string): number => d.text.indexOf(s);
    const sys = [
      { start: at('on Wednesday'), end: at('on Wednesday') + 12, text: 'on Wednesday', type: 'DATE', value: '2020-05-06' },
      { start: at('two-year'), end: at('two-year') + 8, text: 'two-year', type: 'DURATION', value: 'P1Y' },
      { start: at('plan'), end: at('plan') + 4, text: 'plan', type: 'DATE', value: 'X' },
    ];
    const s = alignDoc(d.text, d.timexes, sys);
    expect(s.matches.map((m) => [m.gold.text, m.strict])).toEqual([['Wednesday', false], ['two-year', true]]);
    expect(s.spurious.map((x) => x.text)).toEqual(['plan']);
    const t = emptyTotals();
    addScore(t, s);
    const f = figures(t);
    expect(f.strict.f1).toBeCloseTo(0.4);
    expect(f.relaxed.p).toBeCloseTo(2 / 3);
    expect(f.relaxed.r).toBe(1);
    expect(f.valueAccuracy).toBe(0.5);
    expect(f.valueF1).toBeCloseTo(0.8 * 0.5);
  });
});
