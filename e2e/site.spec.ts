import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test('a 7,000-character bad value in a share link gives a notice that fits the phone screen', async ({ page }) => {
  await page.goto(`/playground/queue?queue.workers=${'9'.repeat(7000)}`);
  // The simulation is up (its run status shows) before the notice is read and dismissed.
  await expect(page.getByRole('status', { name: 'Run status' })).toBeVisible();
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  const notice = page.getByRole('alert').filter({ has: dismiss });
  await expect(notice).toContainText('workers');
  await expect(notice).toContainText(/7,\d{3} characters/);
  const box = (await notice.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await expect(dismiss).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(async () => {
    await dismiss.tap();
    await expect(notice).toHaveCount(0, { timeout: 1_000 });
  }).toPass();
});

test('"Download the old data" says so when the backup is no longer there', async ({ page }) => {
  await page.goto('/progress');
  await page.evaluate(() => localStorage.setItem('prepup-progress', '{"app":"prepup-progress",'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress was set aside' });
  await expect(notice).toBeVisible();
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('prepup-progress-backup-')) localStorage.removeItem(key);
  });
  await notice.getByRole('button', { name: 'Download the old data' }).tap();
  await expect(notice.getByRole('status')).toContainText('nothing to download');
});

test('import leaves out what cannot come from this course and says what', async ({ page }) => {
  await page.goto('/progress');
  const T = '2026-01-01T00:00:00.000Z';
  const state = {
    chaptersRead: { clones: T },
    simsExplored: {},
    predictions: {},
    cards: { 'no-such-question': { due: T, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 1, lapses: 0, state: 1 } },
    mockHistory: [{ id: 'm', scenarioId: 'second-server-sessions', at: '2099-01-01T00:00:00.000Z', elapsedSec: 999_999_999_960, stepsDone: [], scores: {} }],
    challenges: { 'survive-a-failure': { stars: 3, cost: 0, values: { servers: 8, serverSpeeds: 1 }, at: T } },
  };
  const buffer = Buffer.from(JSON.stringify({ app: 'prepup-progress', version: 2, state }));
  await page.getByLabel('Import progress').setInputFiles({ name: 'forged.json', mimeType: 'application/json', buffer });
  const status = page.getByRole('status').filter({ hasText: /^Imported “forged.json”/ });
  await expect(status).toContainText('Left out 3 entries');
  await expect(status).toContainText('no-such-question');
  await expect(status).toContainText('3 stars at $0');
  await expect(status).toContainText('2099');
  await expect(page.getByText(/^\d of \d+$/).first()).toHaveText(/^1 of/);
});

test('a question-bank search with no result says so instead of showing an empty heading', async ({ page }) => {
  await page.goto('/practice');
  await page.getByRole('searchbox').fill('zzqxjvw');
  await expect(page.getByText('No question matches. Try fewer words or clear a filter.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Best matches first' })).toHaveCount(0);
});
