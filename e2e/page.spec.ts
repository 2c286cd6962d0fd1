import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const seed = JSON.parse(readFileSync(path.resolve(__dirname, '../../shared/fixtures/seed-events.json'), 'utf8')) as {
  events: { id: string; datedInText: boolean; interval: { start: string } | null }[];
};

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

async function ready(page: Page) {
  await expect(page.locator('[data-testid=timeline-canvas][data-ready]')).toBeVisible();
}

async function listIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid=event-list] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id') ?? ''));
}

test('the seed timeline shows every dated seed event, in the list and on the canvas', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  const starts = await page.locator('[data-testid=event-list] > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-start')));
  for (const e of seed.events.filter((x) => x.datedInText && x.interval)) {
    expect(starts, `seed event ${e.id}`).toContain(e.interval!.start);
  }
  // The list view and the timeline agree: every list event is on the canvas (as an item or inside a cluster).
  const ids = await listIds(page);
  expect(ids.length).toBeGreaterThan(0);
  const drawn = await page.locator('.nt-item-label').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.eventId));
  const clustered = await page.locator('.vis-item.vis-cluster').evaluateAll((els) =>
    els.reduce((n, e) => n + (Number(e.textContent?.trim()) || 0), 0),
  );
  const missing = ids.filter((id) => !drawn.includes(id));
  expect(missing.length).toBeLessThanOrEqual(clustered);
  for (const id of drawn) expect(ids).toContain(id);
  await expect(page.getByTestId('corpus-summary')).toContainText(`${ids.length} events`);
  expect(errors).toEqual([]);
});

test('the actor filter narrows the events and round-trips through the URL', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/');
  await ready(page);
  const all = await listIds(page);
  await page.getByTestId('actor-filter').locator('summary').click();
  const box = page.getByTestId('actor-filter').getByRole('checkbox', { name: /Hamas/ }).first();
  const slug = await box.getAttribute('value');
  await box.check();
  await expect(page).toHaveURL(new RegExp(`[?&]actors=${slug}`));
  await expect.poll(async () => (await listIds(page)).length).toBeLessThan(all.length);
  const narrowed = await listIds(page);
  expect(narrowed.length).toBeGreaterThan(0);
  await ready(page);
  // Re-mounting the canvas leaves exactly one vis-timeline behind (no leftover DOM).
  await expect(page.locator('.vis-timeline')).toHaveCount(1);
  await page.reload();
  await ready(page);
  expect(await listIds(page)).toEqual(narrowed);
  await page.getByTestId('actor-filter').locator('summary').click();
  await expect(page.getByTestId('actor-filter').locator(`input[value="${slug}"]`)).toBeChecked();
  expect(errors).toEqual([]);
});

test('clicking an event shows its citations with working links; ?event= deep-links it', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const first = page.locator('[data-testid=event-list] > li').first();
  const id = await first.getAttribute('data-event-id');
  await first.locator('a[data-open-event]').click();
  const panel = page.getByTestId('event-panel');
  await expect(panel).toHaveAttribute('data-event-id', id!);
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  const citations = panel.getByTestId('citation');
  expect(await citations.count()).toBeGreaterThan(0);
  const links = panel.locator('a[target=_blank]');
  for (const a of await links.all()) {
    expect(await a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
  }
  await expect(panel.locator('mark').first()).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', id!);
  await page.getByRole('button', { name: /Close/ }).click();
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
});

test('conflicting and single-source events carry badges; conflicting quotes stand side by side', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const items = page.locator('[data-testid=event-list] > li');
  await expect(items.filter({ hasText: 'Single source' }).first()).toBeVisible();
  const conflicting = items.filter({ hasText: 'Sources conflict' });
  expect(await conflicting.count()).toBeGreaterThan(0);
  // Open each conflicting event: at least one conflict quotes two different publishers side by side.
  let sideBySide = 0;
  for (const li of await conflicting.all()) {
    await li.locator('a[data-open-event]').click();
    const box = page.getByTestId('event-panel').getByTestId('conflicts');
    await expect(box).toBeVisible();
    const publishers = await box.locator('blockquote > p:first-child').allTextContents();
    if (new Set(publishers).size >= 2) sideBySide++;
    await page.getByRole('button', { name: /Close/ }).click();
  }
  expect(sideBySide).toBeGreaterThan(0);
});

test('clicking an item on the canvas opens it', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const label = page.locator('.nt-item-label').first();
  const id = await label.getAttribute('data-event-id');
  await label.click();
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', id!);
});

test('keyboard: the canvas takes focus, n selects an event and Enter opens it', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  await page.getByTestId('timeline-canvas').focus();
  await page.keyboard.press('n');
  await page.keyboard.press('Enter');
  const first = await page.locator('[data-testid=event-list] > li').first().getAttribute('data-event-id');
  await expect(page.getByTestId('event-panel')).toHaveAttribute('data-event-id', first!);
  await expect(page.getByTestId('event-panel').locator('h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('event-panel')).toHaveCount(0);
  await expect(page.getByTestId('timeline-canvas')).toBeFocused();
});

test('narrow screens get the list as the main view', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/');
  await expect(page.getByTestId('timeline-region')).toBeHidden();
  await expect(page.getByTestId('event-list')).toBeVisible();
});

test('bad parameters are reported politely', async ({ page }) => {
  await page.goto('/?height=5&bogus=1');
  await expect(page.getByTestId('notices')).toContainText('height');
  await expect(page.getByTestId('notices')).toContainText('bogus');
});
