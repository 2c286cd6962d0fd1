/** Where the page gets its Timeline. */
import { readFile } from 'node:fs/promises';
import type { Timeline } from '@/lib/timeline/types';

// TODO(switch to getTimeline from '@/lib/timeline' once it builds): until then a developer-given JSON.
export async function loadTimeline(): Promise<Timeline> {
  const file = process.env.TIMELINE_DEV_JSON;
  if (file) return JSON.parse(await readFile(file, 'utf8')) as Timeline;
  return { events: [], actors: [], articles: [], problems: [] };
}
