/**
 * CLI: `npm run -s normalize -- --published 2023-10-15T09:00:00-04:00 "text…"` prints a table;
 * `npm run -s normalize -- --jsonl` reads {id, published, text} lines on stdin, writes {id, timexes} lines.
 */
import { parseArgs, processJsonl, runText } from '../lib/temporal/cli';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.jsonl) {
    if (args.error) { process.stderr.write(args.error + '\n'); return 2; }
    const input = await readStdin();
    const lines = input.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    const res = processJsonl(lines);
    for (const l of res.stdout) process.stdout.write(l + '\n');
    for (const l of res.stderr) process.stderr.write(l + '\n');
    return res.exitCode;
  }
  const res = runText(args);
  for (const l of res.stdout) process.stdout.write(l + '\n');
  for (const l of res.stderr) process.stderr.write(l + '\n');
  return res.exitCode;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => { process.stderr.write(String(e) + '\n'); process.exitCode = 1; });
