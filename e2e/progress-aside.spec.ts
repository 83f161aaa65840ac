import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';
import { fillStorage, progressEnvelope, savedProgress, setProgress } from './storage';

// Saved progress that cannot be read, and an interview whose scenario is gone, are never
// overwritten or deleted before a copy exists: with no room for the copy they stay where they are,
// the notice lives in memory, and nothing is saved over them until the learner downloads them or
// chooses to start fresh. Sizes against Chromium's real quota of 5 MiB characters per site.

/** Corrupt saved progress of about `chars` characters (JSON cut off mid-number). */
async function setCorrupt(page: Page, chars: number) {
  await page.evaluate((n) => localStorage.setItem('prepup-progress', `{"app":"prepup-progress","version":3,"state":${'9'.repeat(n)}`), chars);
}
const heldNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
const HELD_SAVE = 'Not saved: your earlier saved progress could not be read and there is no room to keep a copy';

async function rateACard(page: Page) {
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByRole('status').filter({ hasText: /^Rated “Good”\.$/ })).toBeVisible();
}

test('corrupt progress of 2.5 MB (no room for a copy): held with a notice, a rating says not saved, the original survives until downloaded', async ({ page }) => {
  await page.goto('/practice/review');
  // 2.65 M characters: with its copy, more than the 5,242,880 the browser allows
  await setCorrupt(page, 2_650_000);
  const original = await savedProgress(page);
  await page.reload();
  const notice = heldNotice(page);
  await expect(notice).toContainText('no room for a copy, so it is left as it is and nothing you do here is saved over it until you download it or start fresh');
  await rateACard(page);
  await expect(page.getByRole('alert').filter({ hasText: HELD_SAVE })).toBeVisible();
  expect(await savedProgress(page)).toBe(original);
  await expectNoAxeViolations(page);

  // a reload finds it again and says so again; nothing was written over it
  await page.reload();
  await expect(notice).toBeVisible();
  expect(await savedProgress(page)).toBe(original);

  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the old data' }).click();
  expect(await readFile(await (await download).path(), 'utf8')).toBe(original);
  await expect(notice.getByRole('status')).toContainText('Your progress is saved again from now on (over the old data).');
  expect(JSON.parse((await savedProgress(page))!)).toMatchObject({ app: 'prepup-progress', version: 3 });
});

test('corrupt progress filling the whole quota (5 MB): the notice is shown from memory; "Start fresh" replaces it', async ({ page }) => {
  await page.goto('/progress');
  // As large as the quota allows: the key and the value fill it
  await page.evaluate(() => {
    for (let n = 5_242_880 - 'prepup-progress'.length - 50; ; n -= 1000) {
      try {
        localStorage.setItem('prepup-progress', `{"app":"prepup-progress","version":3,"state":${'9'.repeat(n)}`);
        return;
      } catch {
        // a little smaller
      }
    }
  });
  const original = await savedProgress(page);
  expect(original!.length).toBeGreaterThan(5_200_000);
  await page.reload();
  const notice = heldNotice(page);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Not reset: your earlier saved progress could not be read/ })).toBeVisible();
  expect(await savedProgress(page)).toBe(original);

  page.once('dialog', (d) => void d.accept());
  await notice.getByRole('button', { name: 'Start fresh…' }).click();
  await expect(notice).toHaveCount(0);
  expect(JSON.parse((await savedProgress(page))!)).toMatchObject({ app: 'prepup-progress', version: 3 });
});

test('corrupt progress of 50 kB with the storage full: a notice, and rating a card neither claims a schedule nor replaces it', async ({ page }) => {
  await page.goto('/practice/review');
  await setCorrupt(page, 50_000);
  await fillStorage(page);
  const original = await savedProgress(page);
  await page.reload();
  await expect(heldNotice(page)).toBeVisible();
  await rateACard(page);
  await expect(page.getByText(/back in/)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: HELD_SAVE })).toBeVisible();
  expect(await savedProgress(page)).toBe(original);
});

test('a lesson page says when it set corrupt progress aside', async ({ page }) => {
  // Set on a page that keeps no progress (a lesson saves its reading time on leaving)
  await page.goto('/glossary');
  await setCorrupt(page, 100);
  await page.goto('/learn/database');
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress was set aside' });
  await expect(notice).toContainText('A copy of the old data is kept in this browser');
  await expect(notice.getByRole('button', { name: 'Download the old data' })).toBeVisible();
  expect(await savedProgress(page)).toBeNull();
});

test('an interview in progress whose scenario is gone is kept aside with its notes and a notice, not deleted', async ({ page }) => {
  const draft = { scenarioId: 'retired-scenario', startedAt: '2026-01-01T10:00:00.000Z', phase: 1, phaseMs: { clarify: 60_000 }, runningSince: null, notes: { clarify: 'My notes on a retired scenario' }, followUpShown: false };
  await page.goto('/practice/mock');
  await setProgress(page, progressEnvelope({ mockDraft: draft }));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your interview in progress was set aside' });
  await expect(notice).toContainText('“retired-scenario”');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download the notes' }).click();
  expect(JSON.parse(await readFile(await (await download).path(), 'utf8')).notes).toEqual(draft.notes);
  await expect(page.getByRole('button', { name: 'Start a random scenario' })).toBeEnabled();
  expect(JSON.parse((await savedProgress(page))!).state.mockDraft).toBeNull();
  // the notice stays, across reloads, until dismissed
  await page.reload();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('an interview whose scenario is gone, with no room to keep it aside: kept as it is; a new one waits until it is deleted', async ({ page }) => {
  const draft = { scenarioId: 'retired-scenario', startedAt: '2026-01-01T10:00:00.000Z', phase: 0, phaseMs: {}, runningSince: null, notes: { clarify: 'x'.repeat(2_000) }, followUpShown: false };
  await page.goto('/practice/mock');
  await setProgress(page, progressEnvelope({ mockDraft: draft }));
  await fillStorage(page);
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your interview in progress could not be kept aside' });
  await expect(notice).toContainText('you cannot start another interview until then');
  await expect(page.getByRole('button', { name: 'Start a random scenario' })).toBeDisabled();
  expect(JSON.parse((await savedProgress(page))!).state.mockDraft).toEqual(draft);
  page.once('dialog', (d) => void d.accept());
  await notice.getByRole('button', { name: 'Delete it…' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start a random scenario' })).toBeEnabled();
  expect(JSON.parse((await savedProgress(page))!).state.mockDraft).toBeNull();
});

test('a lesson left open in another tab does not put back progress this tab saved since', async ({ page, context }) => {
  await page.goto('/learn/database');
  await expect(page.getByTestId('chapter-read').getByRole('button', { name: 'Mark chapter as read' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/learn/clones');
  const end = other.getByTestId('chapter-read');
  await end.getByRole('button', { name: 'Mark chapter as read' }).click();
  await expect(end.getByRole('status')).toContainText('✓ Chapter read');
  await page.waitForFunction(() => localStorage.getItem('prepup-progress')?.includes('"clones"'));
  // Leaving the first lesson saves its reading time: over what the other tab saved, not over an old copy.
  await page.goto('/glossary');
  await expect.poll(async () => JSON.parse((await savedProgress(page)) ?? '{}').state?.readingMs?.database ?? 0).toBeGreaterThan(0);
  await other.reload();
  await expect(end.getByRole('status')).toContainText('✓ Chapter read');
});
