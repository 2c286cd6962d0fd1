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

/**
 * Content words as small integers: one id per distinct stem. Ids compare only within one vocabulary, so a build
 * uses one for all its candidates and articles and drops it afterwards (a vocabulary is never cleared).
 * Its table is keyed by the word as written (lower-cased) and read straight from the char codes: no string is
 * made per word, only per new word (contentWords' slices were a fifth of all the build's allocation).
 */
export class Vocabulary {
  private hashes = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  private keys: (string | undefined)[] = new Array<string | undefined>(1 << 12);
  private used = 0;
  private readonly stemIds = new Map<string, number>();

  /** The id of the stem of t[s, e) (lower-case text; `hash` is FNV-1a of its char codes), or -1 for a stopword. */
  idOf(t: string, s: number, e: number, hash: number): number {
    const mask = this.keys.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const key = this.keys[at];
      if (key === undefined) break;
      if (this.hashes[at] === hash && key.length === e - s && t.startsWith(key, s)) return this.ids[at]!;
    }
    const part = t.slice(s, e);
    const stemmed = stemOrStop(part);
    let id = -1;
    if (stemmed !== null) {
      id = this.stemIds.get(stemmed) ?? this.stemIds.size;
      if (id === this.stemIds.size) this.stemIds.set(stemmed, id);
    }
    this.insert(part, hash, id);
    return id;
  }

  private insert(key: string, hash: number, id: number): void {
    if (2 * (this.used + 1) > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let at = hash & mask;
    while (this.keys[at] !== undefined) at = (at + 1) & mask;
    this.keys[at] = key;
    this.hashes[at] = hash;
    this.ids[at] = id;
    this.used++;
  }

  private grow(): void {
    const { keys, hashes, ids } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size);
    this.hashes = new Int32Array(size);
    this.ids = new Int32Array(size);
    this.used = 0;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== undefined) this.insert(keys[k]!, hashes[k]!, ids[k]!);
  }
}

/** The vocabulary of callers that pass none (tests, single articles). */
export const sharedVocabulary = new Vocabulary();

/** Ids of content words (in one Vocabulary), each once, in order of first occurrence: a Set's worth in a few bytes. */
export type WordIds = readonly number[];

/**
 * The ids of contentWords(text), or of contentWords(text.slice(0, cut.start) + ' ' + text.slice(cut.end)) (a
 * sentence without its expression): one lower-cased copy of the text, no slice per word.
 */
export function contentWordIds(text: string, vocabulary: Vocabulary, cut?: { start: number; end: number }): WordIds {
  const out: number[] = [];
  const stamp = nextStamp();
  const t = text.toLowerCase();
  if (t.length !== text.length) {
    // A character lower-cased to two ("İ"): offsets moved, so lower-case the text as contentWords reads it.
    const u = (cut ? `${text.slice(0, cut.start)} ${text.slice(cut.end)}` : text).toLowerCase();
    addWordIds(u, 0, u.length, vocabulary, stamp, out);
  } else if (cut) {
    // The space between the two parts ends any word, so each part is read on its own. (Lower-casing the whole
    // sentence can differ from lower-casing the parts only in a Greek final sigma: not a letter the scan reads.)
    addWordIds(t, 0, cut.start, vocabulary, stamp, out);
    addWordIds(t, cut.end, t.length, vocabulary, stamp, out);
  } else {
    addWordIds(t, 0, t.length, vocabulary, stamp, out);
  }
  return out;
}

/** contentWords' scan of t[from, to) (lower-case text; see there), adding each id not yet marked to `out`. */
function addWordIds(t: string, from: number, to: number, vocabulary: Vocabulary, stamp: number, out: number[]): void {
  let i = from;
  while (i < to) {
    if (!isAsciiLower(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    for (let j = i + 1; j < to; j++) {
      const c = t.charCodeAt(j);
      if (isAsciiLower(c)) end = j + 1;
      else if (!isInner(c)) break;
    }
    let wordEnd = end;
    if (end - i >= 2 && t.charCodeAt(end - 1) === 115 /* s */ && (t.charCodeAt(end - 2) === 39 || t.charCodeAt(end - 2) === 0x2019)) wordEnd = end - 2;
    // The hyphen-separated parts of 3+ characters, each hashed as it is read.
    let s = i;
    let hash = FNV_OFFSET;
    for (let k = i; k <= wordEnd; k++) {
      const c = k < wordEnd ? t.charCodeAt(k) : 45;
      if (c !== 45) {
        hash = Math.imul(hash ^ c, FNV_PRIME);
        continue;
      }
      if (k - s >= 3) {
        const id = vocabulary.idOf(t, s, k, hash);
        if (id >= 0) {
          const m = marksFor(id);
          if (m[id] !== stamp) {
            m[id] = stamp;
            out.push(id);
          }
        }
      }
      s = k + 1;
      hash = FNV_OFFSET;
    }
    i = end;
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// Scratch marks for set operations on ids: marks[id] === stamp means "in the current set". A new stamp per
// operation instead of clearing; shared by every vocabulary (they only ever hold the current operation's marks).
let marks = new Int32Array(1024);
let stampCounter = 0;
function nextStamp(): number {
  if (stampCounter === 0x7fffffff) {
    marks.fill(0);
    stampCounter = 0;
  }
  return ++stampCounter;
}
function marksFor(id: number): Int32Array {
  if (id >= marks.length) {
    const grown = new Int32Array(Math.max(id + 1, marks.length * 2));
    grown.set(marks);
    marks = grown;
  }
  return marks;
}

/** jaccard on two id lists (each without repeats): the same value as on the sets of their words. */
export function jaccardIds(a: WordIds, b: WordIds): number {
  if (a.length === 0 && b.length === 0) return 0;
  // Every id went through marksFor when its list was made: marks is long enough for all of them.
  const stamp = nextStamp();
  for (const x of a) marks[x] = stamp;
  let inter = 0;
  for (const x of b) if (marks[x] === stamp) inter++;
  return inter / (a.length + b.length - inter);
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
