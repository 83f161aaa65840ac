import { expect, test, type Page } from '@playwright/test';

// Reduced motion: nothing autoplays, so sim time moves only when the test runs to the end.
test.use({ reducedMotion: 'reduce' });

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('status', { name: 'Run status' })).toBeVisible();
}

/** The notice under "Copy link": one list item per value, key or action not used as given. */
const notice = (page: Page) => page.getByRole('alert').filter({ hasText: 'Not used as given' });

test('a link with a clash, a typo and a key given twice: each is named in the learner’s words, the rest is used', async ({ page }) => {
  await open(page, '/playground/queue?queue.serviceDist=uniform&queue.workers=4&queue.requestss=5&queue.requests=30000&queue.requests=abc');
  const items = notice(page).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(notice(page)).toContainText('The link set “Service distribution” to “uniform”, which does not fit the other settings (“Service spread” must be at most 0.577');
  await expect(notice(page)).toContainText('The link’s “queue.requestss” is not a setting here (did you mean “Requests”, queue.requests?); ignored.');
  await expect(notice(page)).toContainText('The link gives “Requests” 2 times (“30000”, “abc”); using the first.');
  await expect(notice(page)).not.toContainText('serviceCv');
  // the values that fit are in use
  await expect(page.getByRole('slider', { name: 'Workers' })).toHaveValue('4');
  await expect(page.getByRole('slider', { name: 'Requests' })).toHaveValue('30000');
});

test('an action naming a server the setup lacks is dropped with a notice and leaves the link', async ({ page }) => {
  await open(page, '/playground/load-balancer?lb.act=kill99@5000,kill2@1e300,kill3@4000');
  await expect(notice(page)).toContainText('The link’s action “kill99@5000” names server 99, but this setup has 4 servers (1 to 4); dropped.');
  await expect(notice(page)).toContainText(/The link’s action “kill2@1e300” comes after the run ends \(at about [^)]+\); dropped\./);
  await page.getByRole('button', { name: 'Run to end' }).click();
  await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
  // the address (what "Copy link" and a reload give) keeps only the action that happened
  await expect.poll(() => new URL(page.url()).searchParams.get('lb.act')).toBe('kill3@4000');
});
