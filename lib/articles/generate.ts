/**
 * A synthetic corpus of any size made from real articles, for benchmarks and large-timeline tests:
 * copy c of an article has every year shifted by c (in its text and its dates), so the density of events
 * per time window stays constant as the corpus grows, and its people renamed (deterministic PRNG).
 */
import type { Article } from './types';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = ['Blinken', 'Wang', 'Miller', 'Harpaz', 'Zhai', 'Sullivan', 'Cohen'];
const POOL = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad', 'Novak', 'Silva', 'Kowalski', 'Mensah', 'Ibarra', 'Petrov', 'Achebe'];

/** n articles from the seeds; ids are `<seed id>-<copy>`. */
export function generate(seeds: Article[], n: number, seed = 42): Article[] {
  const rnd = mulberry32(seed);
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const base = seeds[i % seeds.length]!;
    const copy = Math.floor(i / seeds.length);
    const shiftYear = (s: string) => s.replace(/\b(19|20)(\d\d)\b/g, (y) => String(Number(y) + copy));
    const names = new Map(PEOPLE.map((p) => [p, POOL[Math.floor(rnd() * POOL.length)]!]));
    let text = shiftYear(base.text);
    for (const [from, to] of names) text = text.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
    out.push({
      ...base,
      id: `${base.id}-${copy}`,
      text,
      title: shiftYear(base.title),
      published: base.published ? shiftYear(base.published) : null,
      publishedRange: base.publishedRange
        ? { start: shiftYear(base.publishedRange.start), end: shiftYear(base.publishedRange.end) }
        : null,
    });
  }
  return out;
}
