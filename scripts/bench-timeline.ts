/**
 * npm run bench:timeline [-- --sizes 1000,10000]
 * Generates N articles from the seeds (deterministic PRNG): copy c of a seed has every year shifted by c (text and
 * publication date), so the event density per time window stays constant as N grows, and its people renamed.
 * Builds the timeline for each size in a child process and reports wall time, time in normalize vs the rest,
 * peak RSS (process.resourceUsage().maxRSS) and heap, and the 10×-size scaling ratio (≈10 = linear).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadArticles, resolveDataDir } from '../lib/articles';
import { loadActorTable } from '../lib/actors';
import { buildTimeline, ensureNormalizer } from '../lib/timeline';
import { generate } from '../lib/articles/generate';

async function child(n: number): Promise<void> {
  await ensureNormalizer();
  const { articles } = await loadArticles(resolveDataDir());
  const generated = generate(articles, n);
  const actorTable = loadActorTable();
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 5);
  const timing = { normalizeMs: 0, mentionsMs: 0, stagesMs: {} as Record<string, number> };
  const t0 = performance.now();
  const timeline = buildTimeline(generated, { actorTable, timing });
  const wall = performance.now() - t0;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const result = {
    n,
    wallMs: wall,
    normalizeMs: timing.normalizeMs,
    mentionsMs: timing.mentionsMs,
    restMs: wall - timing.normalizeMs - timing.mentionsMs,
    stagesMs: timing.stagesMs,
    events: timeline.events.length,
    citations: timeline.events.reduce((s, e) => s + e.citations.length, 0),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    heapMB: peakHeap / 1024 / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ci = args.indexOf('--child');
  if (ci >= 0) return child(Number(args[ci + 1]));
  const si = args.indexOf('--sizes');
  const sizes = (si >= 0 ? args[si + 1]! : '1000,10000').split(',').map(Number);
  const results: Array<Record<string, number> & { stagesMs?: Record<string, number> }> = [];
  for (const n of sizes) {
    const r = spawnSync(process.execPath, [...process.execArgv, path.resolve(__filename), '--child', String(n)], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`child ${n} failed: ${r.stderr}`);
    const res = JSON.parse(r.stdout.trim().split('\n').pop()!) as Record<string, number> & { stagesMs?: Record<string, number> };
    results.push(res);
    console.log(
      `${String(n).padStart(6)} articles: wall ${res.wallMs!.toFixed(0)} ms (normalize ${res.normalizeMs!.toFixed(0)} ms, actor mentions ${res.mentionsMs!.toFixed(0)} ms, events/merge/conflicts ${res.restMs!.toFixed(0)} ms), ` +
        `${res.events} events / ${res.citations} citations, max RSS ${res.maxRssMB!.toFixed(0)} MB, peak heap ${res.heapMB!.toFixed(0)} MB`,
    );
    const stages = Object.entries(res.stagesMs ?? {}).sort((a, b) => b[1] - a[1]);
    const share = (ms: number) => `${((100 * ms) / res.wallMs!).toFixed(0)}%`;
    console.log(
      `        share of wall: normalize ${share(res.normalizeMs!)}, actor mentions ${share(res.mentionsMs!)}; ` +
        `events/merge/conflicts by stage: ${stages.map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ')}`,
    );
  }
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1]!;
    const b = results[i]!;
    console.log(
      `scaling ${a.n}→${b.n} (×${(b.n! / a.n!).toFixed(0)}): wall ×${(b.wallMs! / a.wallMs!).toFixed(2)}, normalize ×${(b.normalizeMs! / a.normalizeMs!).toFixed(2)}, mentions ×${(b.mentionsMs! / a.mentionsMs!).toFixed(2)}, events/merge/conflicts ×${(b.restMs! / a.restMs!).toFixed(2)}`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
