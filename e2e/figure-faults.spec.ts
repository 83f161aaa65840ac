import { expect, test, type Locator, type Page } from '@playwright/test';

// Chapter 5's fault figures, run to the end of the day: what they show must be what the text
// under them reads (its numbers come from the same runs: lib/content/putting-it-together-numbers.test.ts).
test.use({ reducedMotion: 'reduce' });

async function finishedFigure(page: Page, id: string): Promise<Locator> {
  await page.goto('/learn/putting-it-together');
  await page.locator(`#figure-${id}`).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const fig = page.locator(`#figure-${id} > figure[data-live]`);
  await expect(fig).toBeAttached({ timeout: 30_000 });
  await fig.getByRole('button', { name: 'Skip', exact: true }).click();
  await fig.getByRole('combobox', { name: 'Speed' }).selectOption('100');
  await fig.getByRole('button', { name: 'Play' }).click();
  await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Finished', { timeout: 90_000 });
  return fig;
}

const tier = (fig: Locator, name: RegExp) => fig.getByRole('list', { name: 'Tiers, in the order requests pass them' }).getByRole('listitem', { name });

test('a clone dies at 19:00: the failures the text counts, survivors at their busiest, and no bottleneck badge on the autoscaled workers', async ({ page }) => {
  test.setTimeout(120_000);
  const fig = await finishedFigure(page, 'dead-clone');
  // "With least connections, 2,971 requests fail, 1.0% of the day"
  await expect(fig.getByRole('status', { name: 'Failed requests', exact: true })).toHaveText('2,971 requests');
  await expect(fig.getByRole('status', { name: 'Errors', exact: true })).toHaveText('1 %');
  // The finished diagram shows each tier's busiest interval (the top of the sale), not the idle midnight;
  // the clones, one of them down, carry the badge rather than the autoscaled email workers.
  await expect(fig.getByText('Day over:')).toBeVisible();
  await expect(tier(fig, /^App clones: 4 machines, 1 down, \d+(\.\d)? % busy at its busiest .*the bottleneck$/)).toBeVisible();
  await expect(tier(fig, /^Email workers: .*autoscaled$/)).toBeVisible();
  await expect(tier(fig, /the bottleneck/)).toHaveCount(1);
  await expect(tier(fig, /^Email workers.*the bottleneck/)).toHaveCount(0);
});

test('the primary fails at 19:30: failed checkouts and the confirmed orders lost', async ({ page }) => {
  test.setTimeout(120_000);
  const fig = await finishedFigure(page, 'primary-fails');
  // "Checkouts fail for the 10 seconds of the failover, 1,024 of them, and 20 orders … are gone"
  await expect(fig.getByRole('status', { name: 'Failed requests', exact: true })).toHaveText('1,024 requests');
  await expect(fig.getByRole('status', { name: 'Lost checkouts (failover)', exact: true })).toHaveText('20 commits');
});
