/**
 * /embed: the timeline for other sites' iframes. Minimal chrome: title, timeline, compact citation
 * panel, a compact event list, an attribution link to the full page with the same filters.
 * Same parameters as the page (+ theme, height); unknown or invalid ones are ignored with a notice.
 * May be framed by any site (next.config.js); reports its height to the parent (HeightReporter).
 */
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { TimelineView } from '@/components/timeline/TimelineView';
import { Notices } from '@/components/list/Notices';
import { HeightReporter } from '@/components/embed/HeightReporter';
import { filterTimeline, parseTimelineQuery, toSearchString, unknownIds } from '@/lib/timeline/query';
import { oembedDiscovery } from '@/lib/embed/oembed';
import { getTimeline } from '@/lib/timeline';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return {
    title: 'News Timeline (embed)',
    robots: { index: false },
    alternates: oembedDiscovery(await headers(), '/embed', await searchParams),
  };
}

function formatDay(iso: string): string {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  // `id` is the host's frame id, echoed in height messages; not a timeline parameter.
  const { id: rawId, ...rest } = raw;
  const frameId = typeof rawId === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(rawId) ? rawId : undefined;
  const [timeline, parsed] = [await getTimeline(), parseTimelineQuery(rest)];
  const { query } = parsed;
  const notices = [...parsed.notices, ...unknownIds(timeline, query)];
  const view = filterTimeline(timeline, query);
  const { event: _e, theme: _t, height: _h, ...filters } = query;
  void _e;
  void _t;
  void _h;
  const fullPage = `/${toSearchString(filters)}`;
  const dark = query.theme === 'dark';
  const actorNames = new Map(timeline.actors.map((a) => [a.id, a.name]));
  // filterTimeline adds the matching undated reports to the events only with ?undated=1.
  const undatedShown = query.undated ? view.undated.length : 0;
  const datedShown = view.events.length - undatedShown;
  const sorted = [...view.events].sort((a, b) => a.interval.start.localeCompare(b.interval.start) || a.id.localeCompare(b.id));

  return (
    <div className={`${dark ? 'dark' : ''}`} data-theme={dark ? 'dark' : 'light'}>
      <div id="nt-embed-root" className="flex flex-col gap-2 bg-white p-2 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <header className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-base font-semibold">News Timeline</h1>
          <p className="text-xs text-slate-700 dark:text-slate-300" data-testid="embed-summary">
            {datedShown} of {timeline.events.length} events{undatedShown ? ` + ${undatedShown} undated` : ''} · {timeline.articles.length} articles
          </p>
        </header>
        <Notices notices={notices} compact testId="embed-notices" />
        <section aria-label="Interactive timeline">
          <TimelineView events={view.events} actors={timeline.actors} initialEventId={query.event ?? null} compact height={query.height ?? 240} start={query.start} end={query.end} />
        </section>
        <details className="text-sm">
          <summary className="cursor-pointer text-xs font-medium">List of events ({sorted.length})</summary>
          <ol data-testid="embed-event-list" className="mt-1 flex flex-col gap-1">
            {sorted.map((e) => (
              <li key={e.id} data-event-id={e.id} data-actors={e.actors.join(' ')} className="text-xs">
                <span className="font-medium">{formatDay(e.interval.start)}</span> — {e.flags.includes('undated') ? <em>Undated: </em> : null}
                {e.title}
                {e.actors.length > 0 && <span className="text-slate-600 dark:text-slate-400"> ({e.actors.map((a) => actorNames.get(a) ?? a).join(', ')})</span>}
              </li>
            ))}
          </ol>
        </details>
        <footer className="text-xs">
          <a href={fullPage} target="_blank" rel="noopener" data-testid="embed-attribution" className="text-blue-700 underline dark:text-blue-300">
            Open the full timeline on News Timeline ↗
          </a>
        </footer>
      </div>
      <HeightReporter id={frameId} />
    </div>
  );
}
