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

export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z][a-z'’-]*[a-z]|[a-z]/g)) {
    for (const part of m[0].replace(/['’]s$/, '').split('-')) {
      if (part.length < 3 || STOP.has(part)) continue;
      out.add(stem(part));
    }
  }
  return out;
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
