import { expect, test } from '@playwright/test';
import { SCENARIOS } from '../lib/practice/scenarios';

const crumb = SCENARIOS.find((s) => s.id === 'crumb-black-friday-system')!;

test('a full mock interview: phases on their own clocks, notes survive a reload, the follow-up arrives, then the reference outline', async ({ page }) => {
  await page.clock.install();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    // the in-app link guard: stay; the reload prompt: go ahead
    void (d.type() === 'confirm' ? d.dismiss() : d.accept());
  });
  await page.goto('/practice/mock');
  await page.getByRole('button', { name: /Crumb & Co on Black Friday: the whole system/ }).click();
  await expect(page.getByRole('heading', { name: `“${crumb.prompt}”` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Phase 1 of 5: Clarify' })).toBeVisible();
  await page.getByLabel(/Notes for Clarify/).fill('Browse vs checkout 95:5? Peak 1,500 req/s.');
  await page.clock.fastForward('04:00');
  await expect(page.getByRole('timer', { name: /^Clarify: 04:0\d of 5 minutes$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Next: Estimate' }).click();
  await expect(page.getByRole('heading', { name: 'Phase 2 of 5: Estimate' })).toBeVisible();
  await expect(page.getByRole('timer', { name: /^Estimate: 00:0\d of 5 minutes$/ })).toBeVisible();
  await page.getByLabel(/Notes for Estimate/).fill('1,500 / 70 = 22 servers, 23 with N+1');
  await page.clock.fastForward('03:00');

  // an in-app link asks first; staying keeps the interview
  await page.getByRole('link', { name: 'Practice', exact: true }).first().click();
  await expect.poll(() => dialogs.includes('confirm')).toBe(true);
  await expect(page).toHaveURL(/\/practice\/mock$/);

  // reload mid-interview: the browser asks, then everything is still there
  await page.reload();
  await expect.poll(() => dialogs.includes('beforeunload')).toBe(true);
  await expect(page.getByRole('heading', { name: 'Phase 2 of 5: Estimate' })).toBeVisible();
  await expect(page.getByLabel(/Notes for Estimate/)).toHaveValue('1,500 / 70 = 22 servers, 23 with N+1');
  await expect(page.getByRole('timer', { name: /^Estimate: 03:0\d of 5 minutes$/ })).toBeVisible();
  await page.getByRole('button', { name: 'Previous phase' }).click();
  await expect(page.getByLabel(/Notes for Clarify/)).toHaveValue('Browse vs checkout 95:5? Peak 1,500 req/s.');
  await page.getByRole('button', { name: 'Next: Estimate' }).click();

  // the interviewer's follow-up at its minute
  await expect(page.getByText(crumb.followUp.text)).toBeHidden();
  await page.getByRole('button', { name: 'Next: High-level design' }).click();
  await page.clock.fastForward(`${crumb.followUp.atMin}:00`);
  const followUp = page.getByRole('alert').filter({ hasText: 'The interviewer interrupts' });
  await expect(followUp).toContainText(crumb.followUp.text);
  await page.getByLabel(/Notes for High-level design/).fill('Promoted replica 2 s behind: ~150 orders; reconcile from payments.');
  await page.getByRole('button', { name: 'Next: Deep dive' }).click();
  await page.getByRole('button', { name: 'Next: Trade-offs' }).click();
  await expect(page.getByRole('link', { name: /whole-system whiteboard/ })).toHaveAttribute('href', '/playground/system');
  await page.getByRole('button', { name: 'Finish and score' }).click();

  for (const group of await page.getByRole('group').filter({ has: page.getByRole('radio') }).all()) await group.getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Save the result' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved: 18 of 24.' })).toBeVisible();
  const outline = page.getByRole('region', { name: 'Reference outline: what a strong answer covers' });
  await expect(outline).toContainText(crumb.cues.estimate);
  await expect(outline).toContainText(crumb.followUp.strongAnswer);
  await expect(page.getByRole('heading', { name: 'Trend per criterion (your first attempt)' })).toBeVisible();
  await expect(outline.getByRole('link', { name: /whole-system whiteboard/ })).toHaveAttribute('href', '/playground/system');
  await expect(outline.getByRole('link', { name: 'Chapter 4: Asynchronism' })).toHaveAttribute('href', '/learn/asynchronism');
  await expect(page.getByRole('list', { name: 'Rubric trends' })).toContainText('Handling the follow-up');

  // scored: nothing left to resume, no more prompts
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pick a scenario' })).toBeVisible();
  await expect(page.getByRole('cell', { name: crumb.title })).toBeVisible();
});

test('the interview page fits a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  page.on('dialog', (d) => void d.accept());
  await page.goto('/practice/mock');
  await page.getByRole('button', { name: /Sessions break on the second server/ }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // every phase name is shown whole (wrapped, not cut to 'Estim…')
  const phases = page.getByRole('list', { name: 'Interview phases' }).getByRole('listitem');
  await expect(phases).toHaveText([/^Clarify/, /^Estimate/, /^High-level design/, /^Deep dive/, /^Trade-offs/]);
  for (const li of await phases.all()) expect(await li.evaluate((e) => e.scrollWidth <= e.clientWidth && getComputedStyle(e.firstElementChild!).textOverflow !== 'ellipsis')).toBe(true);
});
