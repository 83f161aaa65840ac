import { expect, test, type Page } from '@playwright/test';
import { drillHref, fmt, getDrillTemplate, makeDrill } from '../lib/practice/drills';

/** The page is no wider than the phone it is on. */
async function fitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('a drill: type an estimate, see the grade and the worked solution; the link replays the numbers; results count in progress', async ({ page }) => {
  const drill = makeDrill(getDrillTemplate('peak-rps')!, 4242);
  await page.goto(drillHref(drill));
  await expect(page.getByRole('heading', { name: drill.prompt })).toBeVisible();
  await expect(page.getByText(/Graded within 20% of the answer/)).toBeVisible();

  const box = page.getByLabel(`Your estimate, in ${drill.unit}`);
  await box.fill('not a number');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Type a number, like 1200, 1.2k or 3e5.')).toBeVisible();

  // 15% high: inside the 20% tolerance
  await box.fill(String(Math.round(drill.answer * 1.15)));
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`^Within tolerance: .* the answer is ${fmt(drill.answer).replace(/[.,]/g, '\\$&')} req/s`) })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
  for (const step of drill.steps) await expect(page.getByText(step.text, { exact: false }).first()).toBeVisible();

  // the same link gives the same numbers after a reload
  await page.reload();
  await expect(page.getByRole('heading', { name: drill.prompt })).toBeVisible();

  // a guess 3× too high is outside
  await page.getByLabel(`Your estimate, in ${drill.unit}`).fill(`${(drill.answer * 3).toFixed(0)}`);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('heading', { name: /^Outside the tolerance: .*3× too high/ })).toBeVisible();

  // next drill: fresh numbers, a new address
  await page.getByRole('button', { name: 'Next drill' }).click();
  await expect(page).not.toHaveURL(new RegExp(`seed=${drill.seed}$`));
  await expect(page).toHaveURL(/\/practice\/estimate\?drill=[a-z-]+&seed=\d+$/);
  await expect(page.getByText('1 of 2 within tolerance.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Drills by topic' })).toHaveText('traffic: 1/2');

  await page.goto('/progress');
  await expect(page.getByText('1 of 2 right')).toBeVisible();
});

test('a bad drill link says so; a bare address draws a drill and puts it in the address', async ({ page }) => {
  await page.goto('/practice/estimate?drill=nope&seed=1');
  await expect(page.getByRole('alert').filter({ hasText: 'That drill link is not valid' })).toBeVisible();
  await page.goto('/practice/estimate');
  await expect(page).toHaveURL(/\?drill=[a-z-]+&seed=\d+$/);
  await expect(page.getByLabel(/^Your estimate, in /)).toBeVisible();
});

test('the drill page fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const drill = makeDrill(getDrillTemplate('cache-with-overhead')!, 7);
  await page.goto(drillHref(drill));
  await page.getByLabel(`Your estimate, in ${drill.unit}`).fill('1');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('heading', { name: 'Worked solution' })).toBeVisible();
  await fitsWidth(page, 390);
});

test('progress on a phone: no drills yet reads "none yet", and the next step is not cut off', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/progress');
  await expect(page.getByRole('definition').filter({ hasText: 'none yet' })).toBeVisible();
  const next = page.getByRole('link', { name: /^Read chapter/ });
  await expect(next).toBeVisible();
  const box = (await next.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

test('a ± drill on a percentage: graded in percentage points, and a near miss says by how much', async ({ page }) => {
  const drill = makeDrill(getDrillTemplate('serial-availability')!, 3);
  await page.goto(drillHref(drill));
  await expect(page.getByText('Graded within ±0.05 percentage points.')).toBeVisible();
  await page.getByLabel('Your estimate, in %').fill((drill.answer - 0.07).toFixed(4));
  await page.getByRole('button', { name: 'Check' }).click();
  const verdict = page.getByRole('heading', { name: /^Outside the tolerance/ });
  await expect(verdict).toContainText('(0.07 low)');
  await expect(verdict).not.toContainText('right on');
});
