import { expect, type Page } from '@playwright/test';

/** Answers whatever question is on screen with a plausible first choice, whatever its type. */
export async function answerCurrentQuestion(page: Page): Promise<void> {
  const card = page.locator('.question-card');
  await expect(card.locator('.question-prompt')).toBeVisible();
  const radios = card.locator('input[type=radio]');
  const boxes = card.locator('input[type=checkbox]');
  const selects = card.locator('select');
  const stage = card.getByTestId('hotspot-stage');
  if (await stage.count()) {
    await expect(stage.locator('img')).toBeVisible();
    await stage.click({ position: { x: 40, y: 40 } });
    await expect(card.locator('.hotspot-mark')).toHaveCount(1);
  } else if (await selects.count()) {
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ index: i + 1 });
  } else if (await boxes.count()) {
    await boxes.first().check();
  } else if (await radios.count()) {
    await radios.first().check();
  } else {
    // Ordering: move the last step up once, so the answer is a real choice.
    await card.locator('.ordering-item').last().getByRole('button').first().click();
  }
}

/** Runs a test to the end through its Next buttons and the finish confirmation. */
export async function takeWholeTest(page: Page, labels: { next: string; finish: string; confirm: string; progress: (n: number) => RegExp }): Promise<void> {
  const progress = await page.getByText(labels.progress(1)).textContent();
  const total = Number(/(\d+)\D*$/.exec(progress ?? '')?.[1]);
  expect(total).toBeGreaterThan(5);
  for (let i = 1; i <= total; i++) {
    await answerCurrentQuestion(page);
    if (i < total) {
      await page.getByRole('button', { name: labels.next, exact: true }).click();
      // The answer is saved before the next question shows; wait for it rather than racing the old one.
      await expect(page.getByText(labels.progress(i + 1))).toBeVisible();
    }
  }
  await page.getByRole('button', { name: labels.finish, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: labels.confirm, exact: true }).click();
}
