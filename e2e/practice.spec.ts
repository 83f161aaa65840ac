import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './helpers';

/** "Up to 10 new cards today" on the review page (a fresh learner has no reviews due), as a number. */
async function newOnReviewPage(page: Page): Promise<number> {
  const text = page.getByText(/^Up to \d+ new cards? today$/);
  await expect(text).toBeVisible();
  return Number((await text.textContent())!.split(' ')[2]);
}

/** The course map's chapter cards, and the one course-wide flashcard line above them. */
async function courseMap(page: Page) {
  await page.goto('/learn');
  const chapters = page.getByRole('list', { name: 'Chapters' }).getByRole('listitem');
  await expect(page.getByTestId('cards-today')).toContainText(/Flashcards: /);
  return { chapters, today: page.getByTestId('cards-today') };
}

test('review three cards with the keyboard only; the count of new cards today drops and survives a reload', async ({ page }) => {
  // A new learner: the new cards the day allows are told once; no chapter claims cards due.
  const fresh = await courseMap(page);
  await expect(fresh.today).toHaveText('Flashcards: Up to 10 new cards today');
  await expect(fresh.chapters.getByText(/cards? due/)).toHaveCount(0);

  await page.goto('/practice/review');
  const before = await newOnReviewPage(page);
  expect(before).toBe(10);
  for (let i = 1; i <= 3; i++) {
    await page.keyboard.press('Space');
    await expect(page.getByRole('heading', { name: 'Model answer' })).toBeVisible();
    await page.keyboard.press('3');
    await expect(page.getByText(`Reviewed this session: ${i}`)).toBeVisible();
  }
  await expect(page.getByRole('status').filter({ hasText: /Rated “Good”: back in/ })).toBeVisible();
  await expect(page.getByText(`Up to ${before - 3} new cards today`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Up to ${before - 3} new cards today`)).toBeVisible();
  await page.goto('/');
  await expect(page.getByTestId('home-cards-today')).toHaveText(`Up to ${before - 3} new cards today`);
  // The three cards are chapter 0's and are not due yet (back in minutes): chapter 0 says so, and
  // the chapters never opened say nothing about cards.
  const after = await courseMap(page);
  await expect(after.today).toHaveText(`Flashcards: Up to ${before - 3} new cards today`);
  await expect(after.chapters.first().getByText('No cards due')).toBeVisible();
  await expect(after.chapters.getByText(/cards? due/)).toHaveCount(1);
});

test('complete a challenge by setting its controls; the best result is kept', async ({ page }) => {
  await page.goto('/practice/challenges');
  const challenge = page.getByRole('article', { name: 'Serve 1,200 req/s with the fewest clones' });
  // every challenge's first check (thirteen × three seeds) queues in one worker: on a busy machine
  // this one's, and the check of the new setting after it, can take longer than an assertion's 10 s
  await expect(challenge.getByText(/Not yet: \d of 2 goals met/)).toBeVisible({ timeout: 60_000 });
  const servers = challenge.getByRole('slider', { name: 'Servers' });
  await servers.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(servers).toHaveValue('6');
  await challenge.getByLabel('Algorithm').selectOption({ label: 'least connections' });
  await expect(challenge.getByText('Passed: ★★★ 3 of 3 stars at 6.')).toBeVisible({ timeout: 60_000 });
  await expect(challenge.getByText(/Your best:.*at 6/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('article', { name: 'Serve 1,200 req/s with the fewest clones' }).getByText(/Your best:.*at 6/)).toBeVisible();
});

test('export, reset and import restore progress; a bad file is refused with a message', async ({ page }) => {
  await page.goto('/progress');
  await page.evaluate(() =>
    localStorage.setItem(
      'prepup-progress',
      JSON.stringify({ app: 'prepup-progress', version: 2, state: { chaptersRead: { clones: '2026-01-01T00:00:00.000Z' }, simsExplored: {}, predictions: {}, cards: {}, mockHistory: [], challenges: {} } }),
    ),
  );
  await page.reload();
  const chaptersRead = page.getByText(/^\d of \d+$/).first();
  await expect(chaptersRead).toHaveText(/^1 of/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Progress reset.' })).toBeVisible();
  await expect(chaptersRead).toHaveText(/^0 of/);

  const input = page.getByLabel('Import progress');
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await expect(page.getByText('Could not import “bad.json”: it is not valid JSON. Your current progress is unchanged.')).toBeVisible();
  await input.setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: /^Imported/ })).toBeVisible();
  await expect(chaptersRead).toHaveText(/^1 of/);
});

test('corrupt saved progress is set aside with a notice, never a broken page', async ({ page }) => {
  await page.goto('/practice');
  await page.evaluate(() => localStorage.setItem('prepup-progress', '{"app":"prepup-progress",'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress was set aside' });
  await expect(notice).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Interview practice', level: 1 })).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question bank' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'set aside' })).toBeHidden();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the practice pages (${theme})`, async ({ page }) => {
    await useTheme(page, theme);
    test.slow(); // six pages, two of them running simulations in a worker, each checked by axe
    // leaving an interview in progress asks first (beforeunload): go ahead
    page.on('dialog', (d) => void d.accept());
    await page.goto('/practice');
    await expect(page.getByText(/\d+ new cards? today/).first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/practice/review');
    await page.getByRole('button', { name: /Show the answer/ }).click();
    await expect(page.getByRole('button', { name: /Good/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/practice/mock');
    await page.getByRole('button', { name: 'Start a random scenario' }).click();
    await expect(page.getByRole('timer')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Finish and score' }).click();
    await expect(page.getByRole('button', { name: 'Save the result' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/practice/estimate?drill=workers-littles-law&seed=3');
    await page.getByLabel(/^Your estimate, in/).fill('12');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/practice/challenges');
    // every challenge has finished its first run (none still "running")
    // (thirteen challenges × three seeds queue up in one worker: allow them time on a busy machine)
    await expect(page.getByText(/Not yet: \d of \d goals met/)).toHaveCount(await page.getByRole('article').count(), { timeout: 60_000 });
    await expectNoAxeViolations(page);

    await page.goto('/progress');
    await expect(page.getByText(/^\d+ of \d+$/).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
