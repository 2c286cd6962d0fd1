/**
 * TEST ONLY: a stand-in normalizer backed by ../shared/fixtures/seed-timexes.json, used by the acceptance test
 * while (or if) lib/temporal's `normalize` is not available, so the events layer can be checked on its own.
 * It answers only for texts that are one of the seeds (identified by the fixture's expressions at their offsets).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Granularity, Timex, TimexMod } from '../temporal/types';
import type { NormalizeFn } from '../events/types';

interface FixtureTimex {
  text: string;
  start: number;
  end: number;
  type: Timex['type'];
  value: string;
  mod: TimexMod | null;
  granularity: Granularity | null;
  interval: { start: string; end: string } | null;
  anchor: string;
}

export function fixturePath(name: string): string {
  return path.resolve(process.cwd(), '..', 'shared', 'fixtures', name);
}

export function fixtureNormalizer(): NormalizeFn {
  const data = JSON.parse(readFileSync(fixturePath('seed-timexes.json'), 'utf8')) as {
    articles: { article: string; timexes: FixtureTimex[] }[];
  };
  return (text) => {
    const hit = data.articles.find(
      (a) => a.timexes.length > 0 && a.timexes.every((t) => text.slice(t.start, t.end) === t.text),
    );
    if (!hit) return [];
    return hit.timexes.map(
      (t): Timex => ({
        start: t.start,
        end: t.end,
        text: t.text,
        type: t.type,
        value: t.value,
        mod: t.mod,
        granularity: t.granularity ?? (t.type === 'DURATION' ? 'duration' : t.type === 'SET' ? 'set' : 'vague'),
        interval: t.interval,
        anchor: /\d{4}/.test(t.text) ? { kind: 'none' } : { kind: 'publication', value: '' },
        reason: t.anchor,
        rule: 'fixture',
      }),
    );
  };
}
