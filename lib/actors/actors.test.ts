import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildActorTable, findActorMentions, loadActorTable, slugify, toActors } from './index';

const table = loadActorTable(path.resolve(__dirname, '..', '..', 'data', 'actors.json'));
const ids = (text: string) => findActorMentions(table, text, { adHoc: false }).map((m) => m.actorId);
const pairs = (text: string) => findActorMentions(table, text, { adHoc: false }).map((m) => [m.surface, m.actorId]);

describe('actor table', () => {
  it('loads and validates data/actors.json', () => {
    expect(table.byId.get('us-state-department')?.partOf).toBe('united-states');
    expect(table.entries.length).toBeGreaterThan(80);
  });
  it('names the entry and field on a bad entry', () => {
    expect(() => buildActorTable({ actors: [{ id: 'ok', name: 'Ok', kind: 'state', aliases: [] }, { id: 'Bad Id', name: 'X', kind: 'planet', aliases: [] }] }, 't.json'))
      .toThrow(/t\.json: entry #1 \("Bad Id"\), field id/);
    expect(() => buildActorTable({ actors: [{ id: 'x', name: 'X', kind: 'planet', aliases: [] }] })).toThrow(/entry #0 \("x"\), field kind/);
    expect(() => buildActorTable({ actors: [{ id: 'x', name: 'X', kind: 'state', aliases: [], partOf: 'nowhere' }] })).toThrow(/entry "x", field partOf/);
    expect(() => buildActorTable({ actors: [{ id: 'x', name: 'X', kind: 'state', aliases: [] }, { id: 'x', name: 'Y', kind: 'state', aliases: [] }] })).toThrow(/entry "x", field id: duplicate/);
  });
  it('slugify', () => {
    expect(slugify('Riyad al-Maliki')).toBe('riyad-al-maliki');
    expect(slugify('António Guterres')).toBe('antonio-guterres');
    expect(slugify("China’s Foreign Ministry")).toBe('chinas-foreign-ministry');
  });
});

describe('findActorMentions', () => {
  it('offsets index into the text', () => {
    const text = 'Talks: Russia and Ukraine met.';
    for (const m of findActorMentions(table, text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
  it('longest match wins; titles fold into the person', () => {
    expect(pairs('Secretary of State Antony Blinken flew out.')).toEqual([['Secretary of State Antony Blinken', 'antony-blinken']]);
    expect(pairs('Russian Foreign Minister Sergei Lavrov said')).toEqual([['Russian Foreign Minister Sergei Lavrov', 'sergei-lavrov']]);
    expect(ids('The State Department said')).toEqual(['us-state-department']);
  });
  it('a state modifier before a titled person is dropped', () => {
    expect(ids('U.S. National Security Adviser Jake Sullivan spoke.')).toEqual(['jake-sullivan']);
    expect(ids('US Defense Secretary Lloyd Austin spoke.')).toEqual(['lloyd-austin']);
  });
  it('keeps the state in other modifier uses', () => {
    expect(ids('US support for Kyiv continued.')).toEqual(['united-states', 'ukraine']);
    expect(ids('US-China relations have thawed.')).toEqual(['united-states', 'china']);
  });
  it('"US" is case-sensitive: "us" is not the United States', () => {
    expect(ids('Let us hope the talks work.')).toEqual([]);
    expect(ids('He told us the U.S. has been clear and urged the US to act.')).toEqual(['united-states', 'united-states']);
    expect(ids('America and the United States')).toEqual(['united-states', 'united-states']);
  });
  it('word boundaries: "Xi" inside words is not Xi Jinping', () => {
    expect(ids('Taxi drivers in Xinjiang protested; Xiaomi shares fell.')).toEqual([]);
    expect(ids('President Xi met Putin.')).toEqual(['xi-jinping', 'vladimir-putin']);
  });
  it('possessives with curly and straight apostrophes', () => {
    expect(pairs('Israel’s army and Beijing\'s view and Putin’s war')).toEqual([
      ['Israel', 'israel'], ['Beijing', 'china'], ['Putin', 'vladimir-putin'],
    ]);
    expect(ids("China’s foreign ministry said")).toEqual(['china-foreign-ministry']);
  });
  it('capital as government vs place', () => {
    expect(ids('Beijing said it would respond. Washington has been pressing Beijing.')).toEqual(['china', 'united-states', 'china']);
    expect(ids('He urged Moscow to withdraw.')).toEqual(['russia']);
    const places = findActorMentions(table, 'After a trip to Beijing, he spoke in Riyadh and flew from Tehran.', { adHoc: false });
    expect(places.map((m) => [m.actorId, m.kind, m.partOf])).toEqual([
      ['beijing', 'place', 'china'], ['riyadh', 'place', 'saudi-arabia'], ['tehran', 'place', 'iran'],
    ]);
    expect(ids('the embassy in Beijing')).toEqual(['beijing']);
    expect(ids('the Israeli embassy in Beijing')).toEqual(['israeli-embassy-in-beijing']);
  });
  it('hyphenated compounds give both actors', () => {
    expect(ids('the Israel-Hamas conflict')).toEqual(['israel', 'hamas']);
    expect(ids('Iran-backed Houthis attacked ships')).toEqual(['iran', 'houthis']);
    expect(ids('Houthi rebels fired')).toEqual(['houthis']);
  });
  it('descriptors and demonym + government', () => {
    expect(ids('The top U.S. diplomat arrived; the Chinese government replied.')).toEqual(['antony-blinken', 'china']);
    expect(ids('Hezbollah, the Lebanese Shiite militia, warned')).toEqual(['hezbollah', 'hezbollah']);
  });
  it('demonym alone is not the state', () => {
    expect(ids('Chinese exports rose and Israeli shekels fell.')).toEqual([]);
  });
  it('surname coreference: "Wang" only with Wang Yi in the text; "Blinken" always', () => {
    expect(ids('Wang met reporters.')).toEqual([]);
    expect(ids('Foreign Minister Wang Yi spoke. Later Wang said more.')).toEqual(['wang-yi', 'wang-yi']);
    expect(ids('Blinken said')).toEqual(['antony-blinken']);
    expect(ids('Miller said. Matthew Miller added.')).toEqual(['matthew-miller', 'matthew-miller']);
    expect(ids('Arthur Miller wrote plays.')).toEqual([]);
  });
  it('organisations with parents', () => {
    const ms = findActorMentions(table, 'The Pentagon and the Kremlin and the IDF', { adHoc: false });
    expect(ms.map((m) => [m.actorId, m.partOf])).toEqual([['pentagon', 'united-states'], ['kremlin', 'russia'], ['israel-defense-forces', 'israel']]);
  });
  it('ad-hoc names (heuristic by default, compromise opt-in), with surname coreference', () => {
    const text = 'Finance Minister Rachel Tomlinson met officials in Berlin on Monday. Tomlinson said the deal was close.';
    for (const adHocMethod of ['heuristic', 'compromise'] as const) {
      const ms = findActorMentions(table, text, { adHocMethod }).filter((m) => m.kind === 'person');
      expect(ms.map((m) => [m.surface, m.actorId])).toEqual([['Rachel Tomlinson', 'rachel-tomlinson'], ['Tomlinson', 'rachel-tomlinson']]);
    }
  });
  it('the heuristic does not take table states/organisations for people', () => {
    const text = 'Saudi Arabia said on Monday. Officials from Saudi Arabia, the kingdom, met State Department spokesman Ned Price.';
    const ms = findActorMentions(table, text).filter((m) => m.kind === 'person');
    expect(ms.map((m) => m.surface)).toEqual(['Ned Price']);
  });
});

describe('findActorMentions in scope', () => {
  const text = 'Foreign Minister Wang Yi flew in. China and Israel spoke. On Monday Wang met the Israeli government and Ben Carter, who left.';
  const scope = [{ start: text.indexOf('On Monday'), end: text.length }];
  it('returns the mentions the whole-text search finds inside the spans', () => {
    const whole = findActorMentions(table, text).filter((m) => m.start >= scope[0]!.start);
    const scoped = findActorMentions(table, text, { scope });
    expect(scoped).toEqual(whole);
    // The weak alias in scope counts the full name written before it; a name the table lacks is judged by its
    // context inside the scope (", who").
    expect(scoped.map((m) => m.actorId)).toEqual(['wang-yi', 'israel', 'ben-carter']);
  });
  it('a weak alias needs a full name somewhere in the text', () => {
    expect(findActorMentions(table, 'On Monday Wang spoke.', { scope: [{ start: 0, end: 21 }], adHoc: false })).toEqual([]);
  });
});

describe('toActors', () => {
  it('merges mentions with every alias seen and event counts', () => {
    const ms = findActorMentions(table, 'Blinken met Wang Yi. Secretary of State Antony Blinken said. Blinken’s aide spoke.', { adHoc: false });
    const actors = toActors(ms, { 'wang-yi': 1, 'antony-blinken': 3 });
    expect(actors).toEqual([
      { id: 'antony-blinken', name: 'Antony Blinken', kind: 'person', aliases: ['Blinken', 'Secretary of State Antony Blinken'], partOf: null, eventCount: 3 },
      { id: 'wang-yi', name: 'Wang Yi', kind: 'person', aliases: ['Wang Yi'], partOf: null, eventCount: 1 },
    ]);
  });
});

describe('false positives', () => {
  it('a capital inside a longer proper name is not an actor', () => {
    expect(ids('The Washington Post and the Paris Agreement')).toEqual([]);
    expect(ids('Washington Beijing')).toEqual(['united-states', 'china']);
  });
  it('ambiguous surnames are weak', () => {
    expect(ids('Abbas Araghchi said')).toEqual([]);
    expect(ids('Mahmoud Abbas said. Abbas added.')).toEqual(['mahmoud-abbas', 'mahmoud-abbas']);
  });
  it("India's Congress party is not the U.S. Congress", () => {
    expect(ids("India's Congress party")).toEqual(['india']);
  });
});
