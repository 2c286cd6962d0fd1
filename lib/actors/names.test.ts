import { describe, expect, it } from 'vitest';
import { findPersonNames } from './names';

const names = (text: string) => findPersonNames(text).map((c) => c.name);

describe('findPersonNames (heuristic, general examples)', () => {
  it('finds names after a title', () => {
    expect(names('Prime Minister Keir Starmer met German Chancellor Olaf Scholz in London.')).toEqual(['Keir Starmer', 'Olaf Scholz']);
    expect(names('Dutch Foreign Minister Hanke Bruins Slot arrived.')).toEqual(['Hanke Bruins Slot']);
    expect(names('U.S. Ambassador Linda Thomas-Greenfield spoke.')).toEqual(['Linda Thomas-Greenfield']);
    expect(names('Sheikh Mohammed bin Abdulrahman Al Thani hosted the talks.')).toEqual(['Mohammed bin Abdulrahman Al Thani']);
    expect(names('WHO Director-General Tedros Adhanom Ghebreyesus warned of famine.')).toEqual(['Tedros Adhanom Ghebreyesus']);
  });
  it('finds names after a lowercase role word', () => {
    expect(names('He met his Israeli counterpart Yoav Gallant.')).toEqual(['Yoav Gallant']);
    expect(names('said Kremlin spokesman Dmitry Peskov on Friday')).toEqual(['Dmitry Peskov']);
  });
  it('finds names before a reporting verb, an apposition or a possessive', () => {
    expect(names('Maria Gonzalez said on Monday that talks would resume.')).toEqual(['Maria Gonzalez']);
    expect(names('The company’s chief, Ngozi Okonjo-Iweala, said so.')).toEqual(['Ngozi Okonjo-Iweala']);
    expect(names('Jean-Yves Le Drian’s visit was postponed.')).toEqual(['Jean-Yves Le Drian']);
    expect(names('Riyad al-Maliki, who leads the delegation, told reporters.')).toEqual(['Riyad al-Maliki']);
    expect(names('Ursula von der Leyen told lawmakers.')).toEqual(['Ursula von der Leyen']);
  });
  it('gives offsets into the text, the possessive outside', () => {
    const text = 'Talks stalled. Maria Gonzalez’s aide said so.';
    const [c] = findPersonNames(text);
    expect(c && text.slice(c.start, c.end)).toBe('Maria Gonzalez');
  });
  it('places, organisations, headings and bare titles are not persons', () => {
    expect(names('Middle East tensions rose as the Middle East said nothing.')).toEqual([]);
    expect(names('Ships in the Red Sea, the region’s busiest lane, were hit. The Red Sea’s shipping fell.')).toEqual([]);
    expect(names('The Gaza Strip, the enclave, was shelled. Gaza Strip said')).toEqual([]);
    expect(names('The State Department said on Tuesday. State Department, the agency')).toEqual([]);
    expect(names('Read More')).toEqual([]);
    expect(names('Read More said')).toEqual([]);
    expect(names('The Foreign Affairs Minister said on Monday. Foreign Affairs Minister told reporters')).toEqual([]);
    expect(names('The United Nations said. European Union, the bloc')).toEqual([]);
    expect(names('New York said it would sue. Hong Kong said on Friday. Los Angeles, the city, burned.')).toEqual([]);
    expect(names('Tesla Motors said. Human Rights Watch said. Al Jazeera reported, the network said. Hurricane Milton, the storm')).toEqual([]);
  });
  it('names without a name-typical context are left out; sentence-initial capitals are not names', () => {
    expect(names('Both sides met in Geneva.')).toEqual([]);
    expect(names('Maria Gonzalez attended.')).toEqual([]);
    expect(names('It rained yesterday. Yesterday Maria Gonzalez said so.')).toEqual(['Maria Gonzalez']);
  });
  it('a run stops at a sentence end', () => {
    expect(names('They met on Monday. Tomlinson said')).toEqual([]);
  });
  it('only looks inside the scope', () => {
    const text = 'Maria Gonzalez said hello. Later, Ahmed Karimi said goodbye.';
    expect(findPersonNames(text, [{ start: 27, end: text.length }]).map((c) => c.name)).toEqual(['Ahmed Karimi']);
  });
});
