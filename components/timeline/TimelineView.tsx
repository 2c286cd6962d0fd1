'use client';
/**
 * The timeline canvas plus the citation panel, with the selection kept in the URL (?event=ID).
 * Reused by /embed with `compact`.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Actor, TimelineEvent } from '@/lib/timeline/types';
import { EventPanel } from '@/components/citations/EventPanel';
import { TimelineCanvas } from './TimelineCanvas';
import { WINDOWING_THRESHOLD } from './windowing';
import { Legend } from './Legend';

export interface TimelineViewProps {
  events: TimelineEvent[];
  actors: Actor[];
  /** Event to open on load (?event=ID). */
  initialEventId?: string | null;
  compact?: boolean;
  height?: number;
  start?: string;
  end?: string;
  /** Hide the canvas below 768px (the page shows the list there instead). */
  hideCanvasOnNarrow?: boolean;
}

function setEventParam(id: string | null) {
  const url = new URL(window.location.href);
  if (id) url.searchParams.set('event', id);
  else url.searchParams.delete('event');
  const search = url.searchParams.toString().replace(/%2C/g, ',');
  window.history.replaceState(window.history.state, '', `${url.pathname}${search ? `?${search}` : ''}${url.hash}`);
}

export function TimelineView({ events, actors, initialEventId = null, compact = false, height, start, end, hideCanvasOnNarrow = false }: TimelineViewProps) {
  const known = initialEventId && events.some((e) => e.id === initialEventId) ? initialEventId : null;
  const [selectedId, setSelectedId] = useState<string | null>(known);
  const [openId, setOpenId] = useState<string | null>(known);
  const [focusPanel, setFocusPanel] = useState(false);
  // Follow a new ?event= from a server navigation.
  const [prevKnown, setPrevKnown] = useState(known);
  if (known !== prevKnown) {
    setPrevKnown(known);
    setSelectedId(known);
    setOpenId(known);
  }
  const returnFocus = useRef<HTMLElement | null>(null);
  const actorMap = useMemo(() => new Map(actors.map((a) => [a.id, a])), [actors]);
  const open = openId ? events.find((e) => e.id === openId) : undefined;

  const openEvent = useCallback((id: string) => {
    returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelectedId(id);
    setOpenId(id);
    setFocusPanel(true);
    setEventParam(id);
  }, []);
  const close = useCallback(() => {
    setOpenId(null);
    setFocusPanel(false);
    setEventParam(null);
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && back.isConnected) back.focus();
  }, []);

  // Links in the server-rendered list (<a data-open-event>) open the panel without a round trip.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[data-open-event]');
      if (!a) return;
      const id = a.getAttribute('data-open-event');
      if (!id || !events.some((x) => x.id === id)) return;
      e.preventDefault();
      openEvent(id);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [events, openEvent]);

  return (
    <div className="flex flex-col gap-3">
      <div className={hideCanvasOnNarrow ? 'hidden md:block' : undefined} data-testid="timeline-region">
        <TimelineCanvas
          events={events}
          selectedId={selectedId}
          onSelect={setSelectedId}
          onOpen={openEvent}
          compact={compact}
          height={height}
          start={start}
          end={end}
        />
        <Legend compact={compact} buckets={events.length > WINDOWING_THRESHOLD} undated={events.some((e) => e.flags.includes('undated'))} />
      </div>
      {open ? (
        <aside
          aria-label="Citations"
          className={
            compact
              ? 'fixed inset-x-0 bottom-0 z-40 max-h-[70vh] overflow-y-auto border-t border-slate-300 bg-white shadow-2xl dark:border-slate-600 dark:bg-slate-900'
              : 'fixed inset-0 z-40 overflow-y-auto bg-white shadow-2xl md:inset-y-0 md:left-auto md:right-0 md:w-[30rem] md:border-l md:border-slate-300 dark:bg-slate-900 md:dark:border-slate-600'
          }
        >
          <EventPanel event={open} actors={actorMap} onClose={close} compact={compact} autoFocus={focusPanel} />
        </aside>
      ) : null}
    </div>
  );
}
