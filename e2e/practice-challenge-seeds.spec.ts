import { expect, test } from '@playwright/test';

test('a multi-seed challenge: a setting that passes on one seed fails; one that holds on all three passes', async ({ page }) => {
  await page.goto('/practice/challenges#shards-for-skewed-keys');
  const card = page.getByRole('article', { name: 'Split the load, not just the keys' });
  await expect(card.getByText('Checked on 3 seeds (1, 2, 3): it passes only if every goal holds on all of them')).toBeVisible();
  await expect(card.getByText(/Not yet: 0 of 1 goals met/)).toBeVisible();

  const shards = card.getByRole('slider', { name: 'Shards' });
  await shards.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(shards).toHaveValue('10');
  await card.getByLabel('Partitioning').selectOption({ label: 'consistent hash' });
  // seed 1 alone would pass (about 50 ms); the worst seed does not
  await expect(card.getByText(/worst of 3 seeds; per seed: \d+(\.\d)? ms · \d[\d,.]* ms · \d[\d,.]* ms/)).toBeVisible();
  await expect(card.getByText('Not yet: 0 of 1 goals met.')).toBeVisible();

  await card.getByLabel('Partitioning').selectOption({ label: 'range' });
  await expect(card.getByText('Passed: ★★★ 3 of 3 stars at 10.')).toBeVisible();
  await expect(card.getByText(/Your best:.*at 10/)).toBeVisible();
});
