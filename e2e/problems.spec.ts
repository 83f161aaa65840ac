import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// The URL shortener: its designs are the problem's own files, so the test builds what a candidate would.
const dir = path.join(process.cwd(), 'content/problems/url-shortener');
const referenceJson = fs.readFileSync(path.join(dir, 'reference.json'), 'utf8');
const asyncJson = fs.readFileSync(path.join(dir, 'async-replicas.json'), 'utf8');

/** The page's phase buttons ("3. Design"). */
const phase = (page: Page, name: string) => page.getByRole('navigation', { name: 'Interview phases' }).getByRole('button', { name: new RegExp(`^\\d\\. ${name}$`) });

/** Clarify, estimate (checked), build the reference on the board, grade it, compare with the reference. */
async function solve(page: Page) {
  await page.goto('/practice/problems/url-shortener');
  // clarify: an answer appears when its question is opened
  await page.getByText('Ask: “How many links are created, and how many clicks are there?”').click();
  await expect(page.getByText(/About 5 million new links a day/)).toBeVisible();

  // estimate: typed numbers checked within tolerance, then the worked steps
  await phase(page, 'Estimate').click();
  await page.getByLabel(/How many redirects per second must the service carry/).fill('2k');
  await page.getByLabel(/How many base-62 characters/).fill('7');
  await page.getByRole('button', { name: 'Check my numbers' }).click();
  await expect(page.getByText(/✓ Within tolerance .* The answer is 1,970 req\/s\./)).toBeVisible();
  await expect(page.getByText(/✗ .* The answer is 6 characters\./)).toBeVisible();
  await expect(page.getByText(/Six characters hold 62⁶, enough three times over/)).toBeVisible();

  // build: the design on the board, validated as it is typed
  await phase(page, 'Design').click();
  const board = page.getByLabel('Design (JSON)');
  await board.fill(asyncJson.replace('"replicas": 2', '"replicas": 0'));
  await expect(page.getByRole('alert').filter({ hasText: 'Not gradable yet' })).toContainText("'open a short link' step 4 reads from a replica, but 'Links database' has no read replicas");
  await board.fill(referenceJson);
  await expect(page.getByRole('alert').filter({ hasText: 'Not gradable yet' })).toHaveCount(0);
  await expect(page.getByText('Link cache (Cache): 1 node × 100,000 entries, LRU')).toBeVisible();

  // grade: every scenario × seed in the worker, with progress, then each goal with its number
  await phase(page, 'Grade').click();
  await page.getByRole('button', { name: 'Grade my design' }).click();
  await expect(page.getByRole('heading', { name: 'Your design: 6 of 6 goals met' })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/^'open a short link' p99 \d+(\.\d)? ms in '.+' \(goal 60 ms\), worst of 6 runs/)).toBeVisible();
  await expect(page.getByText(/^0 confirmed writes lost in 'The primary dies at the peak' \(goal at most 0 writes\)/)).toBeVisible();

  // compare: the reference beside it on the same runs, its write-up and the rubric
  await phase(page, 'Compare').click();
  const table = page.getByRole('table', { name: /Worst value over the same runs for both designs/ });
  await expect(table.getByRole('row', { name: /Redirect p99 at peak/ })).toContainText(/✓ \d+(\.\d)? ms.*✓ \d+(\.\d)? ms/);
  await expect(page.getByRole('heading', { name: 'The shape of the problem' })).toBeVisible();
  await page.getByRole('checkbox', { name: /Turns 100 million redirects a day into about 2,000 a second/ }).check();
  await expect(page.getByText(/Tick what you said out loud: 1 of 8/)).toBeVisible();
}

test('solve the URL shortener on a laptop: estimate, build, grade, compare with the reference', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await solve(page);
  await expectNoAxeViolations(page);
  // the best grade shows in the practice list, and survives a reload
  await page.goto('/practice');
  await expect(page.getByRole('listitem').filter({ hasText: 'Design a URL shortener' })).toContainText('Best: 6 of 6 goals met');
});

test('solve the URL shortener on a phone, nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await solve(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // the board keeps the design across a reload
  await page.reload();
  await phase(page, 'Design').click();
  await expect(page.getByText('Link cache (Cache): 1 node × 100,000 entries, LRU')).toBeVisible();
});

test('a grade can be cancelled, and nothing is saved', async ({ page }) => {
  await page.goto('/practice/problems/news-feed');
  await phase(page, 'Grade').click();
  await page.getByRole('button', { name: 'Grade my design' }).click();
  await page.getByRole('button', { name: 'Cancel the grading' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Grading cancelled: nothing was saved.' })).toBeVisible();
  await page.goto('/practice');
  await expect(page.getByRole('listitem').filter({ hasText: 'Design a news feed' })).toContainText('6 goals, graded on the engine');
});

test('a mock interview whose follow-up kills the primary of the candidate’s own design and reports the lost commits', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.goto('/practice/mock');
  await page.getByRole('link', { name: /Design a URL shortener/ }).click();
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  await expect(page.getByRole('heading', { name: 'Phase 1 of 5: Clarify' })).toBeVisible();
  await expect(page.getByText(/of 45:00/)).toBeVisible();
  await page.getByRole('button', { name: 'Next: Estimate' }).click();
  await page.getByRole('button', { name: 'Next: High-level design' }).click();
  // the candidate draws asynchronous replicas on the whiteboard
  await page.getByLabel('Design (JSON)').fill(asyncJson);
  await expect(page.getByText('Links database (Database): M (2× speed), 2 replicas (asynchronous)')).toBeVisible();
  await page.getByRole('button', { name: /I’m done with the design: ask me the follow-ups/ }).click();

  // the chain: numbers first, then the fault on the candidate's own design
  await expect(page.getByText('Follow-up 1 of 4 · the numbers')).toBeVisible();
  await page.getByLabel('Your answer').fill('The app tier breaks first: about 42 busy workers.');
  await page.getByRole('button', { name: 'Next follow-up' }).click();
  await expect(page.getByRole('heading', { name: /The primary just died in the evening peak/ })).toBeVisible();
  await page.getByRole('button', { name: 'Run it on my design' }).click();
  const measured = page.getByText(/^[1-9]\d* confirmed writes? lost in 'Primary fails at the peak' \(goal at most 0 writes\): the database confirms a write before any replica has it/);
  await expect(measured).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Show a strong answer' }).click();
  await expect(page.getByText(/100 a second × 0.05 s ≈ 5 links/)).toBeVisible();

  // a reload keeps the interview, the follow-up and its measured evidence
  await page.reload();
  await expect(page.getByRole('heading', { name: /The primary just died in the evening peak/ })).toBeVisible();
  await expect(measured).toBeVisible();

  await page.getByRole('button', { name: 'Finish and score' }).click();
  await expect(page.getByRole('heading', { name: /Your design: \d of 6 goals met/ })).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/Measured, not met: [1-9]\d* confirmed writes? lost/)).toBeVisible();
  await page.getByRole('checkbox', { name: /Says how many confirmed links a primary failure loses/ }).check();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved: 1 of 8 points said, and your design met 5 of 6 goals/ })).toBeVisible();
  await page.goto('/practice/mock');
  await expect(page.getByRole('cell', { name: 'Design a URL shortener' })).toBeVisible();
});

test('progress export and import keep a graded problem', async ({ page }) => {
  await page.goto('/practice/problems/url-shortener');
  await phase(page, 'Design').click();
  await page.getByLabel('Design (JSON)').fill(referenceJson);
  await phase(page, 'Grade').click();
  await page.getByRole('button', { name: 'Grade my design' }).click();
  await expect(page.getByRole('heading', { name: 'Your design: 6 of 6 goals met' })).toBeVisible({ timeout: 120_000 });

  await page.goto('/progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8')) as { state: { problems: Record<string, { best?: { passed: number } }> } };
  expect(exported.state.problems['url-shortener']?.best?.passed).toBe(6);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, reset everything' }).click();
  await page.goto('/practice');
  await expect(page.getByRole('listitem').filter({ hasText: 'Design a URL shortener' })).toContainText('6 goals, graded on the engine');

  await page.goto('/progress');
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByText(/Imported/)).toBeVisible();
  await page.goto('/practice');
  await expect(page.getByRole('listitem').filter({ hasText: 'Design a URL shortener' })).toContainText('Best: 6 of 6 goals met');
});
