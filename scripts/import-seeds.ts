/**
 * Imports the seed articles (../shared/seeds/*.txt + ../shared/fixtures/seed-articles.json) into
 * data/articles/*.md. Reusable: `npx tsx scripts/import-seeds.ts [--shared DIR] [--out DIR]`.
 * The body is the seed file's content, byte for byte.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { serializeArticle, parseArticleFile } from '../lib/articles';
import type { PublishedPrecision } from '../lib/articles';

interface SeedMeta {
  id: string;
  file: string;
  publisher: string;
  title: string;
  url: string | null;
  published: string | null;
  publishedRange?: { start: string; end: string } | null;
  publishedPrecision: PublishedPrecision;
  timeZone: string | null;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return (i >= 0 ? process.argv[i + 1] : undefined) ?? fallback;
}

export function fileName(id: string, publisher: string, title: string): string {
  const slug = (s: string) =>
    s.toLowerCase().replace(/\(.*?\)/g, '').normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const words = slug(title).split('-').slice(0, 4).join('-');
  return `${id}-${slug(publisher).split('-')[0]}-${words}.md`;
}

async function main() {
  const shared = path.resolve(arg('--shared', path.join(process.cwd(), '..', 'shared')));
  const out = path.resolve(arg('--out', path.join(process.cwd(), 'data', 'articles')));
  const meta = JSON.parse(await fs.readFile(path.join(shared, 'fixtures', 'seed-articles.json'), 'utf8')) as { articles: SeedMeta[] };
  await fs.mkdir(out, { recursive: true });
  for (const m of meta.articles) {
    const text = await fs.readFile(path.join(shared, 'seeds', m.file), 'utf8');
    const name = fileName(m.id, m.publisher, m.title);
    const content = serializeArticle({
      id: m.id, title: m.title, publisher: m.publisher, url: m.url, published: m.published,
      publishedRange: m.publishedRange ?? null, publishedPrecision: m.publishedPrecision,
      timeZone: m.timeZone, language: 'en', text,
    });
    const check = parseArticleFile(name, content);
    if (!check.article || check.article.text !== text) throw new Error(`${name}: does not round-trip`);
    await fs.writeFile(path.join(out, name), content);
    console.log(`wrote ${path.relative(process.cwd(), path.join(out, name))}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
