/** Where /embed and the API get their Timeline: the memoised `getTimeline()` (TIMELINE_DATA_DIR). */
import { getTimeline } from '@/lib/timeline';
import type { Timeline } from '@/lib/timeline/types';

export function loadTimeline(): Promise<Timeline> {
  return getTimeline();
}
