import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer, switchToChinese } from './workshop-setup';

/**
 * Whether the field's placeholder fits inside it: the placeholder is put in as the value for a moment, and the
 * field must not need to scroll to show it.
 */
function placeholderFits(field: Locator): Promise<boolean> {
  return field.evaluate((element) => {
    const input = element as unknown as { value: string; placeholder: string; scrollWidth: number; clientWidth: number };
    input.value = input.placeholder;
    const fits = input.scrollWidth <= input.clientWidth;
    input.value = '';
    return fits;
  });
}

async function openLearn(page: Page, label: string): Promise<void> {
  await page.getByRole('link', { name: label, exact: true }).click();
}

test('learner picker: searching for yourself never fills in the new profile, so no junk profile is one click away', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  await openLearn(page, 'Learn');
  await page.getByLabel('Your name (Chinese characters or pinyin)').fill('zz');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');
  await screenshot(page, 'learner-picker-en');

  await switchToChinese(page);
  const search = page.getByLabel('你的姓名（汉字或拼音都可以）');
  await search.fill('zz');
  await expect(page.getByText('还没有这个名字，请在下面建立你的学习档案。')).toBeVisible();
  await expect(page.getByLabel('姓名', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: '建立我的档案' }).click();
  await expect(page.getByRole('alert')).toHaveText('请填写姓名。');
  await expect(page.getByText(/你好，/)).toBeHidden();
  expect(await placeholderFits(search)).toBe(true);
  await screenshot(page, 'learner-picker-zh');
});

test('the enrolment search shows its whole placeholder', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await finishedWorkshop(page, { status: 'running' });
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/participants`);
  expect(await placeholderFits(page.getByLabel('Find a person'))).toBe(true);
  await switchToChinese(page);
  const search = page.getByLabel('查找学员');
  await expect(search).toHaveAttribute('placeholder', /拼音/);
  expect(await placeholderFits(search)).toBe(true);
  await screenshot(page, 'enrolment-search-zh');
});
