/**
 * Articles → Timeline: extract dated candidates per sentence, merge those telling the same event, detect
 * conflicts, count actors. Pure and deterministic. See docs/timeline.md.
 */
import type { Article, ArticleProblem } from '../articles/types';
import { ActorCollector, findActorMentions, type ActorTable } from '../actors';
import { articleConflicts, eventConflicts, pairMentions, type EventLike, type PairMention } from '../events/conflicts';

import { datelineConflicts } from '../events/dateline';
import { uncertainPublication } from '../events/article-dates';
import { addDays } from '../events/dates';
import { articleTimexes, candidateTitle, extractCandidates, sentencesWithDates, sentenceTitle } from '../events/extract';
import { mergeCandidates, mostPrecise } from '../events/merge';
import { splitSentences } from '../events/sentences';
import { Vocabulary } from '../events/text';
import type { Candidate, MentionFn, NormalizeFn } from '../events/types';
import { groupUndated, placementDay, type ClauseTenseFn, type UndatedReport } from '../events/undated';
import { compareEvents } from './order';
import type { EventConflict, EventFlag, Timeline, TimelineEvent } from './types';

export interface BuildOptions {
  /** Actor table for mentions (lib/actors). Without it (and without `mentions`), events carry no actors. */
  actorTable?: ActorTable;
  /** Load problems, passed through to `timeline.problems`. */
  problems?: ArticleProblem[];
  /** The normalizer; defaults to the one registered with `setDefaultNormalizer` (lib/timeline/index.ts does). */
  normalize?: NormalizeFn;
  /** Custom mention finder (overrides actorTable). */
  mentions?: MentionFn;
  /**
   * Time spent in the normalizer (and in the actor mention finder) is added here (benchmarks); `stagesMs`, when
   * given, gets the wall time of each later stage of the build (sentences, candidates, merge, events, conflicts),
   * each net of the normalizer and mention time spent inside it.
   */
  timing?: { normalizeMs: number; mentionsMs?: number; stagesMs?: Record<string, number> };
  /**
   * Also find the undated reports (lib/events/undated.ts) and return them in `timeline.undated`, each placed at its
   * article's publication date. Needs the sentence tense (lib/temporal's clauseTense). Off by default: actors are then
   * looked for in every sentence, not only the dated ones (the dated events' actors stay the same).
   */
  undated?: { clauseTense: ClauseTenseFn };
}

let defaultNormalize: NormalizeFn | null = null;

/** Registers the normalizer used when `buildTimeline` gets none. */
export function setDefaultNormalizer(fn: NormalizeFn): void {
  defaultNormalize = fn;
}

/** FNV-1a 32-bit, hex. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Articles per chunk of the staged extraction loop (see buildTimeline): enough for warm caches, little to hold. */
const STAGE_CHUNK = 64;

const FLAG_ORDER: EventFlag[] = ['undated', 'single-source', 'conflict', 'fuzzy', 'uncertain-publication-date'];

/** One undated report (or the same report told by several articles) as a timeline entry at the publication date. */
function undatedEvent(group: UndatedReport[]): TimelineEvent {
  const first = group[0]!;
  const day = group.map((r) => placementDay(r.article)!).sort()[0]!;
  const actors: string[] = [];
  for (const r of group) for (const a of r.actors) if (!actors.includes(a)) actors.push(a);
  const sourceCount = new Set(group.map((r) => r.article.id)).size;
  const flags = new Set<EventFlag>(['undated']);
  if (sourceCount === 1) flags.add('single-source');
  if (group.some((r) => uncertainPublication(r.article))) flags.add('uncertain-publication-date');
  return {
    id: `ud-${shortHash(`${first.article.id}:${first.sentence.start}`)}`,
    title: sentenceTitle(first.sentence.text),
    interval: { start: day, end: addDays(day, 1) },
    granularity: 'day',
    value: day,
    mod: null,
    actors,
    citations: group.map((r) => {
      const placed = placementDay(r.article)!;
      return {
        articleId: r.article.id,
        publisher: r.article.publisher,
        title: r.article.title,
        url: r.article.url,
        published: r.article.published,
        publishedRange: r.article.publishedRange,
        quote: r.sentence.text,
        expression: '',
        expressionStart: 0,
        expressionEnd: 0,
        value: placed,
        reason: `No date in the text: placed at the article's ${r.article.published ? 'publication date' : 'earliest possible publication date'}, ${placed}.`,
      };
    }),
    sourceCount,
    flags: FLAG_ORDER.filter((f) => flags.has(f)),
    conflicts: [],
  };
}

function byCitationOrder(a: Candidate, b: Candidate): number {
  return a.article.id.localeCompare(b.article.id) || a.exprStart - b.exprStart;
}

export function buildTimeline(articles: Article[], options: BuildOptions = {}): Timeline {
  const normalizeFn = options.normalize ?? defaultNormalize;
  if (!normalizeFn) throw new Error('buildTimeline: no normalizer (pass options.normalize or call setDefaultNormalizer)');
  const timing = options.timing;
  const normalize: NormalizeFn = timing
    ? (text, o) => {
        const t0 = performance.now();
        try {
          return normalizeFn(text, o);
        } finally {
          timing.normalizeMs += performance.now() - t0;
        }
      }
    : normalizeFn;

  // Actor records are gathered article by article; the mentions themselves are not kept.
  const actorCollector = new ActorCollector();
  const table = options.actorTable;
  /** The actor table's mentions in `scope` (timed); the caller hands them to the collector, in article order. */
  const tableMentions = table
    ? (text: string, scope?: { start: number; end: number }[]) => {
        const t0 = performance.now();
        // Actors are people, states and organisations; a capital used as a place ("visits Washington") is not one.
        const m = findActorMentions(table, text, { scope }).filter((x) => x.kind !== 'place');
        if (timing) timing.mentionsMs = (timing.mentionsMs ?? 0) + performance.now() - t0;
        return m;
      }
    : undefined;
  const mentionFn: MentionFn | undefined =
    options.mentions ??
    (tableMentions
      ? (text, scope) => {
          const m = tableMentions(text, scope);
          actorCollector.add(m);
          return m;
        }
      : undefined);

  // Stage clock for the benchmark: time since the last lap, minus the normalizer/mention time spent meanwhile.
  let lapAt = performance.now();
  let lapInner = 0;
  const lap = (stage: string): void => {
    const stages = timing?.stagesMs;
    if (!stages) return;
    const now = performance.now();
    const inner = timing.normalizeMs + (timing.mentionsMs ?? 0);
    stages[stage] = (stages[stage] ?? 0) + (now - lapAt) - (inner - lapInner);
    lapAt = now;
    lapInner = inner;
  };

  const candidates: Candidate[] = [];
  // Each text is split into sentences once, for its events and for its X-Y pair names (article-level conflicts).
  const pairsByArticle = new Map<Article, PairMention[]>();
  // Dates a candidate's own article reads differently from its dateline (lib/events/dateline.ts).
  const datelineConflict = new Map<Candidate, EventConflict>();
  const undatedReports: UndatedReport[] = [];
  const undatedOption = options.undated ? { clauseTense: options.undated.clauseTense, out: undatedReports } : undefined;
  // Word ids of this build's candidates and articles (compared only with each other; dropped with the build).
  const vocabulary = new Vocabulary();
  // Stage by stage over a chunk of articles rather than article by article: each stage's code (the normalizer's
  // hundreds of regexes, the splitter, the mention finder) then runs many times in a row and stays in the CPU's
  // caches (measured: the splitter took ~3× as long run between two normalizer calls as run twice in a row).
  // Results are gathered in article order, so the output is the same as one article at a time.
  for (let from = 0; from < articles.length; from += STAGE_CHUNK) {
    const chunk = articles.slice(from, from + STAGE_CHUNK);
    lap('other');
    const timexes = chunk.map((article) => articleTimexes(article, normalize));
    lap('other');
    const sentencesOf = chunk.map((article) => splitSentences(article.text));
    lap('sentences');
    // The table's mentions in each article's dated sentences, as a stage of their own too (a custom finder is
    // called by extractCandidates, as before).
    const datedMentions = tableMentions && !options.mentions
      ? chunk.map((article, k) => tableMentions(article.text, sentencesWithDates(timexes[k]!, sentencesOf[k]!)))
      : undefined;
    lap('candidates');
    const extractedOf = chunk.map((article, k) => {
      const found = datedMentions?.[k];
      if (found) actorCollector.add(found);
      return extractCandidates(article, {
        normalize,
        mentions: mentionFn,
        sentences: sentencesOf[k],
        timexes: timexes[k],
        datedMentions: found,
        undated: undatedOption,
        vocabulary,
      });
    });
    lap('candidates');
    chunk.forEach((article, k) => {
      for (const [c, conflict] of datelineConflicts(article, extractedOf[k]!, normalize)) datelineConflict.set(c, conflict);
    });
    lap('dateline');
    chunk.forEach((article, k) => {
      for (const c of extractedOf[k]!) candidates.push(c);
      pairsByArticle.set(article, pairMentions(article.text, sentencesOf[k]));
    });
    lap('conflicts');
  }
  // A candidate's X-Y pairs: its article's, inside its sentence (no need to search each quote again).
  const quotePairs = (c: Candidate): PairMention[] => {
    const pairs = pairsByArticle.get(c.article) ?? pairMentions(c.article.text);
    return pairs.length === 0 ? pairs : pairs.filter((p) => p.start >= c.sentenceStart && p.start < c.sentenceEnd);
  };
  const groups = mergeCandidates(candidates);
  lap('merge');

  interface Draft extends EventLike {
    event: TimelineEvent;
    best: Candidate;
    /** The ids of the articles it cites, each once. */
    articleIds: string[];
  }
  const drafts: Draft[] = groups.map((group) => {
    const sorted = [...group].sort(byCitationOrder);
    const best = mostPrecise(group);
    const earliest = sorted[0]!;
    const articleIds = [...new Set(group.map((c) => c.article.id))];
    const actors: string[] = [];
    for (const c of sorted) for (const a of c.actors) if (!actors.includes(a)) actors.push(a);
    const conflicts: EventConflict[] = eventConflicts(group, quotePairs);
    for (const c of sorted) {
      const dc = datelineConflict.get(c);
      if (dc) conflicts.push(dc);
    }
    const event: TimelineEvent = {
      id: `ev-${shortHash(`${earliest.article.id}:${earliest.exprStart}:${earliest.exprEnd}`)}`,
      title: candidateTitle(best),
      interval: best.interval,
      granularity: best.granularity,
      value: best.value,
      mod: best.mod,
      actors,
      citations: sorted.map((c) => c.citation),
      sourceCount: articleIds.length,
      flags: [],
      conflicts,
    };
    return { event, candidates: group, conflicts, best, articleIds };
  });

  lap('events');

  const eventsByArticle = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const id of d.articleIds) {
      const list = eventsByArticle.get(id) ?? [];
      list.push(d);
      eventsByArticle.set(id, list);
    }
  }
  articleConflicts(articles, eventsByArticle, undefined, (a) => pairsByArticle.get(a) ?? pairMentions(a.text), vocabulary);
  lap('conflicts');

  for (const d of drafts) {
    const flags = new Set<EventFlag>();
    const best = d.best;
    if (d.event.sourceCount === 1) flags.add('single-source');
    if (d.conflicts.length) flags.add('conflict');
    if (best.flags.includes('fuzzy')) flags.add('fuzzy');
    if (best.flags.includes('uncertain-publication-date')) flags.add('uncertain-publication-date');
    d.event.flags = FLAG_ORDER.filter((f) => flags.has(f));
    d.event.conflicts = d.conflicts;
  }

  const events = drafts.map((d) => d.event).sort(compareEvents);

  // Ids must be unique even if two events share their earliest citation offsets (cannot happen: one candidate per timex).
  const undated = groupUndated(undatedReports).map(undatedEvent).sort(compareEvents);

  const eventCount = new Map<string, number>();
  for (const e of events) for (const a of e.actors) eventCount.set(a, (eventCount.get(a) ?? 0) + 1);
  // Actors only undated reports name are listed too (with no dated events), so filters and panels can name them.
  for (const e of undated) for (const a of e.actors) if (!eventCount.has(a)) eventCount.set(a, 0);
  const actorsOut = actorCollector.actors(eventCount).filter((a) => eventCount.has(a.id));

  // An event's cited articles are its draft's articleIds (its citations are its candidates'); order does not matter.
  const perArticle = new Map<string, number>();
  for (const d of drafts) for (const id of d.articleIds) perArticle.set(id, (perArticle.get(id) ?? 0) + 1);

  lap('other');
  return {
    events,
    undated,
    actors: actorsOut,
    articles: articles.map((a) => ({
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      url: a.url,
      published: a.published,
      publishedRange: a.publishedRange,
      publishedPrecision: a.publishedPrecision,
      publishedInferred: a.publishedInferred,
      eventCount: perArticle.get(a.id) ?? 0,
    })),
    problems: options.problems ?? [],
  };
}

