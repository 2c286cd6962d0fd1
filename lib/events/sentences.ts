/** Sentence splitter with offsets. Line breaks are always boundaries (headline lines, datelines). */
import { isSpace } from './text';

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

// The splitter runs once per article over the whole text: char codes instead of a regex per character.
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isUpper = (c: number) => c >= 65 && c <= 90;
const isTokenChar = (c: number) => isAsciiLetter(c) || c === 46; /* . */

/** The run of letters and periods right before `i` (at most 12 characters back): the token before a period. */
function tokenBefore(text: string, i: number): string {
  const lo = Math.max(0, i - 12);
  let s = i;
  while (s > lo && isTokenChar(text.charCodeAt(s - 1))) s--;
  return text.slice(s, i);
}

/** "U.S", "e.g": single letters joined by periods. */
function isDottedLetters(token: string): boolean {
  if (token.length < 3 || token.length % 2 === 0) return false;
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if (k % 2 === 0 ? !isAsciiLetter(c) : c !== 46) return false;
  }
  return true;
}

function isAbbreviation(token: string): boolean {
  if (!token) return false;
  if (isDottedLetters(token)) return true; // U.S / U.N / e.g
  if (token.length === 1 && isUpper(token.charCodeAt(0))) return true; // initial: "John F. Kennedy"
  return ABBREVIATIONS.has(token.toLowerCase());
}

const CLOSERS = new Set([34 /* " */, 0x201d, 0x2019, 39 /* ' */, 41 /* ) */, 93 /* ] */]);
/** What may open the next sentence: a capital, digit, opening quote or parenthesis. */
const isOpener = (c: number) => isUpper(c) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 40 || c === 39;
const isBlank = (c: number) => c === 32 || c === 9;
const SENTENCE_STARTERS = new Set(['The', 'It', 'He', 'She', 'They', 'We', 'In', 'On', 'But', 'And', 'This', 'That', 'A', 'An']);

/** The characters that can end a sentence; a native regex scan finds them faster than a loop over every character. */
const BREAK_CHARS = /[\n.!?]/g;

/** The ASCII letters starting at `k`. */
function wordAt(text: string, k: number): string {
  let e = k;
  while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
  return text.slice(k, e);
}

/** Split into sentences: `.`, `!`, `?` (plus closing quotes) followed by whitespace and a capital/quote/digit. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  const push = (s: number, e: number) => {
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  let start = 0;
  BREAK_CHARS.lastIndex = 0;
  // test() rather than exec(): the index is lastIndex - 1, and no match array is allocated per break character.
  while (BREAK_CHARS.test(text)) {
    const i = BREAK_CHARS.lastIndex - 1;
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      push(start, i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++;
    if (j < n && !isBlank(text.charCodeAt(j))) continue;
    let k = j;
    while (k < n && isBlank(text.charCodeAt(k))) k++;
    if (k >= n || text.charCodeAt(k) === 10) {
      push(start, j);
      start = j;
      BREAK_CHARS.lastIndex = j;
      continue;
    }
    if (!isOpener(text.charCodeAt(k))) continue;
    if (ch === 46 && j === i + 1) {
      const tok = tokenBefore(text, i);
      if (isAbbreviation(tok)) {
        // "Oct. 14", "U.S. Secretary": an abbreviation followed by a capital is ambiguous; keep going
        // unless the abbreviation is a multi-letter acronym at a plausible sentence end ("the U.S. The …").
        if (!(tok.includes('.') && SENTENCE_STARTERS.has(wordAt(text, k)))) continue;
      }
    }
    push(start, j);
    start = j;
    BREAK_CHARS.lastIndex = j;
  }
  push(start, n);
  return out;
}
