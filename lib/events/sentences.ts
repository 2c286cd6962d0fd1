/** Sentence splitter with offsets. Line breaks are always boundaries (headline lines, datelines). */
export interface Sentence {
  text: string;
  /** Offsets into the whole text, end exclusive. */
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'st', 'sr', 'jr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep',
    'pres', 'rev', 'hon', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'vol', 'fig', 'approx', 'dept', 'univ',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'e.g', 'i.e', 'a.m', 'p.m',
  ],
);

function isAbbreviation(before: string): boolean {
  // the token right before the period
  const m = /([A-Za-z.]+)$/.exec(before);
  if (!m) return false;
  const token = m[1]!;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(token)) return true; // U.S / U.N / e.g
  if (/^[A-Z]$/.test(token)) return true; // initial: "John F. Kennedy"
  return ABBREVIATIONS.has(token.toLowerCase());
}

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']']);

/** Split into sentences: `.`, `!`, `?` (plus closing quotes) followed by whitespace and a capital/quote/digit. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t') continue;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    if (k >= text.length || text[k] === '\n') {
      push(start, j);
      start = j;
      i = j - 1;
      continue;
    }
    const next = text[k]!;
    if (!/[A-Z0-9"\u201c\u2018(']/.test(next)) continue;
    if (ch === '.' && j === i + 1 && isAbbreviation(text.slice(Math.max(0, i - 12), i))) {
      // "Oct. 14", "U.S. Secretary": an abbreviation followed by a capital is ambiguous; keep going
      // unless the abbreviation is a multi-letter acronym at a plausible sentence end ("the U.S. The …").
      const tok = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      const nextWord = /^[A-Za-z]+/.exec(text.slice(k))?.[0] ?? '';
      const sentenceStarter = /^(?:The|It|He|She|They|We|In|On|But|And|This|That|A|An)$/.test(nextWord);
      if (!(/\./.test(tok) && sentenceStarter)) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, text.length);
  return out;
}
