/** Where the page gets its Timeline: the memoised corpus build. */
import { getTimeline } from '@/lib/timeline';
import type { Timeline } from '@/lib/timeline/types';

export function loadTimeline(): Promise<Timeline> {
  return getTimeline();
}
