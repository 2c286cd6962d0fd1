/**
 * npm run -s timeline -- [--json] [--data DIR]
 * Prints the Timeline built from the articles in DIR (default: $TIMELINE_DATA_DIR or data/articles):
 * JSON with --json, else a readable summary.
 */
import { resolveDataDir } from '../lib/articles';
import { loadTimeline } from '../lib/timeline';

function usage(message?: string): never {
  if (message) console.error(`timeline: ${message}`);
  console.error('usage: npm run -s timeline -- [--json] [--data DIR]');
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let json = false;
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--data') dir = argv[++i] ?? usage('--data needs a directory');
    else if (a.startsWith('--data=')) dir = a.slice('--data='.length);
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  const timeline = await loadTimeline(dir ? resolveDataDir({ TIMELINE_DATA_DIR: dir }) : resolveDataDir());
  if (json) {
    process.stdout.write(`${JSON.stringify(timeline, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const e of timeline.events) {
    lines.push(`${e.interval.start} → ${e.interval.end}  [${e.granularity}${e.mod ? ` ${e.mod}` : ''}]  ${e.title}`);
    if (e.actors.length) lines.push(`    actors:  ${e.actors.join(', ')}`);
    lines.push(`    sources: ${e.citations.map((c) => `${c.articleId} ${c.publisher} “${c.expression}”`).join('; ')}`);
    if (e.flags.length) lines.push(`    flags:   ${e.flags.join(', ')}`);
    for (const c of e.conflicts) lines.push(`    conflict: ${c.summary}`);
  }
  lines.push('', `${timeline.events.length} events, ${timeline.actors.length} actors, ${timeline.articles.length} articles`);
  for (const p of timeline.problems) lines.push(`${p.severity}: ${p.file}${p.field ? ` (${p.field})` : ''}: ${p.message}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(`timeline: ${(e as Error).message}`);
  process.exit(1);
});
