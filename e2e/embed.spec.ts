/**
 * /embed on another origin: the host page (e2e/host/index.html, served by e2e/host-server.mjs on
 * E2E_HOST_PORT) frames the embed with the snippet and embed.js.
 */
import { expect, test } from '@playwright/test';

const HOST = `http://127.0.0.1:${Number(process.env.E2E_HOST_PORT ?? 3101)}`;

test('the embed draws inside a cross-origin iframe, grows to fit, applies the filter, links back', async ({ page, context, request }) => {
  const api = await request.get('/api/timeline?actors=antony-blinken');
  expect(api.status()).toBe(200);
  const events = ((await api.json()) as { events: { actors: string[] }[] }).events;
  expect(events.length, 'the corpus has events involving antony-blinken').toBeGreaterThan(0);

  // The host page frames the embed at a fixed 200px; embed.js then resizes it.
  const hostHtml = await (await request.get(`${HOST}/`)).text();
  expect(hostHtml).toMatch(/<iframe id="nt"[^>]+height="200"/);
  await page.goto(`${HOST}/`);
  const iframe = page.locator('iframe#nt');
  const frame = page.frameLocator('iframe#nt');

  // The timeline draws inside the frame.
  await expect(frame.locator('[data-testid="embed-summary"]')).toBeVisible();
  await expect(frame.locator('.vis-timeline').first()).toBeVisible();
  await expect(frame.locator('.vis-item').first()).toBeAttached();

  // embed.js sets the iframe's height to the posted content height.
  await expect.poll(async () => iframe.getAttribute('data-news-timeline-height')).not.toBeNull();
  const posted = Number(await iframe.getAttribute('data-news-timeline-height'));
  expect(posted).not.toBe(200);
  const box = await iframe.boundingBox();
  expect(Math.abs((box?.height ?? 0) - posted)).toBeLessThanOrEqual(2);
  const contentHeight = await frame.locator('#nt-embed-root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs(contentHeight - posted)).toBeLessThanOrEqual(2);

  // The actor filter from the iframe URL applies: every listed event involves antony-blinken.
  const items = frame.locator('[data-testid="embed-event-list"] li');
  await expect(items).toHaveCount(events.length);
  for (const actors of await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-actors') ?? ''))) {
    expect(actors.split(' ')).toContain('antony-blinken');
  }
  for (const e of events) expect(e.actors).toContain('antony-blinken');

  // The attribution opens the full page, filter included, in a new tab.
  const link = frame.locator('[data-testid="embed-attribution"]');
  await expect(link).toHaveAttribute('target', '_blank');
  const [popup] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await popup.waitForLoadState('domcontentloaded');
  const url = new URL(popup.url());
  expect(url.pathname).toBe('/');
  expect(url.searchParams.get('actors')).toBe('antony-blinken');
  await expect(popup.locator('h1').first()).toBeVisible();
});

test('the same host page cannot frame the full page', async ({ page, request, baseURL }) => {
  const res = await request.get('/');
  expect(res.headers()['x-frame-options']).toBe('DENY');
  expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");

  await page.goto(`${HOST}/frame-root.html`);
  await page.waitForTimeout(1500);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  // Blocked: the frame never holds the app's document.
  const content = await frame?.evaluate(() => document.querySelector('[data-testid="corpus-summary"]') !== null).catch(() => false);
  expect(content ?? false).toBe(false);
  // Chromium replaces a refused frame with its error page (chrome-error://…), never the app.
  expect(frame?.url() ?? '').not.toContain(new URL(baseURL!).host);
  await expect(page.frameLocator('iframe#root').locator('[data-testid="corpus-summary"]')).toHaveCount(0);
});

test('the embed may be framed anywhere and carries a CSP', async ({ request }) => {
  const res = await request.get('/embed');
  expect(res.status()).toBe(200);
  const csp = res.headers()['content-security-policy'] ?? '';
  expect(csp).toContain('frame-ancestors *');
  expect(csp).toContain("object-src 'none'");
  expect(res.headers()['x-frame-options']).toBeUndefined();
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  const html = await res.text();
  expect(html).toMatch(/<link[^>]+rel="alternate"[^>]+type="application\/json\+oembed"|<link[^>]+type="application\/json\+oembed"[^>]+rel="alternate"/);
});

test('invalid and unknown embed parameters are ignored with a polite notice', async ({ page }) => {
  const res = await page.goto('/embed?theme=purple&height=5&bogus=1&actors=antony-blinken');
  expect(res?.status()).toBe(200);
  const notices = page.locator('[data-testid="embed-notices"]');
  await expect(notices).toHaveAttribute('role', 'status');
  await expect(notices).toContainText('theme');
  await expect(notices).toContainText('height');
  await expect(notices).toContainText('bogus');
  await expect(page.locator('[data-testid="embed-attribution"]')).toHaveAttribute('href', '/?actors=antony-blinken');
});
