/**
 * vis-timeline configuration as pure data: which item type and class each event gets, and the
 * options. Shared by TimelineCanvas and the page benchmark. No DOM, no article text as HTML.
 */
import type { TimelineEvent } from '@/lib/timeline/types';
import { isFuzzy, isPointEvent } from '@/lib/ui/format';

export interface VisItemSpec {
  id: string;
  start: string;
  end?: string;
  type: 'point' | 'range';
  className: string;
  /** Plain text for the item's label: set with textContent, never as HTML. */
  label: string;
}

export function toVisItemSpecs(events: TimelineEvent[]): VisItemSpec[] {
  return events.map((e) => {
    const point = isPointEvent(e);
    const classes = ['nt-item', point ? 'nt-point' : 'nt-range'];
    if (isFuzzy(e)) classes.push('nt-fuzzy');
    if (e.flags.includes('conflict')) classes.push('nt-conflict');
    if (e.flags.includes('single-source')) classes.push('nt-single');
    // An undated report sits at its publication date: say so on the canvas, not only by its style.
    const undated = e.flags.includes('undated');
    if (undated) classes.push('nt-undated');
    const label = undated ? `Undated: ${e.title}` : e.title;
    return point
      ? { id: e.id, start: e.interval.start, type: 'point', className: classes.join(' '), label }
      : { id: e.id, start: e.interval.start, end: e.interval.end, type: 'range', className: classes.join(' '), label };
  });
}

const DAY = 24 * 60 * 60 * 1000;

/** Options for vis-timeline 8. `xss` stays on as a second line of defence; items carry DOM elements. */
export function visOptions(opts: { height?: number; compact?: boolean; clusterMax?: number } = {}) {
  return {
    height: opts.height ? `${opts.height}px` : opts.compact ? '260px' : '360px',
    zoomMin: DAY,
    zoomMax: 20 * 365 * DAY,
    zoomable: true,
    moveable: true,
    horizontalScroll: true,
    zoomKey: 'ctrlKey' as const,
    selectable: true,
    multiselect: false,
    showCurrentTime: false,
    stack: true,
    orientation: { axis: 'bottom' as const, item: 'bottom' as const },
    margin: { item: { horizontal: 4, vertical: 6 } },
    keyboard: false,
    tooltip: { followMouse: false },
    xss: { disabled: false },
    cluster: {
      maxItems: opts.clusterMax ?? 6,
      titleTemplate: '{count} events: zoom in to see them',
      showStipes: true,
      fitOnDoubleClick: true,
    },
  };
}
