import { stat, readdir } from 'node:fs/promises';
import path from 'node:path';
import { loadArticles, resolveDataDir } from '../articles';
import { loadActorTable, type ActorTable } from '../actors';
import { clauseTense, normalize } from '../temporal';
import { buildTimeline, setDefaultNormalizer } from './build';
import type { Timeline } from './types';

export * from './types';
export { buildTimeline, setDefaultNormalizer, shortHash, type BuildOptions } from './build';

setDefaultNormalizer(normalize);

/** Kept for callers written before lib/temporal landed: the normalizer is registered at import time. */
export function ensureNormalizer(): Promise<void> {
  return Promise.resolve();
}

let actorTable: ActorTable | null | undefined;
function actors(): ActorTable | undefined {
  if (actorTable === undefined) {
    try {
      actorTable = loadActorTable();
    } catch {
      actorTable = null;
    }
  }
  return actorTable ?? undefined;
}

/** loadArticles + buildTimeline, with the undated reports (the page offers them, off by default). */
export async function loadTimeline(dir: string = resolveDataDir()): Promise<Timeline> {
  await ensureNormalizer();
  const { articles, problems } = await loadArticles(dir);
  return buildTimeline(articles, { problems, actorTable: actors(), undated: { clauseTense } });
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  try {
    newest = (await stat(/* turbopackIgnore: true */ dir)).mtimeMs;
    for (const f of await readdir(/* turbopackIgnore: true */ dir)) {
      const s = await stat(/* turbopackIgnore: true */ path.join(dir, f)).catch(() => null);
      if (s && s.mtimeMs > newest) newest = s.mtimeMs;
    }
  } catch {
    // missing dir: loadArticles reports it
  }
  return newest;
}

const cache = new Map<string, { mtime: number; timeline: Promise<Timeline> }>();

/** Memoised loadTimeline for the server: rebuilt when a file in `dir` changes (newest mtime). */
export async function getTimeline(dir: string = resolveDataDir()): Promise<Timeline> {
  const key = path.resolve(dir);
  const mtime = await newestMtime(key);
  const hit = cache.get(key);
  if (hit && hit.mtime === mtime) return hit.timeline;
  const timeline = loadTimeline(key);
  cache.set(key, { mtime, timeline });
  timeline.catch(() => cache.delete(key));
  return timeline;
}
