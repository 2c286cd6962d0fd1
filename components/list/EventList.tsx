/**
 * The accessible list view of the events: server-rendered, so the content is there without
 * JavaScript; the main view on narrow screens.
 */
import type { Actor, TimelineEvent } from '@/lib/timeline/types';
import { Badges } from '@/components/citations/Badges';
import { Quote } from '@/components/citations/Quote';
import { formatEventDate, formatPublished } from '@/lib/ui/format';

export interface EventListProps {
  events: TimelineEvent[];
  actors: Actor[];
  /** The current query string without `event` (for the "citations" links). */
  search: string;
  compact?: boolean;
}

function withEvent(search: string, id: string): string {
  const p = new URLSearchParams(search);
  p.set('event', id);
  return `?${p.toString().replace(/%2C/g, ',')}`;
}

export function EventList({ events, actors, search, compact = false }: EventListProps) {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const sorted = [...events].sort((a, b) => a.interval.start.localeCompare(b.interval.start) || a.id.localeCompare(b.id));
  if (sorted.length === 0) {
    return <p className="text-slate-700 dark:text-slate-300">No events match these filters.</p>;
  }
  return (
    <ol className="flex flex-col gap-4" data-testid="event-list">
      {sorted.map((e) => (
        <li key={e.id} data-event-id={e.id} data-start={e.interval.start}>
          <article aria-labelledby={`ev-${e.id}`} className="rounded border border-slate-200 p-4 dark:border-slate-700">
            <p className="text-sm font-medium text-slate-600 dark:text-slate-300">
              <time dateTime={e.interval.start}>{formatEventDate(e)}</time>
            </p>
            <h3 id={`ev-${e.id}`} className={`${compact ? 'text-base' : 'text-lg'} font-semibold leading-snug`}>
              {e.title}
            </h3>
            <div className="mt-1">
              <Badges flags={e.flags} />
            </div>
            {e.actors.length ? (
              <p className="mt-2 text-sm">
                <span className="font-medium">Who: </span>
                {e.actors.map((id) => names.get(id) ?? id).join(', ')}
              </p>
            ) : null}
            <ul className="mt-2 flex flex-col gap-2">
              {e.citations.map((c, i) => (
                <li key={`${c.articleId}-${i}`} className="text-sm">
                  <Quote quote={c.quote} start={c.expressionStart} end={c.expressionEnd} />{' '}
                  <span className="text-slate-600 dark:text-slate-300">
                    — {c.publisher}, {formatPublished(c)}
                  </span>
                </li>
              ))}
            </ul>
            <a
              href={withEvent(search, e.id)}
              data-open-event={e.id}
              className="mt-2 inline-block text-sm font-medium text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300"
            >
              Citations and how the date was worked out<span className="sr-only">: {e.title}</span>
            </a>
          </article>
        </li>
      ))}
    </ol>
  );
}
