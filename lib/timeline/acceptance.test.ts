/**
 * Acceptance: the timeline built from data/articles (the seeds) against ../shared/fixtures/seed-events.json.
 *
 * Matching rule. A timeline event matches a fixture event when
 *   - for every article in `citedByExpression` it has a citation of that article whose expression and quote are
 *     one of the fixture's citations for that article (quotes compared on their first 40 characters, so a
 *     different sentence cut still counts), and
 *   - its interval starts where the fixture's does (vague PAST_REF fixture events have no interval: the citations
 *     alone decide).
 * Every datedInText fixture event must be matched by exactly ONE timeline event (found, not split). A timeline
 * event may match two fixture events only when those fixture events share a citation (same article, expression
 * and quote): then one sentence dates both (EV10/EV11: 004's "earlier this year" sentence tells the Saudi–Iran
 * detente and Xi's Ukraine ceasefire proposal) and a timeline made of sentences cannot tell them apart.
 *
 * The normalizer is lib/temporal's; with TIMELINE_FIXTURE_NORMALIZER=1 a stand-in backed by seed-timexes.json
 * (fixture-normalizer.test-helper.ts) checks this layer on its own. The test prints which one it used.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../articles';
import { loadActorTable } from '../actors';
import type { NormalizeFn } from '../events/types';
import { clauseTense, normalize as normalizeFromTemporal } from '../temporal';
import { buildTimeline } from './build';
import { fixtureNormalizer, fixturePath } from './fixture-normalizer.test-helper';
import type { Timeline, TimelineEvent } from './types';

interface FixtureEvent {
  id: string;
  datedInText: boolean;
  interval: { start: string; end: string } | null;
  actors: { name: string; kind: string }[];
  citedByExpression: string[];
  citations: { article: string; quote: string; expression: string | null }[];
}
interface FixtureConflict {
  id: string;
  event: string;
  articles: string[];
  summary: string;
}

const fixture = JSON.parse(readFileSync(fixturePath('seed-events.json'), 'utf8')) as {
  events: FixtureEvent[];
  conflicts: FixtureConflict[];
};
const dated = fixture.events.filter((e) => e.datedInText);

const head = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 40);

function matches(ev: TimelineEvent, f: FixtureEvent): boolean {
  if (f.interval && ev.interval.start.slice(0, 10) !== f.interval.start) return false;
  return f.citedByExpression.every((article) =>
    f.citations.some(
      (fc) =>
        fc.article === article &&
        fc.expression !== null &&
        ev.citations.some(
          (c) =>
            c.articleId === article &&
            c.expression === fc.expression &&
            (head(c.quote) === head(fc.quote) || c.quote.includes(head(fc.quote)) || fc.quote.includes(head(c.quote))),
        ),
    ),
  );
}

function shareCitation(a: FixtureEvent, b: FixtureEvent): boolean {
  return a.citations.some(
    (x) => x.expression && b.citations.some((y) => y.article === x.article && y.expression === x.expression && y.quote === x.quote),
  );
}

let timeline: Timeline;
let normalizerName = '';
let normalizeUsed: NormalizeFn = normalizeFromTemporal;

beforeAll(async () => {
  // TIMELINE_FIXTURE_NORMALIZER=1 checks the events layer alone, on the fixture's timexes.
  const useFixture = process.env.TIMELINE_FIXTURE_NORMALIZER === '1';
  const normalize: NormalizeFn = useFixture ? fixtureNormalizer() : normalizeFromTemporal;
  normalizerName = useFixture ? 'fixture stand-in (seed-timexes.json)' : 'lib/temporal normalize';
  normalizeUsed = normalize;
  const { articles, problems } = await loadArticles('data/articles');
  timeline = buildTimeline(articles, { normalize, actorTable: loadActorTable(), problems });
});

describe('acceptance: seeds → timeline', () => {
  it('finds every dated fixture event as one timeline event citing all its dating articles', () => {
    const report: string[] = [];
    for (const f of dated) {
      const hits = timeline.events.filter((e) => matches(e, f));
      report.push(`${f.id}: ${hits.length} match(es) ${hits.map((h) => h.id).join(',')}`);
      expect(hits, `${f.id} should be exactly one timeline event`).toHaveLength(1);
    }
    console.log(`normalizer: ${normalizerName}\n${report.join('\n')}`);
  });

  it('merges no two fixture events (except ones dated by the same sentence)', () => {
    for (const ev of timeline.events) {
      const fs = dated.filter((f) => matches(ev, f));
      for (let i = 0; i < fs.length; i++)
        for (let j = i + 1; j < fs.length; j++) {
          expect(shareCitation(fs[i]!, fs[j]!), `${ev.id} merges ${fs[i]!.id} and ${fs[j]!.id}`).toBe(true);
        }
    }
  });

  it('prints precision/recall of events and actors, and the conflicts found', () => {
    const matchedEvents = timeline.events.filter((e) => dated.some((f) => matches(e, f)));
    const found = dated.filter((f) => timeline.events.some((e) => matches(e, f)));
    const names = [...new Set(fixture.events.flatMap((e) => e.actors.map((a) => a.name)))];
    const norm = (s: string) => s.toLowerCase().replace(/['’]s\b/g, '').replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    const actorMatches = (name: string, a: Timeline['actors'][number]) => {
      const n = norm(name);
      return [a.name, ...a.aliases].some((s) => {
        const m = norm(s);
        return m.length > 2 && (m === n || n.endsWith(` ${m}`) || m.endsWith(` ${n}`) || n.startsWith(`${m} `));
      });
    };
    const actorsMatched = timeline.actors.filter((a) => names.some((n) => actorMatches(n, a)));
    const namesFound = names.filter((n) => timeline.actors.some((a) => actorMatches(n, a)));
    // Undated fixture events are not expected on the timeline, so neither are actors only they name.
    const datedNames = [...new Set(dated.flatMap((e) => e.actors.map((a) => a.name)))];
    const datedFound = datedNames.filter((n) => timeline.actors.some((a) => actorMatches(n, a)));
    // Each timeline conflict is credited to at most one fixture conflict (the first it fits).
    const credited = new Set<object>();
    const conflictLines = fixture.conflicts.map((k) => {
      const f = fixture.events.find((e) => e.id === k.event);
      const ev = f ? timeline.events.find((e) => matches(e, f)) : undefined;
      const hit = ev?.conflicts.find((c) => !credited.has(c) && k.articles.filter((a) => c.quotes.some((q) => q.articleId === a)).length >= Math.min(2, k.articles.length));
      if (hit) credited.add(hit);
      return `${k.id} (${k.event}, ${k.articles.join('/')}): ${hit ? `FOUND — ${hit.summary}` : 'not found'}`;
    });
    const flagged = timeline.events.filter((e) => e.flags.includes('conflict'));
    const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
    console.log(
      [
        `events: precision ${matchedEvents.length}/${timeline.events.length} = ${pct(matchedEvents.length, timeline.events.length)}%, recall ${found.length}/${dated.length} = ${pct(found.length, dated.length)}%`,
        `actors: precision ${actorsMatched.length}/${timeline.actors.length} = ${pct(actorsMatched.length, timeline.actors.length)}%, recall ${namesFound.length}/${names.length} = ${pct(namesFound.length, names.length)}%`,
        `actors not in the fixture: ${timeline.actors.filter((a) => !actorsMatched.includes(a)).map((a) => a.name).join(', ')}`,
        `fixture actors not found: ${names.filter((n) => !namesFound.includes(n)).join(', ')}`,
        `actors of the dated fixture events: recall ${datedFound.length}/${datedNames.length} = ${pct(datedFound.length, datedNames.length)}%; not found: ${datedNames.filter((n) => !datedFound.includes(n)).join(', ') || 'none'}`,
        `conflicts: ${flagged.length} event(s) flagged; fixture conflicts:`,
        ...conflictLines.map((l) => `  ${l}`),
      ].join('\n'),
    );
    expect(found.length).toBe(dated.length);
  });

  it('keeps ids stable and events sorted', async () => {
    const { articles } = await loadArticles('data/articles');
    const again = buildTimeline(articles, { normalize: fixtureNormalizer(), actorTable: loadActorTable() });
    const ids = timeline.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const sorted = [...timeline.events].sort((a, b) => a.interval.start.localeCompare(b.interval.start) || a.interval.end.localeCompare(b.interval.end));
    expect(timeline.events.map((e) => e.interval.start)).toEqual(sorted.map((e) => e.interval.start));
    if (normalizerName.startsWith('fixture')) expect(again.events.map((e) => e.id)).toEqual(ids);
  });

  it('with undated reports (the page\'s opt-in), tells the undated fixture events as undated reports, apart from the events', async () => {
    const { articles } = await loadArticles('data/articles');
    const withUndated = buildTimeline(articles, { normalize: normalizeUsed, actorTable: loadActorTable(), undated: { clauseTense } });
    // The same dated events either way.
    expect(withUndated.events.map((e) => e.id)).toEqual(timeline.events.map((e) => e.id));
    const undatedFixture = fixture.events.filter((e) => !e.datedInText);
    const told = undatedFixture.filter((f) =>
      f.citations.some((fc) => withUndated.undated.some((u) => u.citations.some((c) => c.articleId === fc.article && head(c.quote) === head(fc.quote)))),
    );
    const undatedActors = new Set(withUndated.undated.flatMap((u) => u.actors));
    const names = [...new Set(undatedFixture.flatMap((e) => e.actors.map((a) => a.name)))];
    const slug = (n: string) => n.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
    console.log(
      [
        `undated reports: ${withUndated.undated.length}; undated fixture events told by one: ${told.length}/${undatedFixture.length} (${told.map((f) => f.id).join(', ')})`,
        `actors of the undated fixture events among the reports' actors: ${names.filter((n) => undatedActors.has(slug(n))).join(', ') || 'none'}`,
      ].join('\n'),
    );
    expect(withUndated.undated.every((u) => u.flags[0] === 'undated' && u.citations.every((c) => c.expression === ''))).toBe(true);
    expect(told.length).toBeGreaterThan(0);
  });
});

