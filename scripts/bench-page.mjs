// `npm run bench:page`: vis-timeline with our configuration versus raw vis-timeline without clustering,
// both on the same synthetic timeline (default 10,000 events), in Chromium.
//
// - "ours": the options are imported from components/timeline/vis-config.ts itself (through tsx's
//   tsImport), and the windowing (components/timeline/windowing.ts: hold only the events near the window,
//   or per-calendar-bucket counts when those are too many) is that very module, compiled for the browser
//   with esbuild, so neither can drift from the page. What TimelineCanvas.tsx does with them is replicated
//   below (it is a React client component): itemElement (a <span> filled with textContent, labels cut at
//   70 characters), bucket elements labelled with their count, the initial window (the padded extent),
//   and re-planning 120 ms after the window stops moving.
// - "raw": vis-timeline defaults (no clustering, no zoom limits, no windowing), every item, same DOM
//   content, initial window fit() then zoomOut(0.15).
//
// Measures time to the first drawn timeline (new Timeline → two animation frames later) and frame
// times (requestAnimationFrame deltas) while the window is zoomed in, panned and zoomed out by script;
// for ours also the re-plan after the window settles (planning + DataSet update + two frames).
// Each case runs in its own freshly launched browser with a time budget; a case that blows its budget
// is reported as "did not draw / finish within N s" (that is a result, not a failure of the run), the
// browser is killed and the next case goes on. Ours runs first in every round.
//
// Env: BENCH_EVENTS (10000), BENCH_RUNS (3), BENCH_FRAMES (60, split in thirds: in, pan, out),
// BENCH_DRAW_BUDGET_S (60), BENCH_FRAMES_BUDGET_S (90), BENCH_CASES (ours,raw).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';
import { transform } from 'esbuild';
import { chromiumExecutable, CHROMIUM_ARGS } from './chromium.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FRAMES = Number(process.env.BENCH_FRAMES ?? 60);
const DRAW_BUDGET_S = Number(process.env.BENCH_DRAW_BUDGET_S ?? 60);
const FRAMES_BUDGET_S = Number(process.env.BENCH_FRAMES_BUDGET_S ?? 90);
const CASES = (process.env.BENCH_CASES ?? 'ours,raw').split(',');
const DAY = 86_400_000;

const { visOptions } = await tsImport(path.join(root, 'components/timeline/vis-config.ts'), import.meta.url);
const windowingJs = (
  await transform(readFileSync(path.join(root, 'components/timeline/windowing.ts'), 'utf8'), { loader: 'ts', format: 'iife', globalName: 'ntWindowing', target: 'es2020' })
).code;

// Deterministic synthetic events: 70% days, 30% month/year ranges, 20% fuzzy, over ~3 years.
function generate(n) {
  let seed = 42;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const t0 = Date.UTC(2021, 0, 1);
  const items = [];
  for (let i = 0; i < n; i++) {
    const start = new Date(t0 + Math.floor(rnd() * 1100) * DAY);
    const point = rnd() < 0.7;
    const item = { id: `e${i}`, start: start.toISOString().slice(0, 10), label: `Event ${i}: something happened` };
    if (point) Object.assign(item, { type: 'point', className: 'nt-item nt-point' });
    else Object.assign(item, { type: 'range', end: new Date(start.getTime() + (rnd() < 0.7 ? 30 : 365) * DAY).toISOString().slice(0, 10), className: 'nt-item nt-range' });
    if (rnd() < 0.2) item.className += ' nt-fuzzy';
    items.push(item);
  }
  return items;
}

const OURS = visOptions();
const RAW = { height: OURS.height, showCurrentTime: false };

// The page reports progress on the console ("nt:drawn <ms>", "nt:frame <ms>", "nt:done"), so whatever
// was measured before a hang still reaches Node.
const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/vis.css"><script src="/vis.js"></script><script src="/windowing.js"></script></head>
<body style="margin:0;font-family:sans-serif"><div id="tl" style="width:1200px"></div><script>
// As TimelineCanvas.tsx's itemElement / bucketElement.
function itemElement(label, id) {
  const el = document.createElement('span');
  el.className = 'nt-item-label';
  el.dataset.eventId = id;
  el.textContent = label.length > 70 ? label.slice(0, 68) + '\u2026' : label;
  return el;
}
const visItem = (s) => ({ id: s.id, start: s.start, end: s.end, type: s.type, className: s.className, content: itemElement(s.label, s.id) });
const visBucket = (b) => { const el = itemElement(String(b.count), b.id); el.title = b.label; return { id: b.id, start: b.start, end: b.barEnd, type: 'range', className: 'nt-bucket', content: el }; };
window.draw = async (items, options, windowed) => {
  const W = window.ntWindowing;
  const t0 = performance.now();
  const index = windowed && items.length > W.WINDOWING_THRESHOLD ? W.indexSpecs(items) : null;
  const data = new vis.DataSet(index ? [] : items.map(visItem));
  const tl = new vis.Timeline(document.getElementById('tl'), data, options);
  if (index) {
    // As TimelineCanvas.tsx in windowed mode.
    const [a, b] = W.paddedExtent(index);
    tl.setWindow(a, b, { animation: false });
    const held = new Set();
    window.replan = () => { const w = tl.getWindow(); W.syncStore(data, held, W.planView(index, +w.start, +w.end, { maxItems: W.MAX_HELD }), visItem, visBucket); };
    let timer;
    tl.on('rangechanged', () => { clearTimeout(timer); timer = setTimeout(() => { const t = performance.now(); window.replan(); requestAnimationFrame(() => requestAnimationFrame(() => console.log('nt:replan ' + (performance.now() - t)))); }, 120); });
    window.replan();
  } else {
    tl.fit({ animation: false });
    tl.zoomOut(0.15, { animation: false });
  }
  window.tl = tl;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const ms = performance.now() - t0;
  console.log('nt:drawn ' + ms);
  const visibleAtDraw = document.querySelectorAll('.vis-item-content').length;
  await new Promise((r) => setTimeout(r, 500));
  return { ms, visibleAtDraw, visibleItems: document.querySelectorAll('.vis-item-content').length, clusters: document.querySelectorAll('.vis-cluster').length, heapMB: (performance.memory?.usedJSHeapSize ?? NaN) / 2 ** 20 };
};
window.runFrames = (n) => new Promise((resolve) => {
  const tl = window.tl;
  const third = Math.ceil(n / 3);
  let last = performance.now(); let i = 0;
  const frame = () => {
    const now = performance.now();
    if (i > 0) console.log('nt:frame ' + (now - last));
    last = now;
    if (i >= n) { console.log('nt:done'); return resolve(); }
    const w = tl.getWindow(); const span = w.end - w.start;
    if (i < third) tl.zoomIn(0.2, { animation: false });
    else if (i < 2 * third) tl.setWindow(+w.start + span * 0.1, +w.end + span * 0.1, { animation: false });
    else tl.zoomOut(0.2, { animation: false });
    i++; requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
});
</script></body></html>`;

const files = {
  '/': ['text/html', html],
  '/vis.js': ['text/javascript', readFileSync(path.join(root, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'))],
  '/windowing.js': ['text/javascript', windowingJs],
  '/vis.css': ['text/css', readFileSync(path.join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'))],
};
const server = createServer((req, res) => {
  const f = files[req.url ?? '/'];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const timeout = (s) => new Promise((r) => setTimeout(() => r('timeout'), s * 1000).unref());

/** One case in a fresh browser. Returns { firstDraw?, deltas, status, ... }. */
async function runCase(items, options, windowed) {
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, '--js-flags=--max-old-space-size=4096'],
  });
  const out = { status: 'ok', firstDraw: undefined, deltas: [], replans: [], visibleItems: undefined, clusters: undefined };
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    let crashed = false;
    page.on('crash', () => (crashed = true));
    page.on('console', (m) => {
      const t = m.text();
      if (t.startsWith('nt:frame ')) out.deltas.push(Number(t.slice(9)));
      else if (t.startsWith('nt:replan ')) out.replans.push(Number(t.slice(10)));
      else if (t.startsWith('nt:drawn ')) out.firstDraw ??= Number(t.slice(9));
    });
    await page.goto(url);
    const drawn = await Promise.race([page.evaluate(([it, op, w]) => window.draw(it, op, w), [items, options, windowed]).catch((e) => ({ error: e })), timeout(DRAW_BUDGET_S)]);
    if (drawn === 'timeout' || drawn.error) {
      out.status = drawn === 'timeout' ? `did not draw within ${DRAW_BUDGET_S} s` : `renderer ${crashed ? 'crashed' : 'failed'} before drawing (${String(drawn.error.message).split('\n')[0]})`;
      return out;
    }
    Object.assign(out, { firstDraw: drawn.ms, visibleAtDraw: drawn.visibleAtDraw, visibleItems: drawn.visibleItems, clusters: drawn.clusters, heapMB: drawn.heapMB });
    const done = await Promise.race([page.evaluate((n) => window.runFrames(n), FRAMES).catch((e) => ({ error: e })), timeout(FRAMES_BUDGET_S)]);
    if (done === 'timeout') out.status = `did not finish ${FRAMES} frames within ${FRAMES_BUDGET_S} s (${out.deltas.length} done)`;
    else if (done?.error) out.status = `renderer ${crashed ? 'crashed' : 'failed'} after ${out.deltas.length} frames`;
    else if (windowed) {
      // The re-plan once the window is still (logged as nt:replan); then zoom to one month in the middle,
      // where the window holds events rather than buckets, and time that re-plan too.
      const replanned = () => page.waitForEvent('console', { predicate: (m) => m.text().startsWith('nt:replan '), timeout: 10_000 }).catch(() => {});
      await replanned();
      const next = replanned();
      await page.evaluate(() => { const mid = Date.UTC(2022, 5, 1); window.tl.setWindow(mid, mid + 30 * 86_400_000, { animation: false }); });
      await next;
      out.heldAfterZoom = await page.evaluate(() => document.querySelectorAll('.vis-item').length);
    }
    return out;
  } finally {
    // A renderer stuck in a long task would make a polite close wait; kill the process instead.
    const proc = browser.process?.();
    await Promise.race([browser.close(), timeout(10)]);
    if (proc && proc.exitCode === null) proc.kill('SIGKILL');
  }
}

const items = generate(N);
const options = { ours: OURS, raw: RAW };
const results = { ours: [], raw: [] };
console.log(`bench:page — ${N} events, ${RUNS} run(s), ${FRAMES} frames, budgets ${DRAW_BUDGET_S} s draw / ${FRAMES_BUDGET_S} s frames, Chromium`);
for (let r = 0; r < RUNS; r++) {
  for (const name of CASES) {
    const t = Date.now();
    const res = await runCase(items, options[name], name === 'ours');
    results[name].push(res);
    const sorted = [...res.deltas].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
    console.log(
      `  run ${r + 1} ${name.padEnd(4)} ${res.status}; first draw ${res.firstDraw?.toFixed(0) ?? '—'} ms, ` +
        `${res.visibleAtDraw ?? '—'} item elements at first draw, ${res.visibleItems ?? '—'} 0.5 s later (${res.clusters ?? '—'} clusters), JS heap ${res.heapMB?.toFixed(0) ?? '—'} MB, ${sorted.length} frames, ` +
        `mean ${sorted.length ? mean.toFixed(1) : '—'} ms, max ${sorted.length ? sorted.at(-1).toFixed(0) : '—'} ms` +
        `${res.replans.length ? `, re-plans after settling ${res.replans.map((x) => x.toFixed(0)).join(' / ')} ms (last: zoomed to one month, ${res.heldAfterZoom} items and clusters drawn)` : ''} (${((Date.now() - t) / 1000).toFixed(0)} s wall)`,
    );
  }
}
server.close();

const median = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : undefined);
const metrics = (res) => {
  if (res.status !== 'ok') return undefined;
  const d = [...res.deltas].sort((a, b) => a - b);
  return { firstDraw: res.firstDraw, meanFrame: d.reduce((a, b) => a + b, 0) / d.length, p95Frame: d[Math.floor(d.length * 0.95)] };
};
const summary = {};
for (const name of CASES) {
  const ok = results[name].map(metrics).filter(Boolean);
  summary[name] = {
    ok: ok.length,
    firstDraw: median(results[name].map((x) => x.firstDraw).filter((x) => x !== undefined)),
    ...Object.fromEntries(['meanFrame', 'p95Frame'].map((k) => [k, median(ok.map((x) => x[k]))])),
  };
}
console.log(`\nmedians (frames only over complete runs): ${CASES.map((c) => `${c} ${summary[c].ok}/${RUNS} complete`).join(', ')}`);
const fmt = (v) => (v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
for (const k of ['firstDraw', 'meanFrame', 'p95Frame']) {
  const o = summary.ours?.[k];
  const w = summary.raw?.[k];
  const ratio = o !== undefined && w !== undefined ? (o / w).toFixed(2) : 'n/a';
  console.log(`${k.padEnd(10)} ${CASES.map((c) => `${c} ${fmt(summary[c][k]).padStart(10)}`).join('   ')}   ours/raw ${ratio}`);
}
