import { expect, test, type Page } from '@playwright/test';
import { fmt } from '../lib/practice/drills';
import { getSimCard } from '../lib/practice/sim-cards';
import { chapters } from './helpers';

/**
 * Opens the review deck of a simulation card's chapter with every written question already learnt
 * and due in the far future, so the simulation card is the one shown; returns the card.
 */
async function openSimCard(page: Page, id: string) {
  const card = getSimCard(id)!;
  const chapter = chapters().find((c) => c.slug === card.chapter)!;
  const far = '2099-01-01T00:00:00.000Z';
  const cards = Object.fromEntries(chapter.frontmatter.questions.map((q) => [q.id, { due: far, stability: 100, difficulty: 5, elapsed_days: 0, scheduled_days: 100, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: '2026-01-01T00:00:00.000Z' }]));
  await page.addInitScript((state) => {
    if (!localStorage.getItem('prepup-progress')) localStorage.setItem('prepup-progress', JSON.stringify({ app: 'prepup-progress', version: 2, state }));
  }, { chaptersRead: {}, simsExplored: {}, predictions: {}, cards, mockHistory: [], challenges: {} });
  await page.goto(`/practice/review?chapter=${card.chapter}`);
  await expect(page.getByRole('heading', { name: card.question })).toBeVisible();
  return card;
}

test('a new learner sees 10 new cards today, not the whole bank; the limit is adjustable; stats count the reviews', async ({ page }) => {
  await page.goto('/practice');
  await expect(page.getByText('Up to 10 new cards today')).toBeVisible();
  await page.goto('/practice/review');
  const today = page.getByText(/^(\d+ reviews? due · up to \d+ new cards? today|Up to \d+ new cards? today|Nothing due)$/);
  await expect(today).toHaveText('Up to 10 new cards today');

  await page.getByLabel('New cards per day').fill('3');
  await expect(today).toHaveText('Up to 3 new cards today');
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Show the answer|Run the simulation/ }).click();
    await page.getByRole('button', { name: /Good/ }).click();
    await expect(page.getByText(`Reviewed this session: ${i}`)).toBeVisible();
  }
  await expect(today).toHaveText('Nothing due');
  await expect(page.getByRole('heading', { name: 'All caught up' })).toBeVisible();
  await expect(page.getByText(/new cards wait for the coming days \(3 new a day\)/)).toBeVisible();
  // the three learning cards, in the statistics
  const stats = page.getByRole('region', { name: 'Your reviews' });
  await expect(stats.getByRole('definition').nth(1)).toHaveText('3');
  await expect(stats.getByRole('row').last().getByRole('cell')).toHaveText('3');

  await page.reload();
  await expect(today).toHaveText('Nothing due');
  await expect(page.getByLabel('New cards per day')).toHaveValue('3');
});

test('a simulation card: guess a number, the engine measures it on a fixed seed and shows both', async ({ page }) => {
  const card = await openSimCard(page, 'sim-one-server-80');
  await page.getByLabel(`Your guess, in ${card.unit}`).fill('100');
  await page.getByRole('button', { name: /Run the simulation/ }).click();
  await expect(page.getByRole('heading', { name: 'Measured by the engine' })).toBeVisible();
  await expect(page.getByText('100 ms', { exact: true })).toBeVisible();
  await expect(page.getByText(`${fmt(card.measure())} ms`, { exact: true })).toBeVisible();
  await expect(page.getByText(/^Off: 2\.\d+× too low\.$/)).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('3');
  await expect(page.getByText('Reviewed this session: 1')).toBeVisible();
});

test('chapter 5’s simulation card runs the whole-system model: a guess by write rate × lag is close', async ({ page }) => {
  const card = await openSimCard(page, 'sim-failover-lost-orders');
  // 100 writes/s × 1 s, rounded down as a candidate might
  await page.getByLabel(`Your guess, in ${card.unit}`).fill('90');
  await page.getByRole('button', { name: /Run the simulation/ }).click();
  await expect(page.getByText('90 orders', { exact: true })).toBeVisible();
  await expect(page.getByText(`${fmt(card.measure())} orders`, { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Close: within ×\/÷ 1\.5/)).toBeVisible();
  // the playground is the design studio: it opens Crumb & Co at the card's setup (two replicas, the
  // primary failing at noon of a 600 s day), without a notice about the link
  const link = page.getByRole('link', { name: 'Explore this setup in the playground' });
  await expect(link).toHaveAttribute('href', /^\/playground\/system\?.*system\.primaryFailAtHour=12/);
  await link.click();
  await expect(page).toHaveURL(/\/playground\/system/);
  await expect(page.locator('[data-studio-ready="true"]')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Components' })).toContainText('Database primary (Database): M primary +2 replicas');
  await page.locator('summary', { hasText: 'Design settings' }).click();
  await expect(page.getByRole('spinbutton', { name: 'Length of the day (ms)' })).toHaveValue('600000');
  await expect(page.getByText('12:00 · the primary of Database primary fails')).toBeVisible();
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
});

test('the review page with its statistics fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/practice/review');
  await expect(page.getByRole('region', { name: 'Your reviews' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
