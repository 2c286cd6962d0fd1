// A second origin for the embedding tests: serves e2e/host/*.html with {{APP_ORIGIN}} filled in.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const port = Number(process.env.HOST_PORT ?? 3101);
const appOrigin = process.env.APP_ORIGIN ?? 'http://127.0.0.1:3100';
const hostDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'host');

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  if (url.pathname === '/health') {
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    return;
  }
  const name = path.basename(url.pathname) || 'index.html';
  try {
    const html = await readFile(path.join(hostDir, name), 'utf8');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html.replaceAll('{{APP_ORIGIN}}', appOrigin));
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`host page server on http://127.0.0.1:${port}`));
