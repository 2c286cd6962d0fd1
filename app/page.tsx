import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { EmbedButton } from '@/components/embed/EmbedButton';
import { ArticleNotes } from '@/components/list/ArticleNotes';
import { EventList } from '@/components/list/EventList';
import { Filters } from '@/components/filters/Filters';
import { Notices } from '@/components/list/Notices';
import { TimelineView } from '@/components/timeline/TimelineView';
import { filterTimeline, parseTimelineQuery, toSearchString, unknownIds } from '@/lib/timeline/query';
import { getTimeline } from '@/lib/timeline';
import { oembedDiscovery } from '@/lib/embed/oembed';

export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** oEmbed discovery: the <link rel="alternate" type="application/json+oembed"> for this view, server-side. */
export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { alternates: oembedDiscovery(await headers(), '/', await searchParams) };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const [timeline, params] = await Promise.all([getTimeline(), searchParams]);
  const { query, notices } = parseTimelineQuery(params);
  const allNotices = [...notices, ...unknownIds(timeline, query)];
  const view = filterTimeline(timeline, query);
  const { event: _event, ...withoutEvent } = query;
  void _event;
  const search = toSearchString(withoutEvent);
  const dark = query.theme === 'dark';
  // The header counts dated events; undated reports (?undated=1) are counted apart.
  // filterTimeline adds the matching undated reports to the events only with ?undated=1.
  const undatedShown = query.undated ? view.undated.length : 0;
  const datedShown = view.events.length - undatedShown;
  const filtered = datedShown !== timeline.events.length;

  return (
    <div className={`${dark ? 'dark' : ''} min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100`}>
      <a href="#events" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 focus:text-blue-700">
        Skip to the list of events
      </a>
      <header className="border-b border-slate-200 px-4 py-4 md:px-8 dark:border-slate-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold tracking-tight">News Timeline</h1>
            <p className="text-slate-700 dark:text-slate-300" data-testid="corpus-summary">
              {timeline.events.length} {timeline.events.length === 1 ? 'event' : 'events'} from {timeline.articles.length}{' '}
              {timeline.articles.length === 1 ? 'article' : 'articles'}
              {filtered ? ` · showing ${datedShown}` : ''}
              {undatedShown ? ` · with ${undatedShown} undated ${undatedShown === 1 ? 'report' : 'reports'}` : ''}
            </p>
          </div>
          <EmbedButton search={toSearchString(query)} />
        </div>
      </header>
      <main className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 md:px-8">
        <Notices notices={allNotices} />
        <Filters
          actors={view.actors.filter((a) => a.eventCount > 0 || query.actors?.includes(a.id) || !filtered)}
          articles={timeline.articles}
          query={query}
          undatedCount={view.undated.length}
          hasUndated={timeline.undated.length > 0}
        />
        <section aria-label="Interactive timeline">
          <TimelineView
            key={search}
            events={view.events}
            actors={timeline.actors}
            initialEventId={query.event ?? null}
            height={query.height}
            start={query.start}
            end={query.end}
            hideCanvasOnNarrow
          />
        </section>
        <section aria-labelledby="events" className="flex flex-col gap-3">
          <h2 id="events" className="text-xl font-semibold" tabIndex={-1}>
            Events, in order
          </h2>
          <EventList events={view.events} actors={timeline.actors} search={search} />
        </section>
        <ArticleNotes articles={timeline.articles} problems={timeline.problems} />
      </main>
    </div>
  );
}
