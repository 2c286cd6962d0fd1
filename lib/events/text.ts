/** Content words for similarity: lower-cased, stopwords removed, crude suffix stemming. */
const STOP = new Set(
  (
    'a an the and or but of to in on at for from by with as is was were be been being are it its it’s this that these those ' +
    'he she they we you i his her their our your them him us who whom which what when where why how not no nor so than then ' +
    'there here also has have had do does did will would can could should may might must shall said says say told tell ' +
    'according after before since during over under about into onto up down out off again further once all any both each ' +
    'few more most other some such only own same too very just one two first last new year years month months week weeks day days ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow ago earlier later recent recently ' +
    'while amid between against because if s mr ms mrs'
  ).split(/\s+/),
);

export function stem(w: string): string {
  let s = w;
  for (const suf of ['ations', 'ation', 'ings', 'ing', 'edly', 'ed', 'ies', 'es', 's', 'ly']) {
    if (s.length - suf.length >= 4 && s.endsWith(suf)) {
      s = s.slice(0, -suf.length);
      break;
    }
  }
  return s;
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
/** Apostrophes (straight, curly) and hyphen: allowed inside a word, never at its ends. */
const isInner = (c: number) => c === 39 || c === 0x2019 || c === 45;

/**
 * The words of `/[a-z][a-z'’-]*[a-z]|[a-z]/g` on the lower-cased text, minus a possessive, split at hyphens.
 * A char-code scan instead of matchAll + replace + split per word: this runs on every article's whole text.
 */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.toLowerCase();
  const n = t.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLower(t.charCodeAt(i))) {
      i++;
      continue;
    }
    // Greedy run of letters/inner marks, then back off to its last letter (the regex's backtracking).
    let end = i + 1;
    let j = i + 1;
    for (; j < n; j++) {
      const c = t.charCodeAt(j);
      if (isAsciiLower(c)) end = j + 1;
      else if (!isInner(c)) break;
    }
    let wordEnd = end;
    if (end - i >= 2 && t.charCodeAt(end - 1) === 115 /* s */ && (t.charCodeAt(end - 2) === 39 || t.charCodeAt(end - 2) === 0x2019)) wordEnd = end - 2;
    addParts(t, i, wordEnd, out);
    i = end;
  }
  return out;
}

const stemCache = new Map<string, string | null>();
/** stem(part), or null for a stopword; memoised (a news vocabulary is small, every article repeats it). */
function stemOrStop(part: string): string | null {
  let r = stemCache.get(part);
  if (r === undefined) {
    r = STOP.has(part) ? null : stem(part);
    if (stemCache.size >= 100_000) stemCache.clear(); // bounded on a long-running server
    stemCache.set(part, r);
  }
  return r;
}

/** Adds the stemmed hyphen-separated parts of t[start, end) that are long enough and not stopwords. */
function addParts(t: string, start: number, end: number, out: Set<string>): void {
  let s = start;
  for (let k = start; k <= end; k++) {
    if (k < end && t.charCodeAt(k) !== 45) continue;
    if (k - s >= 3) {
      const stemmed = stemOrStop(t.slice(s, k));
      if (stemmed !== null) out.add(stemmed);
    }
    s = k + 1;
  }
}

/** Exactly JavaScript's `\s` (WhiteSpace and LineTerminator, the set `trim()` removes too). */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `s.split(/\s+/).length` without building the array: one more than the number of whitespace runs. Counting stops
 * once it exceeds `cap` (callers only compare with a threshold).
 */
export function whitespaceSplitCount(s: string, cap = Infinity): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) inSpace = false;
    else if (!inSpace) {
      inSpace = true;
      if (++n > cap) return n;
    }
  }
  return n;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const x of small) if (big.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function overlap<T>(a: Iterable<T>, b: Set<T>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}
