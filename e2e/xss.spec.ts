import { expect, test } from '@playwright/test';

const XSS = `http://127.0.0.1:${process.env.E2E_XSS_PORT ?? 3102}`;

test('article text with HTML is shown literally and never runs', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`${XSS}/`);
  await expect(page.locator('[data-testid=timeline-canvas][data-ready]')).toBeVisible();
  const body = await page.locator('main').innerText();
  expect(body).toMatch(/<img src=x onerror=alert\(1\)>|<script>/);
  // Open every event's citations too.
  for (const a of await page.locator('a[data-open-event]').all()) {
    await a.click();
    await page.getByRole('button', { name: /Close/ }).click();
  }
  await expect(page.locator('img[src=x]')).toHaveCount(0);
  await expect(page.locator('main script')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
