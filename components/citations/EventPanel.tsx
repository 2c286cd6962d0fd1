'use client';
/**
 * The citations of one event: every source with publisher, publication date, link, the quote with
 * the temporal expression highlighted, and how the date was worked out. Reused by /embed (compact).
 */
import { useEffect, useRef } from 'react';
import type { Actor, TimelineEvent } from '@/lib/timeline/types';
import { formatEventDate, formatPublished } from '@/lib/ui/format';
import { Badges } from './Badges';
import { Quote } from './Quote';

export interface EventPanelProps {
  event: TimelineEvent;
  actors: Map<string, Actor> | Record<string, Actor>;
  onClose?: () => void;
  compact?: boolean;
  /** Move focus to the panel's heading when it opens (keyboard users). */
  autoFocus?: boolean;
}

function actorOf(actors: EventPanelProps['actors'], id: string): Actor | undefined {
  return actors instanceof Map ? actors.get(id) : actors[id];
}

export function EventPanel({ event, actors, onClose, compact = false, autoFocus = false }: EventPanelProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (autoFocus) heading.current?.focus();
  }, [autoFocus, event.id]);

  const headingId = `event-panel-title-${event.id}`;
  return (
    <section
      aria-labelledby={headingId}
      data-testid="event-panel"
      data-event-id={event.id}
      className={`flex flex-col gap-3 ${compact ? 'p-3 text-sm' : 'p-4'}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onClose) onClose();
      }}
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <p className="text-sm font-medium text-slate-600 dark:text-slate-300">{formatEventDate(event)}</p>
          <h2 id={headingId} ref={heading} tabIndex={-1} className={`${compact ? 'text-base' : 'text-lg'} font-semibold leading-snug outline-none`}>
            {event.title}
          </h2>
        </div>
        {onClose ? (
          <button
            type="button"
            onClick={onClose}
            className="shrink-0 rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            Close<span className="sr-only"> citations</span>
          </button>
        ) : null}
      </div>
      <Badges flags={event.flags} />
      {event.actors.length > 0 ? (
        <p className="text-sm">
          <span className="font-medium">Who: </span>
          {event.actors.map((id) => actorOf(actors, id)?.name ?? id).join(', ')}
        </p>
      ) : null}

      {event.conflicts.length > 0 ? (
        <div className="rounded border border-red-300 bg-red-50 p-3 dark:border-red-800 dark:bg-red-950/50" data-testid="conflicts">
          <h3 className="mb-2 font-semibold text-red-900 dark:text-red-200">
            {/* One-quote conflicts are an article at odds with its own dateline (docs/timeline.md). */}
            {event.conflicts.some((c) => c.quotes.length > 1) ? 'The sources disagree' : 'The article’s dates disagree'}
          </h3>
          {event.conflicts.map((c, i) => (
            <div key={i} className="mb-3 last:mb-0">
              <p className="mb-2 text-sm">{c.summary}</p>
              <div className="grid gap-2 sm:grid-cols-2">
                {c.quotes.map((q, j) => (
                  <blockquote key={j} className="rounded bg-white p-2 text-sm dark:bg-slate-900">
                    <p className="mb-1 text-xs font-semibold">{q.publisher}</p>
                    <q>{q.quote}</q>
                  </blockquote>
                ))}
              </div>
            </div>
          ))}
        </div>
      ) : null}

      <h3 className="font-semibold">
        {event.citations.length === 1 ? '1 citation' : `${event.citations.length} citations`} from{' '}
        {event.sourceCount === 1 ? '1 article' : `${event.sourceCount} articles`}
      </h3>
      <ol className="flex flex-col gap-3">
        {event.citations.map((c, i) => (
          <li key={`${c.articleId}-${i}`} className="rounded border border-slate-200 p-3 dark:border-slate-700" data-testid="citation">
            <p className="text-sm">
              <span className="font-semibold">{c.publisher}</span>
              {' · '}
              <span>{c.published ? formatPublished(c) : `published ${formatPublished(c)}`}</span>
              {!c.published ? <span className="ml-1 text-xs italic">(publication date uncertain)</span> : null}
            </p>
            {c.url ? (
              <a
                href={c.url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-sm text-blue-700 underline underline-offset-2 hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200"
              >
                {c.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            ) : (
              <p className="text-sm italic">{c.title} (no link known)</p>
            )}
            <blockquote className="mt-2 border-l-4 border-slate-300 pl-3 dark:border-slate-600">
              <Quote quote={c.quote} start={c.expressionStart} end={c.expressionEnd} />
            </blockquote>
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-300">
              <span className="font-medium">How the date was worked out: </span>
              {/* An undated report has no expression: its reason says where it was placed. */}
              {c.expression ? `“${c.expression}” → ${c.value}. ${c.reason}` : c.reason}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
