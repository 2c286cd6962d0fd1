/**
 * Where /embed and the API get their Timeline. One place to switch to `getTimeline()` from
 * '@/lib/timeline' (which reads TIMELINE_DATA_DIR) once it lands.
 */
import { readFile } from 'node:fs/promises';
import type { Timeline } from '@/lib/timeline/types';

export async function loadTimeline(): Promise<Timeline> {
  const file = process.env.TIMELINE_DEV_JSON;
  if (file) return JSON.parse(await readFile(file, 'utf8')) as Timeline;
  return { events: [], actors: [], articles: [], problems: [] };
}
