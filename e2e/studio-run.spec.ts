import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

// Nothing autoplays; numbers come from Run to end (in the worker), never from wall-clock timing.
test.use({ reducedMotion: 'reduce' });

const VIEWPORTS = [
  { name: 'phone', use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } },
  { name: 'laptop', use: { viewport: { width: 1280, height: 800 } } },
] as const;

async function openStudio(page: Page, path = '/studio') {
  await page.goto(path);
  await expect(page.locator('[data-studio-ready="true"]')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

const status = (page: Page, name: string) => page.getByRole('status', { name, exact: true });

async function runToEnd(page: Page, press: (l: Locator) => Promise<void>) {
  await press(page.getByRole('button', { name: 'Run to end' }));
  await expect(status(page, 'Run status')).toHaveText('Finished', { timeout: 120_000 });
}

for (const vp of VIEWPORTS) {
  test.describe(vp.name, () => {
    test.use(vp.use);

    test('build three tiers, run, see the bottleneck named; add a cache and see it move; kill a machine and see errors by cause; the shared link replays the same run', async ({ page, browser }) => {
      test.setTimeout(300_000);
      const phone = vp.name === 'phone';
      const press = (l: Locator) => (phone ? l.tap() : l.click());
      const sheet = page.getByRole('region', { name: 'Selected component or arrow' });
      /** Closes the side sheet (phone: it slides down; laptop: back to the classes). */
      const done = () => press(sheet.getByRole('button', { name: phone ? 'Close' : '← Back to classes and paths' }));
      const open = (name: RegExp) => press(page.getByRole('list', { name: 'Components' }).getByRole('button', { name }));

      await openStudio(page);
      for (const name of ['Add Load balancer after Users', 'Add Service pool after Load balancer', 'Add Database after App servers']) await press(page.getByRole('button', { name }));
      await done();
      // a busier day, and reads that keep the database busy
      await open(/^Users/);
      await sheet.getByLabel('Peak traffic (req/s)').fill('1000');
      await done();
      await page.getByLabel('Step 3: time here (ms)').fill('12');
      await expect(page.getByRole('heading', { name: 'Ready to run' })).toBeVisible();

      await runToEnd(page, press);
      await expect(status(page, 'Bottleneck')).toContainText(/^Bottleneck: Database: \d+ % busy at the peak \([\d,]+ req\/s offered, [\d,]+ req\/s capacity\)/);
      await expect(page.locator('.react-flow__node[data-id="db"]')).toContainText('bottleneck');

      // a cache into the arrow from the app servers to the database: the reads hit it, the database rests
      await open(/^App servers/);
      await press(sheet.getByRole('button', { name: 'Select the arrow from App servers to Database' }));
      await expect(sheet.getByRole('heading', { name: 'Arrow from App servers to Database' })).toBeVisible();
      await press(page.getByRole('button', { name: 'Add Cache between App servers and Database' }));
      await done();
      await expect(page.getByRole('list', { name: 'Paths' })).toContainText('App servers (5 ms) → Cache (read) → Database (read, 12 ms)');
      await runToEnd(page, press);
      await expect(status(page, 'Bottleneck')).toContainText(/^Bottleneck: App servers: /);
      await expect(page.locator('.react-flow__node[data-id="app"]')).toContainText('bottleneck');

      if (!phone) {
        // before/after in one click: lane A the run without the cache, lane B with it, same random stream
        await page.getByRole('button', { name: 'Compare with the version you ran before' }).click();
        await expect(status(page, 'Run status')).toHaveText('Finished', { timeout: 120_000 });
        await expect(status(page, 'p99 latency, B minus A')).toContainText(/^−/);
        await page.getByRole('button', { name: 'Stop comparing' }).click();
      }

      // a machine dies at 00:36: the requests it held and those sent to it before the balancer noticed fail
      await press(page.getByRole('button', { name: 'Reset', exact: true }));
      for (let i = 0; i < 3; i++) await press(page.getByRole('button', { name: 'Step', exact: true }));
      await press(page.getByRole('button', { name: 'Kill machine 1 of App servers' }));
      await expect(page.getByRole('list', { name: 'Faults applied' })).toContainText('00:36 machine 1 of App servers killed');
      await runToEnd(page, press);
      const row = page.getByRole('row', { name: /^request / });
      await expect(row).toContainText(/machine down [\d,]+/);
      const p99 = await status(page, 'p99 latency').textContent();
      const errors = await status(page, 'Errors').textContent();
      const causes = await row.getByRole('cell').last().textContent();
      expect(p99).toMatch(/^[\d.,]+ ms$/);
      await expectNoAxeViolations(page);

      // the link, opened in a fresh browser context, replays the same run to the last digit
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await press(page.getByRole('button', { name: 'Copy link to this run' }));
      await expect(page.getByText('Link copied: it opens this design and replays this run, faults included.')).toBeVisible();
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/\/studio#d=[\w-]+$/);
      const fresh = await browser.newContext({ ...vp.use, reducedMotion: 'reduce' });
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(status(other, 'Run status')).toHaveText('Finished', { timeout: 120_000 });
      expect(await status(other, 'p99 latency').textContent()).toBe(p99);
      expect(await status(other, 'Errors').textContent()).toBe(errors);
      await expect(other.getByRole('row', { name: /^request / }).getByRole('cell').last()).toHaveText(causes ?? '');
      await expect(other.getByRole('list', { name: 'Faults applied' })).toContainText('00:36 machine 1 of App servers killed');
      await fresh.close();
    });
  });
}
