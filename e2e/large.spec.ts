import { expect, test } from '@playwright/test';

// A generated corpus of 250 articles (~600 events over ~50 years), served by its own app server
// (playwright.config.ts). Above WINDOWING_THRESHOLD events the canvas holds only what is near the
// window: per-bucket counts when zoomed out, the events themselves when zoomed in.
const LARGE = `http://127.0.0.1:${process.env.E2E_LARGE_PORT ?? 3103}`;

test('a large timeline is drawn as counted buckets, and zooming into one brings its events back', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${LARGE}/`);
  const canvas = page.locator('[data-testid=timeline-canvas][data-ready]');
  await expect(canvas).toBeVisible();
  const total = await page.locator('[data-testid=event-list] > li').count();
  expect(total).toBeGreaterThan(400);

  // Zoomed out: buckets with counts, far fewer DOM items than events.
  await expect(canvas).toHaveAttribute('data-held-mode', 'buckets');
  const buckets = page.locator('.vis-item.nt-bucket');
  expect(await buckets.count()).toBeGreaterThan(3);
  expect(await page.locator('.vis-item').count()).toBeLessThan(total / 4);
  const counts = await buckets.evaluateAll((els) => els.map((e) => Number(e.textContent?.trim())));
  expect(counts.every((n) => Number.isInteger(n) && n > 0)).toBe(true);
  await expect(page.getByText('Many events in a day, week or month: click to zoom in')).toBeVisible();

  // Clicking a bucket zooms to it; once the window settles its events are drawn.
  await buckets.nth(Math.floor((await buckets.count()) / 2)).click();
  await expect(canvas).toHaveAttribute('data-held-mode', 'items');
  const event = page.locator('.vis-item:not(.nt-bucket):not(.vis-cluster) .nt-item-label').first();
  await expect(event).toBeVisible();
  const id = await event.getAttribute('data-event-id');
  await event.click();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${id}`));
  await expect(page.getByRole('complementary', { name: 'Citations' })).toBeVisible();

  // "Fit all" goes back to the whole extent, drawn as buckets again.
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(canvas).toHaveAttribute('data-held-mode', 'buckets');
  expect(errors).toEqual([]);
});
