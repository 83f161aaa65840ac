import { expect, test, type Locator, type Page } from '@playwright/test';
import { STATIC_ROUTES } from '../lib/content/routes';
import { chapters, expectNoAxeViolations } from './helpers';

// Lesson figures: server-rendered, sized to content, gated by predictions, driven by <Try>.
const lessons = chapters().map((c) => `/learn/${c.slug}`);
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** Sums layout shifts not caused by input, from the first paint on. */
async function trackCls(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Scrolls down a screen at a time, letting each figure near the viewport load and hydrate. */
async function scrollThrough(page: Page) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(150);
  }
  // Every figure's code has loaded and hydrated in place (the server HTML has no data-live).
  await expect(page.locator('[data-sim] > figure[data-live]')).toHaveCount(await page.locator('[data-sim]').count(), { timeout: 30_000 });
}

const figures = (page: Page) => page.locator('[data-sim] > figure.sim-frame');

/** What is wrong with the live figures' layout at this width: sideways scrolling, overflow, text cut short, a clipped run clock. */
async function figureLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    document.querySelectorAll('[data-sim] > figure[data-live]').forEach((fig, i) => {
      const right = fig.getBoundingClientRect().right;
      for (const el of fig.querySelectorAll<HTMLElement>('*')) {
        const cs = getComputedStyle(el);
        if (/auto|scroll/.test(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`figure ${i + 1}: a ${el.tagName.toLowerCase()} scrolls sideways (${el.scrollWidth} px in ${el.clientWidth} px)`);
        if (el.getBoundingClientRect().right > right + 1) found.push(`figure ${i + 1}: “${(el.textContent ?? '').slice(0, 30)}” runs past the figure's edge`);
        if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) found.push(`figure ${i + 1}: “${(el.textContent ?? '').slice(0, 40)}” is cut short (${el.scrollWidth} px in ${el.clientWidth} px)`);
      }
      const clock = fig.querySelector<HTMLElement>('[role=toolbar] p');
      if (clock && clock.scrollWidth > clock.clientWidth + 1) found.push(`figure ${i + 1}: the run clock “${clock.textContent}” needs ${clock.scrollWidth} px, has ${clock.clientWidth}`);
    });
    return found;
  });
}

/**
 * Scrolls the nth figure into view and returns it once live. The server-rendered figure is
 * replaced by the live one as it nears the viewport, so a locator that resolved to the server
 * HTML can detach mid-action: scroll with one synchronous call, then wait for `data-live`.
 */
async function liveFigure(page: Page, index = 0) {
  await page.locator('[data-sim]').nth(index).evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  const fig = page.locator('[data-sim]').nth(index).locator(':scope > figure[data-live]');
  await expect(fig).toBeAttached({ timeout: 30_000 });
  return fig;
}

// One test per lesson and width, so the two workers share the slow (CPU-throttled) pages evenly.
for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
  for (const path of lessons) {
    test(`no layout shift on ${path} at ${viewport.width} px with slow JavaScript${viewport === PHONE ? ', and nothing in its figures overflows or is cut short' : ', and axe finds nothing with the figures live'}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      await trackCls(page);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(path);
      await scrollThrough(page);
      const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
      console.log(`CLS ${path} @${viewport.width}: ${cls.toFixed(4)}`);
      expect(cls, path).toBeLessThan(0.02);
      // On the phone, the same walk also checks that nothing in a figure scrolls sideways, runs past
      // its edge or is cut short, and that the run clock is readable.
      if (viewport === PHONE) expect(await figureLayoutProblems(page), path).toEqual([]);
      // On the laptop, axe reads the lesson with every figure live (at full speed).
      else {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await expectNoAxeViolations(page);
      }
    });
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a figure is readable: picture, numbers, controls and caption come from the server', async ({ page }) => {
    await page.goto('/learn/cache');
    const fig = figures(page).first();
    await expect(fig.getByRole('heading', { level: 3 })).toBeVisible();
    // The theory's number is the prediction's answer: withheld until the learner predicts.
    await expect(fig.getByRole('status', { name: 'Predicted hit rate (theory)', exact: true })).toHaveText('after you predict');
    await expect(fig.getByRole('status', { name: 'Hit rate', exact: true })).toHaveText(/^(\d+(\.\d)? %|—)$/);
    await expect(fig.getByRole('slider', { name: 'Capacity' })).toHaveValue('500');
    await expect(fig.getByText('Make your prediction above, or skip.')).toBeVisible();
    await expect(fig.locator(':scope > figcaption')).toContainText('10,000 products');
    await expect(fig.getByRole('link', { name: 'Open in the playground' })).toHaveAttribute('href', /^\/playground\/cache\?.*from=%2Flearn%2Fcache/);
  });
});

/**
 * How a figure sits on this screen, measured whole (title, picture, transport, controls, numbers,
 * charts, caption) with its top just under the sticky header: its height, the room under the
 * header, and, for a figure taller than that room, whether its picture stays in view (sticky)
 * while the page is scrolled to its numbers and charts.
 */
async function figureFit(page: Page, index: number) {
  return page.locator('[data-sim] > figure').nth(index).evaluate(async (fig) => {
    const header = document.querySelector('header')!.getBoundingClientRect().bottom;
    const room = window.innerHeight - header;
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.scrollTo({ top: window.scrollY + fig.getBoundingClientRect().top - header, behavior: 'instant' });
    await frame();
    const height = fig.getBoundingClientRect().height;
    const picture = fig.querySelector('[data-figure-picture]')!;
    const numbers = fig.querySelector('[data-figure-numbers]')!;
    const last = fig.querySelector('[data-figure-charts]') ?? numbers;
    // Scroll until the last numbers (the charts, if any) end at the bottom of the window.
    window.scrollTo({ top: window.scrollY + last.getBoundingClientRect().bottom - window.innerHeight, behavior: 'instant' });
    await frame();
    const p = picture.getBoundingClientRect();
    const n = numbers.getBoundingClientRect();
    return {
      height: Math.round(height),
      room: Math.round(room),
      pictureInView: p.top >= header - 1 && p.bottom <= window.innerHeight + 1,
      // the numbers are not hidden under the stuck picture
      numbersInView: n.top >= p.bottom - 1 && n.bottom <= window.innerHeight + 1,
    };
  });
}

/**
 * Releases a figure waiting for its prediction (Skip: its numbers and theory show) and lets it play
 * until its clock has moved and any warm-up is over, so its numbers are on screen.
 */
async function playAMoment(fig: Locator) {
  const skip = fig.getByRole('button', { name: 'Skip', exact: true });
  if (await skip.count()) await skip.click();
  await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText(/^(Running|Finished)$/);
  // [status, clock, warm-up mark ('' once hidden)]
  const clock = () => fig.evaluate((el) => [...el.querySelectorAll('[role=toolbar] > p > span')].map((s) => (s.classList.contains('invisible') ? '' : (s.textContent ?? ''))));
  const [, start] = await clock();
  await expect
    .poll(
      async () => {
        const [status, now, warmUp] = await clock();
        return status === 'Finished' || (now !== start && warmUp === '');
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

// One test per width and lesson, so the two workers share them.
for (const viewport of [PHONE, LAPTOP]) {
  for (const path of lessons) {
    test(`at ${viewport.width}×${viewport.height} every figure of ${path}, whole, fits the screen under the header, or keeps its picture in view beside its numbers`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(viewport);
      await page.goto(path);
      await scrollThrough(page);
      const count = await figures(page).count();
      for (let i = 0; i < count; i++) {
        // Measured after a moment of play: nothing in a figure may grow past the screen as it runs.
        const fig = figures(page).nth(i);
        await fig.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await playAMoment(fig);
        const fit = await figureFit(page, i);
        console.log(`figure ${path} #${i + 1} @${viewport.width}: ${fit.height} px in ${fit.room} px${fit.height > fit.room ? ` (picture sticks: ${fit.pictureInView})` : ''}`);
        // A laptop shows every figure whole.
        if (viewport === LAPTOP) expect(fit.height, `${path} figure ${i + 1}`).toBeLessThanOrEqual(fit.room);
        else if (fit.height > fit.room) expect(fit.pictureInView && fit.numbersInView, `${path} figure ${i + 1}: ${fit.height} px, its picture and numbers in view together`).toBe(true);
      }
    });
  }
}

test('no page is wider than a 390 px screen', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize(PHONE);
  for (const path of [...STATIC_ROUTES, ...lessons]) {
    await page.goto(path);
    // Hydrated and idle (not 'networkidle': cancelled prefetches can keep it from ever coming).
    await page.evaluate(() => new Promise((r) => requestIdleCallback(r, { timeout: 2_000 })));
    const [scrollWidth, innerWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth, path).toBeLessThanOrEqual(innerWidth);
  }
});

test.describe('predictions gate the figure after them', () => {
  test.use({ reducedMotion: 'no-preference' });

  test('a numeric prediction: waits, then runs and sets the guess beside the measurement', async ({ page }) => {
    await page.goto('/learn/cache');
    const fig = await liveFigure(page, 0);
    // The notice stands in for the playback buttons, in the same row.
    const toolbar = fig.getByRole('toolbar', { name: 'Simulation playback' });
    await expect(toolbar.getByText('Make your prediction above, or skip.')).toBeVisible();
    await expect(toolbar.getByRole('button', { name: 'Play' })).toHaveCount(0);
    await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
    // Neither the theory card nor the chart's theory line gives the answer away before the learner commits.
    const theoryCard = fig.getByRole('status', { name: 'Predicted hit rate (theory)', exact: true });
    await expect(theoryCard).toHaveText('after you predict');
    await expect(fig.getByRole('img', { name: /^Hit rate/ })).not.toHaveAccessibleName(/theory/);
    await page.getByRole('spinbutton', { name: 'Your guess' }).first().fill('45');
    await page.getByRole('button', { name: 'Lock in my prediction' }).first().click();
    await expect(fig.getByText('Make your prediction above, or skip.')).toHaveCount(0);
    await expect(theoryCard).toHaveText(/^\d+(\.\d)? %$/);
    // Typing the guess scrolled the form into view and may have left the figure below the screen;
    // a figure starts the first time it is seen, so look at it again, as the learner would.
    await fig.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Running');
    await expect(fig.getByText('You said 45 %; run it to see')).toBeVisible();
    await fig.getByRole('combobox', { name: 'Speed' }).selectOption('100');
    await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Finished', { timeout: 60_000 });
    await expect(fig.getByText(/^You said 45 %; measured \d+(\.\d)? %$/)).toBeVisible();
  });

  test('multiple choice: the right choice is marked and the pick stays legible; skip also releases', async ({ page }) => {
    await page.goto('/learn/clones');
    const predict = page.locator('form.predict').first();
    await predict.getByRole('radio').first().check();
    await predict.getByRole('button', { name: 'Lock in my prediction' }).click();
    const marked = predict.getByRole('list', { name: 'Choices, marked' });
    await expect(marked.getByText('(right answer)')).toBeVisible();
    await expect(marked.getByText('(your pick)')).toBeVisible();
    await expect(marked.getByRole('listitem').first()).toHaveCSS('opacity', '1');
    const fig = await liveFigure(page, 0);
    await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Running');
    // The next figure is gated too; skipping releases it.
    const second = await liveFigure(page, 1);
    await expect(second.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
    await second.getByRole('button', { name: 'Skip', exact: true }).click();
    await expect(second.getByRole('status', { name: 'Run status' })).toHaveText('Running');
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('locking in a prediction does not start an animation', async ({ page }) => {
    await page.goto('/learn/cache');
    await page.getByRole('spinbutton', { name: 'Your guess' }).first().fill('45');
    await page.getByRole('button', { name: 'Lock in my prediction' }).first().click();
    const fig = await liveFigure(page, 0);
    await expect(fig.getByRole('button', { name: 'Play' })).toBeEnabled();
    await page.waitForTimeout(500);
    await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
  });

  test('<Try> applies its settings to the named figure, scrolls to it and says so', async ({ page }) => {
    await page.goto('/learn/cache');
    const fig = page.locator('#figure-hit-rate > figure');
    await page.getByRole('button', { name: 'Set the TTL to 200 ms' }).click();
    // The picture and the number the setting changes, together under the header (this window is shorter than the figure).
    await expect.poll(() => underHeader(fig.locator('[data-figure-picture]'))).toBe(true);
    await expect.poll(() => underHeader(fig.getByRole('status', { name: 'Hit rate', exact: true }))).toBe(true);
    await expect(fig.getByRole('slider', { name: 'TTL' })).toHaveValue('200');
    await expect(fig.getByRole('status', { name: 'Run status' })).toHaveText('Running');
    await expect(page.getByRole('status').filter({ hasText: 'Applied to “Cache in front of a database”: Set the TTL to 200 ms.' })).toBeAttached();
  });

  test('<Try act> kills a server at the sim time it names', async ({ page }) => {
    await page.goto('/learn/clones');
    const fig = page.locator('#figure-lb > figure');
    await page.getByRole('button', { name: 'with least connections, kill server 1 five seconds in' }).click();
    await expect(fig.getByRole('combobox', { name: 'Algorithm' })).toHaveValue('least-connections');
    await fig.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await expect(fig.getByRole('button', { name: 'Revive server 1' })).toBeVisible({ timeout: 30_000 });
    await fig.getByRole('button', { name: 'Pause' }).click();
    const link = await fig.getByRole('link', { name: 'Open in the playground' }).evaluate((a) => {
      (a as HTMLAnchorElement).click();
      return (a as HTMLAnchorElement).href;
    });
    expect(link).toMatch(/lb\.algorithm=least-connections/);
    expect(link).toMatch(/lb\.act=kill1%405000(&|$)/);
    await expect(page).toHaveURL(/\/playground\/load-balancer\?/);
    const back = page.getByRole('link', { name: /^Back to the lesson/ });
    await expect(back).toHaveAttribute('href', /^\/learn\/clones#[a-z0-9-]+$/);
    await expect(page.getByRole('combobox', { name: 'Algorithm' })).toHaveValue('least-connections');
  });
});

/** True when the element shows whole between the sticky header and the bottom of the window. */
function underHeader(target: Locator) {
  return target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= document.querySelector('header')!.getBoundingClientRect().bottom - 1 && r.bottom <= window.innerHeight + 1;
  });
}

test('on a phone, "lose one machine" shows both plans and the demand they serve together (chapter 0)', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto('/learn/scaling-up-vs-out');
  const fig = page.locator('#figure-plans > figure');
  const tryIt = page.getByRole('button', { name: 'lose one machine', exact: true });
  await tryIt.scrollIntoViewIfNeeded();
  await tryIt.click();
  await expect(fig.getByRole('button', { name: 'Bring the machine back' })).toBeVisible();
  for (const part of [fig.locator('[data-figure-picture]'), fig.getByRole('status', { name: 'One big machine: demand served' }), fig.getByRole('status', { name: 'Small machines: demand served' })])
    await expect.poll(() => underHeader(part)).toBe(true);
  // A machine that is down reads "down", not "∞ % of capacity".
  await expect(fig.getByText('Down: serves nothing')).toBeVisible();
  await expect(fig.getByText(/∞/)).toHaveCount(0);
  await ctx.close();
});

test.describe('share links', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a link copied after killing a server reproduces p99 and drops to the last digit in a fresh browser', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/playground/load-balancer');
    const stepButton = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 6; i++) await stepButton.click();
    await page.getByRole('button', { name: 'Kill server 2' }).click();
    await page.getByRole('button', { name: 'Run to end' }).click();
    await expect(page.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
    const read = async (p: Page) => Promise.all(['p99 latency', 'Dropped: server down', 'Dropped: queue full'].map((n) => p.getByRole('status', { name: n, exact: true }).textContent()));
    const original = await read(page);
    expect(original[1]).not.toBe('0 requests');
    await page.getByRole('button', { name: 'Copy link to this run' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The kill is logged on a whole millisecond, and the link says the run had finished.
    expect(link).toMatch(/lb\.act=kill2%40\d+(&|$)/);
    expect(link).toMatch(/lb\.t=end(&|$)/);
    const fresh = await browser.newContext({ reducedMotion: 'reduce' });
    const copy = await fresh.newPage();
    await copy.goto(link);
    // It opens where it was taken: finished, with the same numbers.
    await expect(copy.getByRole('status', { name: 'Run status' })).toHaveText('Finished');
    expect(await read(copy)).toEqual(original);
    await fresh.close();
  });

  test('a link taken while paused opens paused at that moment', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/playground/load-balancer');
    const stepButton = page.getByRole('button', { name: 'Step', exact: true });
    for (let i = 0; i < 6; i++) await stepButton.click();
    await page.getByRole('button', { name: 'Kill server 2' }).click();
    for (let i = 0; i < 4; i++) await stepButton.click();
    const clock = async (p: Page) => (await p.getByRole('toolbar', { name: 'Simulation playback' }).textContent())?.match(/t = [^·]*s/)?.[0];
    const read = async (p: Page) => Promise.all(['p99 latency', 'Dropped: server down', 'Throughput'].map((n) => p.getByRole('status', { name: n, exact: true }).textContent()));
    const moment = await clock(page);
    const original = await read(page);
    await page.getByRole('button', { name: 'Copy link to this run' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/lb\.t=5000(&|$)/);
    const fresh = await browser.newContext({ reducedMotion: 'no-preference' });
    const copy = await fresh.newPage();
    await copy.goto(link);
    // Paused there even though motion is allowed (a playground otherwise starts playing when seen).
    await expect(copy.getByRole('status', { name: 'Run status' })).toHaveText('Paused');
    await expect.poll(() => clock(copy)).toBe(moment);
    expect(await read(copy)).toEqual(original);
    await expect(copy.getByRole('button', { name: 'Revive server 2' })).toBeVisible();
    await fresh.close();
  });
});

test('a vertical swipe that starts on a slider scrolls the page and leaves the slider alone', async ({ browser }) => {
  const ctx = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto('/learn/asynchronism');
  const slider = (await liveFigure(page, 0)).getByRole('slider', { name: 'Arrival rate' });
  await slider.scrollIntoViewIfNeeded();
  const before = await slider.inputValue();
  const box = (await slider.boundingBox())!;
  const x = box.x + box.width * 0.8;
  const y = box.y + box.height / 2;
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 30 }] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 100);
  expect(await slider.inputValue()).toBe(before);
  await ctx.close();
});

test('"On this page" scrolls when it is taller than the window', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('/learn/database');
  const box = page.getByRole('navigation', { name: 'On this page' }).locator('..');
  const [scrollHeight, clientHeight, overflowY] = await box.evaluate((el) => [el.scrollHeight, el.clientHeight, getComputedStyle(el).overflowY]);
  expect(scrollHeight).toBeGreaterThan(clientHeight);
  expect(overflowY).toBe('auto');
  await box.evaluate((el) => el.scrollTo(0, 100000));
  await expect.poll(() => box.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
});

