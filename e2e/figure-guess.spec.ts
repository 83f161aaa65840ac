import { expect, test, type Locator, type Page } from '@playwright/test';

// A numeric <Predict metric> locked in before a figure is marked on the chart that plots its metric.

/** Scrolls the nth figure into view and returns it once live (the server HTML it replaces can detach). */
async function liveFigure(page: Page, index = 0) {
  await page.locator('[data-sim]').nth(index).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const fig = page.locator('[data-sim]').nth(index).locator(':scope > figure[data-live]');
  await expect(fig).toBeAttached({ timeout: 30_000 });
  return fig;
}

async function lockIn(page: Page, guess: string) {
  await page.getByRole('spinbutton', { name: 'Your guess' }).first().fill(guess);
  await page.getByRole('button', { name: 'Lock in my prediction' }).first().click();
}

/** Pixels of the chart's canvas within a small distance of `hex` (the mark's colour). */
async function pixelsOf(chart: Locator, hex: string): Promise<number> {
  return chart.locator('canvas').evaluate((c, color) => {
    const canvas = c as HTMLCanvasElement;
    const want = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (want.every((v, k) => Math.abs(v - data[i + k]!) <= 6) && data[i + 3]! > 240) n++;
    return n;
  }, hex);
}

const hitChart = (fig: Locator) => fig.getByRole('img', { name: /^Hit rate since warm-up/ });

test.describe('the guess on the chart', () => {
  test.use({ reducedMotion: 'reduce' });

  test('no mark before the prediction; after lock-in the hit-rate chart marks 45 % and says so', async ({ page }) => {
    await page.goto('/learn/cache');
    const fig = await liveFigure(page, 0);
    const chart = hitChart(fig);
    await expect(chart).toBeVisible();
    await expect(chart).not.toHaveAttribute('data-guess');
    expect(await pixelsOf(chart, '#6d28d9')).toBe(0);
    await lockIn(page, '45');
    await expect(chart).toHaveAccessibleName(/; your guess 45 % is marked\.$/);
    await expect(chart).toHaveAttribute('data-guess', '45 %');
    await expect(chart).toHaveAttribute('data-guess-drawn', '45 %');
    await expect(fig.getByText('your guess (45 %)')).toBeVisible();
    expect(await pixelsOf(chart, '#6d28d9')).toBeGreaterThan(100);
  });

  test('a guess far above the data stays on the chart: the y range stretches to include it', async ({ page }) => {
    await page.goto('/learn/cache');
    await lockIn(page, '95');
    const fig = await liveFigure(page, 0);
    const chart = hitChart(fig);
    await expect(chart).toHaveAttribute('data-guess', '95 %');
    // Set only when the drawn line lies inside the plot area.
    await expect(chart).toHaveAttribute('data-guess-drawn', '95 %');
  });
});

test.describe('in the dark theme', () => {
  test.use({ reducedMotion: 'reduce', colorScheme: 'dark' });

  test('the mark is drawn in the light violet that reads on the dark background', async ({ page }) => {
    await page.goto('/learn/cache');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await lockIn(page, '45');
    const chart = hitChart(await liveFigure(page, 0));
    await expect(chart).toHaveAttribute('data-guess-drawn', '45 %');
    expect(await pixelsOf(chart, '#c4b5fd')).toBeGreaterThan(100);
  });
});
