import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Opens the studio and waits until it has settled on its design and the canvas is interactive. */
async function openStudio(page: Page, path = '/studio') {
  await page.goto(path);
  await expect(page.locator('[data-studio-ready="true"]')).toBeVisible();
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

const outline = (page: Page) => page.getByRole('list', { name: 'Paths' });
const components = (page: Page) => page.getByRole('list', { name: 'Components' });

/** Nothing is wider than the viewport: not the page, not any panel of the studio. */
async function expectNothingWider(page: Page) {
  const { width, scroll, wide } = await page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wideOnes = [...document.querySelectorAll('[data-studio-ready] *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > vw + 1 || r.left < -1) && !el.closest('.react-flow__viewport');
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 40)}`);
    return { width: vw, scroll: document.documentElement.scrollWidth, wide: wideOnes.slice(0, 5) };
  });
  expect(scroll, 'page width').toBeLessThanOrEqual(width);
  expect(wide, 'panels wider than the viewport').toEqual([]);
}

test.describe('phone, taps only', () => {
  test.use(PHONE);

  test('a three-tier design from the palette with taps alone, then a deleted box comes back with Undo', async ({ page }) => {
    await openStudio(page);
    await page.getByRole('button', { name: 'Add Load balancer after Users' }).tap();
    // the new box is selected: its settings slide up from the bottom, and the next box goes after it
    const sheet = page.getByRole('region', { name: 'Selected component or arrow' });
    await expect(sheet.getByRole('heading', { name: /Load balancer/ })).toBeVisible();
    await page.getByRole('button', { name: 'Add Service pool after Load balancer' }).tap();
    await page.getByRole('button', { name: 'Add Database after App servers' }).tap();
    await expect(outline(page)).toContainText('request (100 %): Users → Load balancer → App servers (5 ms) → Database (read, 5 ms)');
    await sheet.getByRole('button', { name: 'Close' }).tap();
    await expect(page.getByRole('heading', { name: 'Ready to run' })).toBeVisible();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await expectNothingWider(page);

    // delete the app servers (from the sheet), see the problem it leaves, undo it
    await components(page).getByRole('button', { name: /^App servers/ }).tap();
    await sheet.getByRole('button', { name: 'Remove App servers' }).tap();
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await expect(page.getByRole('heading', { name: /problems? to fix/ })).toBeVisible();
    await expect(page.getByText("'request' step 1 is a load balancer, so the next step must be the service pool it spreads requests over").first()).toBeVisible();
    await page.getByRole('button', { name: 'Undo' }).tap();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await expect(outline(page)).toContainText('Load balancer → App servers (5 ms) → Database');
    await expect(page.getByRole('heading', { name: 'Ready to run' })).toBeVisible();
    await expectNothingWider(page);
    await expectNoAxeViolations(page);
  });
});

test.describe('laptop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('keyboard only: a two-component design, a box moved and removed with keys, Ctrl+Z', async ({ page }) => {
    await openStudio(page);
    await page.getByRole('button', { name: 'Add Service pool after Users' }).focus();
    await page.keyboard.press('Enter');
    const sheet = page.getByRole('region', { name: 'Selected component or arrow' });
    await expect(sheet.getByRole('heading', { name: /App servers/ })).toBeVisible();
    // two machines need a balancer; one does not
    await expect(sheet.getByText(/which has 2 machines, without a load balancer in front/)).toBeVisible();
    await sheet.getByRole('button', { name: 'Less machines' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ready to run' })).toBeHidden();
    await sheet.getByRole('button', { name: '← Back to classes and paths' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Ready to run' })).toBeVisible();
    await expect(outline(page)).toContainText('request (100 %): Users → App servers (5 ms)');

    // the canvas's boxes are keyboard-focusable: select, move with arrows, delete, undo
    const box = page.locator('.react-flow__node[data-id="app"]');
    await box.focus();
    await page.keyboard.press('Enter');
    await expect(sheet.getByRole('heading', { name: /App servers/ })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Tidy layout' })).toBeEnabled();
    await page.keyboard.press('Delete');
    await expect(page.locator('.react-flow__node')).toHaveCount(1);
    await page.keyboard.press('Control+z');
    await expect(page.locator('.react-flow__node')).toHaveCount(2);
    await expect(outline(page)).toContainText('Users → App servers (5 ms)');
    await expectNoAxeViolations(page);
  });

  test('export the JSON, change the design, import the file: the exported design is back, and a bad file is refused in words', async ({ page }, info) => {
    await openStudio(page);
    for (const name of ['Add Load balancer after Users', 'Add Service pool after Load balancer', 'Add Database after App servers']) await page.getByRole('button', { name }).click();
    await page.getByText('Files ▾').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    expect(download.suggestedFilename()).toBe('my-design.json');
    const file = info.outputPath('design.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { version: number; components: { id: string }[] };
    expect(saved.version).toBe(1);
    expect(saved.components.map((c) => c.id)).toEqual(['users', 'lb', 'app', 'db']);

    await components(page).getByRole('button', { name: /^Database/ }).click();
    await page.getByRole('button', { name: 'Remove Database' }).click();
    await expect(page.locator('.react-flow__node')).toHaveCount(3);
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(page.getByText('Imported “My design” from design.json.')).toBeVisible();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
    await expect(outline(page)).toContainText('→ Database (read, 5 ms)');

    await page.locator('input[type=file]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, version: 2 })) });
    await expect(page.getByRole('alert').filter({ hasText: '“other.json” was not opened, your design is unchanged: version must be 1 (the only design format version).' })).toBeVisible();
    await expect(page.locator('.react-flow__node')).toHaveCount(4);
  });
});
