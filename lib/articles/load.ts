import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { frontMatterSchema } from './schema';
import { inferPublished } from './infer-date';
import type { Article, ArticleProblem, LoadResult, PublishedPrecision } from './types';

/**
 * Splits an article file into its front matter (YAML text) and body.
 * The file must start with a "---" line; the front matter ends at the next "---" line;
 * the body is everything after that closing line (its newline included), byte for byte.
 */
export function splitFrontMatter(content: string): { yaml: string; body: string } | null {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const open = /^---\r?\n/.exec(text);
  if (!open) return null;
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return null;
  return { yaml: rest.slice(0, m.index), body: rest.slice(m.index + m[0].length) };
}

/** Serialises an article to the file format (the inverse of parseArticleFile). */
export function serializeArticle(a: Omit<Article, 'file' | 'publishedInferred'>): string {
  const fm: Record<string, unknown> = { id: a.id, title: a.title, publisher: a.publisher, url: a.url };
  if (a.published !== null) fm.published = a.published;
  if (a.publishedRange) fm.publishedRange = a.publishedRange;
  fm.publishedPrecision = a.publishedPrecision;
  if (a.timeZone) fm.timeZone = a.timeZone;
  fm.language = a.language;
  const yaml = Object.entries(fm)
    .map(([k, v]) =>
      v !== null && typeof v === 'object'
        ? `${k}:\n${Object.entries(v as Record<string, unknown>).map(([k2, v2]) => `  ${k2}: ${JSON.stringify(v2)}`).join('\n')}`
        : `${k}: ${JSON.stringify(v)}`,
    )
    .join('\n');
  return `---\n${yaml}\n---\n${a.text}`;
}

export function parseArticleFile(file: string, content: string): { article: Article | null; problems: ArticleProblem[] } {
  const problems: ArticleProblem[] = [];
  const err = (field: string | null, message: string) =>
    problems.push({ file, field, message: `${file}${field ? ` (${field})` : ''}: ${message}`, severity: 'error' });
  const warn = (field: string | null, message: string) =>
    problems.push({ file, field, message: `${file}${field ? ` (${field})` : ''}: ${message}`, severity: 'warning' });

  const split = splitFrontMatter(content);
  if (!split) {
    err(null, 'no front matter: the file must start with a "---" line, then YAML, then a closing "---" line');
    return { article: null, problems };
  }
  let data: unknown;
  try {
    data = parseYaml(split.yaml);
  } catch (e) {
    err(null, `front matter is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    return { article: null, problems };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    err(null, 'front matter must be a YAML mapping of fields (id, title, publisher, ...)');
    return { article: null, problems };
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.length ? issue.path.join('.') : null;
      err(field, issue.message);
    }
  }
  const body = split.body;
  if (body.trim() === '') err('body', 'the article text (after the front matter) is empty');
  if (!parsed.success || problems.some((p) => p.severity === 'error')) return { article: null, problems };

  const fm = parsed.data;
  const known = new Set(['id', 'title', 'publisher', 'url', 'published', 'publishedRange', 'publishedPrecision', 'timeZone', 'language']);
  for (const k of Object.keys(fm)) if (!known.has(k)) warn(k, `unknown field "${k}" ignored`);

  let published = fm.published ?? null;
  const publishedRange = fm.publishedRange ?? null;
  let publishedInferred: Article['publishedInferred'] = null;
  let precision: PublishedPrecision;
  if (published !== null) {
    const natural: PublishedPrecision = published.includes('T') ? 'minute' : 'day';
    precision = fm.publishedPrecision ?? natural;
    if (fm.publishedPrecision && fm.publishedPrecision !== natural && fm.publishedPrecision !== 'inferred') {
      warn('publishedPrecision', `"${fm.publishedPrecision}" does not match published "${published}" (using "${natural}")`);
      precision = natural;
    }
    if (publishedRange) warn('publishedRange', 'both published and publishedRange are given; publishedRange ignored');
  } else if (publishedRange) {
    precision = 'range';
    if (fm.publishedPrecision && fm.publishedPrecision !== 'range') {
      warn('publishedPrecision', `"${fm.publishedPrecision}" does not match publishedRange (using "range")`);
    }
  } else {
    const inferred = inferPublished(body);
    if (!inferred) {
      err('published', 'no publication date (published or publishedRange), and none can be inferred from the text');
      return { article: null, problems };
    }
    published = inferred.published;
    precision = 'inferred';
    publishedInferred = { from: inferred.from, reason: inferred.reason };
    warn('published', `no publication date given; inferred ${inferred.published} from "${inferred.from}" (${inferred.reason})`);
  }

  const article: Article = {
    id: fm.id,
    title: fm.title,
    publisher: fm.publisher,
    url: fm.url ?? null,
    published,
    publishedRange: fm.published ? null : publishedRange,
    publishedPrecision: precision,
    publishedInferred,
    timeZone: fm.timeZone ?? null,
    language: fm.language,
    text: body,
    file,
  };
  if (article.url === null) warn('url', 'no url: citations will not link to the source');
  return { article, problems };
}

/** Loads every *.md file of `dir` (sorted by name). One bad file never takes the others down. */
export async function loadArticles(dir: string): Promise<LoadResult> {
  const problems: ArticleProblem[] = [];
  const articles: Article[] = [];
  let names: string[];
  try {
    names = (await fs.readdir(/* turbopackIgnore: true */ dir)).filter((n) => n.endsWith('.md')).sort();
  } catch (e) {
    problems.push({ file: dir, field: null, message: `${dir}: cannot read the data directory: ${(e as Error).message}`, severity: 'error' });
    return { articles, problems };
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    let content: string;
    try {
      content = await fs.readFile(/* turbopackIgnore: true */ path.join(dir, name), 'utf8');
    } catch (e) {
      problems.push({ file: name, field: null, message: `${name}: cannot read the file: ${(e as Error).message}`, severity: 'error' });
      continue;
    }
    const r = parseArticleFile(name, content);
    problems.push(...r.problems);
    if (!r.article) continue;
    const first = seen.get(r.article.id);
    if (first !== undefined) {
      problems.push({ file: name, field: 'id', message: `${name} (id): duplicate id "${r.article.id}" (already used by ${first}); this file is left out`, severity: 'error' });
      continue;
    }
    seen.set(r.article.id, name);
    articles.push(r.article);
  }
  return { articles, problems };
}
