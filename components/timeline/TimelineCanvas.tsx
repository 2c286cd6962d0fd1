'use client';
/**
 * The interactive timeline (vis-timeline 8), loaded in the browser only. Items carry DOM elements
 * built with textContent: article text is never handed to vis-timeline as HTML.
 * Keyboard: ←/→ pan, +/− zoom, 0 or f fit, n/p or ↑/↓ move the selection, Enter opens it.
 */
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineEvent } from '@/lib/timeline/types';
import { toVisItemSpecs, visOptions } from './vis-config';
import type { VisItemSpec } from './vis-config';
import { indexSpecs, isBucketId, MAX_HELD, paddedExtent, planView, syncStore, WINDOWING_THRESHOLD } from './windowing';
import type { BucketSpec, ItemStore } from './windowing';

type VisTimeline = import('vis-timeline').Timeline;

export interface TimelineCanvasProps {
  events: TimelineEvent[];
  selectedId: string | null;
  /** Selection moved (click or n/p keys). */
  onSelect: (id: string | null) => void;
  /** Open the event's citations (click or Enter). */
  onOpen: (id: string) => void;
  compact?: boolean;
  height?: number;
  /** Initial visible window (ISO dates); otherwise fit the events. */
  start?: string;
  end?: string;
}

function itemElement(label: string, id: string): HTMLElement {
  const el = document.createElement('span');
  el.className = 'nt-item-label';
  el.dataset.eventId = id;
  el.textContent = label.length > 70 ? `${label.slice(0, 68)}…` : label;
  return el;
}

/** Re-plan once the window has been still this long (not on every frame of a zoom or pan). */
const REPLAN_DELAY_MS = 120;

type VisDataSet = ItemStore<object> & { get: (id: string) => object | null };

const visItem = (s: VisItemSpec) => ({ id: s.id, start: s.start, end: s.end, type: s.type, className: s.className, content: itemElement(s.label, s.id) as unknown as string });
/** A bucket is a bar labelled with its count (the full label is the tooltip). */
function bucketElement(b: BucketSpec): HTMLElement {
  const el = itemElement(String(b.count), b.id);
  el.title = `${b.label}: click to zoom in`;
  return el;
}
const visBucket = (b: BucketSpec) => ({ id: b.id, start: b.start, end: b.barEnd, type: 'range', className: 'nt-bucket', content: bucketElement(b) as unknown as string });

export function TimelineCanvas({ events, selectedId, onSelect, onOpen, compact = false, height, start, end }: TimelineCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const timeline = useRef<VisTimeline | null>(null);
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  // Latest callbacks and selection, for vis-timeline's listeners.
  const onSelectRef = useRef(onSelect);
  const onOpenRef = useRef(onOpen);
  const selectedRef = useRef(selectedId);
  useEffect(() => {
    onSelectRef.current = onSelect;
    onOpenRef.current = onOpen;
    selectedRef.current = selectedId;
  });

  const specs = useMemo(() => toVisItemSpecs(events), [events]);
  // Re-create only when the set of events changes, not on every render.
  const signature = useMemo(() => specs.map((s) => s.id).join('\n'), [specs]);
  const order = useMemo(
    () => [...events].sort((a, b) => a.interval.start.localeCompare(b.interval.start) || a.id.localeCompare(b.id)).map((e) => e.id),
    [events],
  );
  const specsRef = useRef(specs);
  useEffect(() => {
    specsRef.current = specs;
  });
  const windowed = specs.length > WINDOWING_THRESHOLD;
  const index = useMemo(() => (windowed ? indexSpecs(specs) : null), [windowed, specs]);
  const indexRef = useRef(index);
  useEffect(() => {
    indexRef.current = index;
  });
  /** Re-plans the held items for the current window (windowed mode only). */
  const replan = useRef<() => void>(() => {});

  useEffect(() => {
    let cancelled = false;
    let instance: VisTimeline | null = null;
    let stopReplan = () => {};
    const el = container.current;
    if (!el) return;
    (async () => {
      try {
        // The standalone build bundles vis-data's DataSet (its typings omit it).
        const vis = (await import('vis-timeline/standalone')) as unknown as {
          Timeline: typeof import('vis-timeline').Timeline;
          DataSet: new (items: object[]) => never;
        };
        if (cancelled) return;
        const idx = indexRef.current;
        const items = new vis.DataSet(idx ? [] : specsRef.current.map(visItem)) as unknown as VisDataSet;
        const options = visOptions({ height, compact });
        instance = new vis.Timeline(el, items as never, options as never);
        timeline.current = instance;
        const extent = idx ? paddedExtent(idx) : null;
        if (start && end) instance.setWindow(start, end, { animation: false });
        else if (extent) instance.setWindow(extent[0], extent[1], { animation: false });
        else {
          instance.fit({ animation: false });
          // Room for the labels of the last events.
          instance.zoomOut(0.15, { animation: false });
        }
        if (idx) {
          const held = new Set<string>();
          const apply = () => {
            if (!instance) return;
            const w = instance.getWindow();
            const plan = planView(idx, w.start.getTime(), w.end.getTime(), { maxItems: MAX_HELD, pinnedId: selectedRef.current });
            el.dataset.held = String(syncStore(items, held, plan, visItem, visBucket));
            el.dataset.heldMode = plan.mode;
          };
          let timer: ReturnType<typeof setTimeout> | undefined;
          replan.current = apply;
          instance.on('rangechanged', () => {
            clearTimeout(timer);
            timer = setTimeout(apply, REPLAN_DELAY_MS);
          });
          stopReplan = () => clearTimeout(timer);
          apply();
        }
        instance.on('select', (props: { items: (string | number)[] }) => {
          const id = props.items[0];
          if (id === undefined) return;
          const key = String(id);
          if (isBucketId(key)) {
            // A bucket of many events: zoom to it; its events come back once the window settles.
            const b = items.get(key) as { start: string; end: string } | null;
            instance?.setSelection([]);
            if (b) instance?.setWindow(b.start, b.end, { animation: false });
            return;
          }
          if (!specsRef.current.some((s) => s.id === key)) return; // a cluster
          onSelectRef.current(key);
          onOpenRef.current(key);
        });
        if (selectedRef.current) instance.setSelection(selectedRef.current);
        setReady(true);
      } catch (err) {
        if (!cancelled) setFailed(err instanceof Error ? err.message : String(err));
      }
    })();
    return () => {
      cancelled = true;
      stopReplan();
      replan.current = () => {};
      instance?.destroy();
      if (timeline.current === instance) timeline.current = null;
      setReady(false);
      // vis-timeline removes its own DOM; make sure nothing is left behind.
      el.replaceChildren();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, compact, height]);

  // Reflect the selection made elsewhere (list view, deep link, keyboard).
  useEffect(() => {
    const t = timeline.current;
    if (!t || !ready) return;
    const current = t.getSelection().map(String);
    if (selectedId && !(current.length === 1 && current[0] === selectedId)) {
      replan.current(); // windowed mode: hold the selected event even inside a bucket
      t.setSelection(selectedId);
      const e = events.find((x) => x.id === selectedId);
      if (e) {
        const w = t.getWindow();
        const s = Date.parse(e.interval.start);
        if (s < w.start.getTime() || s > w.end.getTime()) t.moveTo(e.interval.start, { animation: false });
      }
    } else if (!selectedId && current.length) {
      t.setSelection([]);
    }
  }, [selectedId, ready, events]);

  const zoom = useCallback((factor: number) => {
    const t = timeline.current;
    if (!t) return;
    if (factor > 0) t.zoomIn(factor, { animation: false });
    else t.zoomOut(-factor, { animation: false });
  }, []);
  const pan = useCallback((fraction: number) => {
    const t = timeline.current;
    if (!t) return;
    const w = t.getWindow();
    const span = w.end.getTime() - w.start.getTime();
    t.setWindow(w.start.getTime() + span * fraction, w.end.getTime() + span * fraction, { animation: false });
  }, []);
  const fit = useCallback(() => {
    const t = timeline.current;
    const extent = indexRef.current ? paddedExtent(indexRef.current) : null;
    // In windowed mode vis-timeline holds only part of the events: fit to all of them ourselves.
    if (t && extent) t.setWindow(extent[0], extent[1], { animation: false });
    else t?.fit({ animation: false });
  }, []);

  const step = useCallback(
    (dir: 1 | -1) => {
      if (order.length === 0) return;
      const i = selectedRef.current ? order.indexOf(selectedRef.current) : -1;
      const next = i < 0 ? (dir === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, i + dir));
      const id = order[next]!;
      onSelectRef.current(id);
      const t = timeline.current;
      if (t) {
        selectedRef.current = id;
        replan.current();
        t.setSelection(id);
        const e = events.find((x) => x.id === id);
        if (e) t.moveTo(e.interval.start, { animation: false });
      }
    },
    [order, events],
  );

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key;
    let handled = true;
    if (k === 'ArrowLeft') pan(-0.2);
    else if (k === 'ArrowRight') pan(0.2);
    else if (k === '+' || k === '=') zoom(0.5);
    else if (k === '-' || k === '_') zoom(-0.5);
    else if (k === '0' || k === 'f' || k === 'F') fit();
    else if (k === 'n' || k === 'N' || k === 'ArrowDown') step(1);
    else if (k === 'p' || k === 'P' || k === 'ArrowUp') step(-1);
    else if (k === 'Enter' || k === ' ') {
      if (selectedRef.current) onOpenRef.current(selectedRef.current);
      else step(1);
    } else handled = false;
    if (handled) e.preventDefault();
  };

  const selected = selectedId ? events.find((e) => e.id === selectedId) : undefined;
  const btn =
    'rounded border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700';
  return (
    <div className="nt-canvas flex flex-col gap-2" data-compact={compact || undefined}>
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label="Timeline controls">
        <button type="button" className={btn} onClick={() => zoom(0.5)} aria-label="Zoom in">
          + <span aria-hidden="true">Zoom in</span>
        </button>
        <button type="button" className={btn} onClick={() => zoom(-0.5)} aria-label="Zoom out">
          − <span aria-hidden="true">Zoom out</span>
        </button>
        <button type="button" className={btn} onClick={fit}>
          Fit all
        </button>
        {!compact ? (
          <p className="text-xs text-slate-600 dark:text-slate-300" id="nt-canvas-help">
            Focus the timeline, then: ←/→ move, +/− zoom, 0 fit, n/p next/previous event, Enter open.
          </p>
        ) : null}
      </div>
      <div
        ref={container}
        tabIndex={0}
        role="application"
        aria-roledescription="timeline"
        aria-label={`Timeline of ${events.length} events${selected ? `; selected: ${selected.title}` : ''}`}
        aria-describedby={compact ? undefined : 'nt-canvas-help'}
        onKeyDown={onKeyDown}
        data-testid="timeline-canvas"
        data-ready={ready || undefined}
        className="nt-vis rounded border border-slate-300 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900"
        style={{ minHeight: height ?? (compact ? 260 : 360) }}
      />
      {failed ? (
        <p role="alert" className="text-sm text-red-700">
          The interactive timeline could not be drawn ({failed}). The list below has every event.
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {selected ? `Selected: ${selected.title}` : ''}
      </p>
    </div>
  );
}
