/** Pure CLI logic for `npm run normalize` (scripts/normalize.ts is a thin wrapper). */
import { z } from 'zod';
import { normalize, parsePublished } from './index';
import type { Timex } from './types';

export interface CliOutput {
  stdout: string[];
  stderr: string[];
  exitCode: number;
}

const JsonlInput = z.object({
  id: z.union([z.string(), z.number()]),
  published: z.string().nullable().optional(),
  text: z.string(),
});

/** One JSON line {id, published, text} in, one line {id, timexes} out; bad lines reported by number. */
export function processJsonl(lines: readonly string[]): CliOutput {
  const out: CliOutput = { stdout: [], stderr: [], exitCode: 0 };
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      out.stderr.push(`line ${n}: invalid JSON (${(e as Error).message})`);
      out.exitCode = 1;
      return;
    }
    const parsed = JsonlInput.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ');
      out.stderr.push(`line ${n}: ${issues}`);
      out.exitCode = 1;
      return;
    }
    const { id, published, text } = parsed.data;
    try {
      const timexes = normalize(text, published ? { published } : {});
      out.stdout.push(JSON.stringify({ id, timexes }));
    } catch (e) {
      out.stderr.push(`line ${n}: ${(e as Error).message}`);
      out.exitCode = 1;
    }
  });
  return out;
}

const COLUMNS: Array<[string, (t: Timex) => string]> = [
  ['text', (t) => t.text],
  ['type', (t) => t.type],
  ['value', (t) => t.value],
  ['mod', (t) => t.mod ?? ''],
  ['granularity', (t) => t.granularity],
  ['interval', (t) => (t.interval ? `[${t.interval.start}, ${t.interval.end})` : '')],
  ['reason', (t) => t.reason],
];

/** A readable aligned table of timexes. */
export function formatTable(timexes: readonly Timex[]): string {
  if (timexes.length === 0) return '(no temporal expressions found)';
  const rows = [COLUMNS.map(([h]) => h), ...timexes.map((t) => COLUMNS.map(([, f]) => f(t).replace(/\s+/g, ' ')))];
  const widths = COLUMNS.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ')).join('\n');
}

export interface ParsedArgs { jsonl: boolean; published?: string; text: string; error?: string }

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const res: ParsedArgs = { jsonl: false, text: '' };
  const texts: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--jsonl') res.jsonl = true;
    else if (a === '--published') {
      const v = argv[++i];
      if (v === undefined) return { ...res, error: '--published needs a value' };
      res.published = v;
    } else if (a.startsWith('--published=')) res.published = a.slice('--published='.length);
    else texts.push(a);
  }
  res.text = texts.join(' ');
  if (res.published !== undefined) {
    try {
      parsePublished(res.published);
    } catch (e) {
      return { ...res, error: (e as Error).message };
    }
  }
  return res;
}

/** Text mode: one text from the arguments, printed as a table. */
export function runText(args: ParsedArgs): CliOutput {
  if (args.error) return { stdout: [], stderr: [args.error], exitCode: 2 };
  if (!args.text) return { stdout: [], stderr: ['usage: npm run -s normalize -- [--published ISO] "text…"  |  --jsonl < input.jsonl'], exitCode: 2 };
  const timexes = normalize(args.text, args.published ? { published: args.published } : {});
  return { stdout: [formatTable(timexes)], stderr: [], exitCode: 0 };
}
