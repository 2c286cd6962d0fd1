import path from 'node:path';

export * from './types';
export { parseArticleFile, loadArticles, splitFrontMatter, serializeArticle } from './load';
export { frontMatterSchema, checkPublished, checkIsoDate, isRealDay } from './schema';
export { inferPublished, findExplicitDates, findDateline } from './infer-date';
export type { Dateline } from './infer-date';

/**
 * The data directory: $TIMELINE_DATA_DIR (relative to cwd) or ./data/articles. Read at run time, so the
 * file-system calls on it are marked turbopackIgnore (Turbopack would otherwise trace the whole project).
 */
export function resolveDataDir(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.TIMELINE_DATA_DIR;
  return fromEnv && fromEnv.trim() ? path.resolve(/* turbopackIgnore: true */ process.cwd(), fromEnv) : path.join(process.cwd(), 'data', 'articles');
}

export const DEFAULT_DATA_DIR = resolveDataDir();
