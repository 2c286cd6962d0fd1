/**
 * npm run -s generate:corpus -- --n 300 --out DIR [--from DIR]
 * Writes a synthetic corpus of N article files (lib/articles/generate.ts) made from the articles in
 * --from (default data/articles; not $TIMELINE_DATA_DIR, which may name the output) into --out, e.g. to
 * look at a large timeline:
 *   npm run -s generate:corpus -- --n 2000 --out /tmp/big && TIMELINE_DATA_DIR=/tmp/big npm start
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadArticles, serializeArticle } from '../lib/articles';
import { generate } from '../lib/articles/generate';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const n = Number(arg('n') ?? '300');
  const out = arg('out');
  if (!out) throw new Error('--out DIR is required');
  if (!Number.isInteger(n) || n < 1) throw new Error(`--n must be a positive integer, got ${arg('n')}`);
  const from = path.resolve(arg('from') ?? path.join('data', 'articles'));
  const { articles, problems } = await loadArticles(from);
  if (articles.length === 0) throw new Error(`no articles to copy in ${from} (${problems.length} problems)`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  for (const a of generate(articles, n)) fs.writeFileSync(path.join(out, `${a.id}.md`), serializeArticle(a));
  console.log(`wrote ${n} articles to ${path.resolve(out)}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
