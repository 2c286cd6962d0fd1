/** /api/timeline and /api/oembed: status, content, caching and CORS headers, parameter errors. */
import { expect, test } from '@playwright/test';

test('/api/timeline returns the Timeline with ETag, caching and CORS', async ({ request }) => {
  const res = await request.get('/api/timeline');
  expect(res.status()).toBe(200);
  const h = res.headers();
  expect(h['content-type']).toContain('application/json');
  expect(h['access-control-allow-origin']).toBe('*');
  expect(h['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
  expect(h['etag']).toMatch(/^"[^"]+"$/);
  const body = await res.json();
  for (const key of ['events', 'actors', 'articles', 'problems']) expect(Array.isArray(body[key])).toBe(true);

  const again = await request.get('/api/timeline', { headers: { 'If-None-Match': h['etag']! } });
  expect(again.status()).toBe(304);
  expect(again.headers()['etag']).toBe(h['etag']);

  const filtered = await request.get('/api/timeline?actors=antony-blinken');
  expect(filtered.status()).toBe(200);
  for (const e of (await filtered.json()).events as { actors: string[] }[]) expect(e.actors).toContain('antony-blinken');
});

test('/api/timeline answers CORS preflight', async ({ request }) => {
  const res = await request.fetch('/api/timeline', {
    method: 'OPTIONS',
    headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
  });
  expect(res.status()).toBe(204);
  expect(res.headers()['access-control-allow-origin']).toBe('*');
  expect(res.headers()['access-control-allow-methods']).toContain('GET');
});

test('/api/timeline: bad or unknown parameters are 400s naming the parameter', async ({ request }) => {
  for (const [q, param] of [
    ['start=2023-02-30', 'start'],
    ['actors=Not_A_Slug', 'actors'],
    ['colour=red', 'colour'],
  ] as const) {
    const res = await request.get(`/api/timeline?${q}`);
    expect(res.status(), q).toBe(400);
    const body = await res.json();
    expect(body.error.parameter).toBe(param);
    expect(typeof body.error.message).toBe('string');
  }
});

test('/api/oembed follows oEmbed 1.0', async ({ request, baseURL }) => {
  const page = `${baseURL}/?actors=antony-blinken`;
  const res = await request.get(`/api/oembed?url=${encodeURIComponent(page)}&format=json&maxwidth=600&maxheight=300`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const body = await res.json();
  expect(body).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'News Timeline', provider_url: `${baseURL}/` });
  expect(body.width).toBeLessThanOrEqual(600);
  expect(body.height).toBeLessThanOrEqual(300);
  expect(body.title).toBeTruthy();
  expect(body.html).toContain(`<iframe src="${baseURL}/embed?actors=antony-blinken"`);
  expect(body.html).toContain(`${baseURL}/embed.js`);

  const embedUrl = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/embed`)}`);
  expect(embedUrl.status()).toBe(200);

  expect((await request.get('/api/oembed?url=https%3A%2F%2Fexample.org%2F')).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/api/timeline`)}`)).status()).toBe(404);
  expect((await request.get(`/api/oembed?url=${encodeURIComponent(page)}&format=xml`)).status()).toBe(501);
  const missing = await request.get('/api/oembed');
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.parameter).toBe('url');
});

test('the full page carries the oEmbed discovery link server-side', async ({ request, baseURL }) => {
  const html = await (await request.get('/?actors=antony-blinken')).text();
  const link = html.match(/<link[^>]+type="application\/json\+oembed"[^>]*>/)?.[0];
  expect(link, 'discovery <link> in the served HTML').toBeTruthy();
  const href = link!.match(/href="([^"]+)"/)![1]!.replaceAll('&amp;', '&');
  expect(href.startsWith(`${baseURL}/api/oembed?url=`)).toBe(true);
  const res = await request.get(href);
  expect(res.status()).toBe(200);
  expect((await res.json()).html).toContain('actors=antony-blinken');
});
