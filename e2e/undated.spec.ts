import { expect, test } from '@playwright/test';

async function ready(page: import('@playwright/test').Page) {
  await expect(page.locator('[data-testid=timeline-canvas][data-ready]')).toBeVisible();
}

test('undated reports stay hidden until asked for, then sit at their publication dates, marked and explained', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto('/');
  await ready(page);
  const datedCount = await page.locator('[data-testid=event-list] > li').count();
  await expect(page.locator('.vis-item.nt-undated')).toHaveCount(0);

  const toggle = page.getByTestId('undated-filter').getByRole('checkbox');
  await toggle.check();
  await expect(page).toHaveURL(/[?&]undated=1/);
  await ready(page);
  await expect.poll(async () => page.locator('[data-testid=event-list] > li').count()).toBeGreaterThan(datedCount);
  await expect(page.getByTestId('corpus-summary')).toContainText(`${datedCount} events`);
  await expect(page.getByTestId('corpus-summary')).toContainText('undated report');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText('Undated report');

  // One of them, opened from the list: flagged, dated "Undated · reported …", no highlighted expression, the reason.
  const item = page.locator('[data-testid=event-list] > li').filter({ hasText: 'Undated · reported' }).first();
  await expect(item.locator('[data-flag=undated]')).toBeVisible();
  await item.getByRole('link', { name: /Citations and how the date was worked out/ }).click();
  const panel = page.getByTestId('event-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('No date in the text: placed at the article');
  await expect(panel.locator('mark')).toHaveCount(0);

  // On the canvas: drawn as undated items (some may be inside a cluster at this zoom).
  const drawn = await page.locator('.vis-item.nt-undated').count();
  const clustered = await page.locator('.vis-item.vis-cluster').count();
  expect(drawn + clustered).toBeGreaterThan(0);

  // The JSON keeps them apart unless asked.
  const plain = await (await page.request.get('/api/timeline')).json() as { events: { flags: string[] }[]; undated: unknown[] };
  expect(plain.events.some((e) => e.flags.includes('undated'))).toBe(false);
  expect(plain.undated.length).toBeGreaterThan(0);
  const asked = await (await page.request.get('/api/timeline?undated=1')).json() as { events: { flags: string[] }[] };
  expect(asked.events.filter((e) => e.flags.includes('undated'))).toHaveLength(plain.undated.length);
  expect((await page.request.get('/api/timeline?undated=maybe')).status()).toBe(400);
  expect(errors).toEqual([]);
});

test('the embed takes undated=1 too, and counts the reports apart', async ({ page }) => {
  await page.goto('/embed?undated=1');
  await expect(page.locator('[data-testid=timeline-canvas][data-ready]')).toBeVisible();
  await expect(page.getByTestId('embed-summary')).toContainText(/\+ \d+ undated/);
  await expect(page.getByTestId('embed-event-list').locator('li em', { hasText: 'Undated:' }).first()).toBeAttached();
});

