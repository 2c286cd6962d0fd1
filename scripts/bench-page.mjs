// `npm run bench:page`: vis-timeline with our configuration (clustering, as in
// components/timeline/vis-config.ts, replicated below because that file is TypeScript) versus raw
// vis-timeline without clustering, both on the same synthetic 10,000-event timeline, in Chromium.
// Measures time to the first drawn timeline and frame times (requestAnimationFrame deltas) while the
// window is zoomed and panned by script. Reports both and the ratios (same run, same machine).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumExecutable, CHROMIUM_ARGS } from './chromium.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const DAY = 86_400_000;

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

const OURS = {
  height: '360px', zoomMin: DAY, zoomMax: 20 * 365 * DAY, zoomable: true, moveable: true, horizontalScroll: true,
  zoomKey: 'ctrlKey', selectable: true, multiselect: false, showCurrentTime: false, stack: true,
  orientation: { axis: 'bottom', item: 'bottom' }, margin: { item: { horizontal: 4, vertical: 6 } }, keyboard: false,
  xss: { disabled: false }, cluster: { maxItems: 6, titleTemplate: '{count} events', showStipes: true, fitOnDoubleClick: true },
};
const RAW = { height: '360px', showCurrentTime: false };

const html = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/vis.css"><script src="/vis.js"></script></head>
<body style="margin:0;font-family:sans-serif"><div id="tl" style="width:1200px"></div><script>
window.runBench = async (items, options) => {
  const t0 = performance.now();
  const data = new vis.DataSet(items.map((s) => { const el = document.createElement('span'); el.textContent = s.label;
    return { id: s.id, start: s.start, end: s.end, type: s.type, className: s.className, content: el }; }));
  const tl = new vis.Timeline(document.getElementById('tl'), data, options);
  tl.fit({ animation: false });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const firstDraw = performance.now() - t0;
  const deltas = []; let last = performance.now(); let i = 0;
  await new Promise((resolve) => {
    const frame = () => {
      const now = performance.now(); deltas.push(now - last); last = now;
      const w = tl.getWindow(); const span = w.end - w.start;
      if (i < 30) tl.zoomIn(0.2, { animation: false });
      else if (i < 60) tl.setWindow(+w.start + span * 0.1, +w.end + span * 0.1, { animation: false });
      else if (i < 90) tl.zoomOut(0.2, { animation: false });
      else return resolve();
      i++; requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  tl.destroy();
  deltas.sort((a, b) => a - b);
  const mean = deltas.reduce((a, b) => a + b, 0) / deltas.length;
  return { firstDraw, meanFrame: mean, p95Frame: deltas[Math.floor(deltas.length * 0.95)] };
};
</script></body></html>`;

const files = {
  '/': ['text/html', html],
  '/vis.js': ['text/javascript', readFileSync(path.join(root, 'node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'))],
  '/vis.css': ['text/css', readFileSync(path.join(root, 'node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css'))],
};
const server = createServer((req, res) => {
  const f = files[req.url ?? '/'];
  if (!f) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': f[0] }).end(f[1]);
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const items = generate(N);
const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
const results = { ours: [], raw: [] };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
for (let r = 0; r < RUNS; r++) {
  for (const [name, options] of [['ours', OURS], ['raw', RAW]]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 600 } });
    await page.goto(url);
    results[name].push(await page.evaluate(([it, op]) => window.runBench(it, op), [items, options]));
    await page.close();
  }
}
await browser.close();
server.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = {};
for (const name of ['ours', 'raw']) {
  summary[name] = Object.fromEntries(['firstDraw', 'meanFrame', 'p95Frame'].map((k) => [k, median(results[name].map((x) => x[k]))]));
}
console.log(`bench:page — ${N} events, median of ${RUNS} runs, Chromium`);
for (const k of ['firstDraw', 'meanFrame', 'p95Frame']) {
  const o = summary.ours[k];
  const w = summary.raw[k];
  console.log(`${k.padEnd(10)} ours ${o.toFixed(1).padStart(8)} ms   raw ${w.toFixed(1).padStart(8)} ms   ours/raw ${(o / w).toFixed(2)}`);
}
