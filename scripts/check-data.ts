/**
 * Validates the article corpus: `npm run -s check:data [-- --data DIR]`.
 * Lists every problem (file, field, message); exits 1 when there is any error.
 */
import path from 'node:path';
import { loadArticles, resolveDataDir } from '../lib/articles';
import type { ArticleProblem, LoadResult } from '../lib/articles';

export function parseArgs(argv: string[], env: Record<string, string | undefined> = process.env): { dataDir: string } | { error: string } {
  let dataDir = resolveDataDir(env);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--data') {
      const v = argv[++i];
      if (!v) return { error: '--data needs a directory' };
      dataDir = path.resolve(process.cwd(), v);
    } else if (a.startsWith('--data=')) {
      dataDir = path.resolve(process.cwd(), a.slice('--data='.length));
    } else if (a === '--') {
      continue;
    } else {
      return { error: `unknown argument "${a}" (usage: check:data [-- --data DIR])` };
    }
  }
  return { dataDir };
}

export function formatProblem(p: ArticleProblem): string {
  return `${p.severity.toUpperCase().padEnd(7)} ${p.file}  ${p.field ?? '-'}  ${p.message}`;
}

/** The report's lines and the exit code. */
export function report(dataDir: string, r: LoadResult): { lines: string[]; exitCode: number } {
  const errors = r.problems.filter((p) => p.severity === 'error').length;
  const warnings = r.problems.length - errors;
  const lines = r.problems.map(formatProblem);
  const summary = `${r.articles.length} article(s) loaded from ${dataDir}; ${errors} error(s), ${warnings} warning(s)`;
  lines.push(errors ? `FAILED: ${summary}` : `OK: ${summary}`);
  return { lines, exitCode: errors ? 1 : 0 };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exit(2);
  }
  const r = await loadArticles(args.dataDir);
  const { lines, exitCode } = report(args.dataDir, r);
  for (const l of lines) (exitCode ? console.error : console.log)(l);
  process.exit(exitCode);
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'check-data.ts'))) void main();
