import { expect, screenshot, test } from './fixtures';
import { callApi } from './api-helpers';
import { firstRunAsTrainer } from './workshop-setup';

test('first start: choose a language, set the PIN, switch language; the choices survive a restart', async ({ page, app, foreignRequests }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
  await page.getByRole('button', { name: 'Continue' }).click();

  await page.getByLabel('New trainer PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer', exact: true })).toBeVisible();
  await screenshot(page, 'shell-trainer-en');

  await page.getByRole('button', { name: /^中文/ }).click();
  await expect(page.getByRole('heading', { name: '培训师', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByText('数据文件夹')).toBeVisible();
  await expect(page.getByText(app.dataDir, { exact: true })).toBeVisible();
  await screenshot(page, 'shell-settings-zh');

  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('link', { name: '学习' })).toBeVisible();
  await screenshot(page, 'shell-learn-zh');
  await page.getByRole('link', { name: '培训师' }).click();
  await expect(page.getByRole('heading', { name: '培训师区已锁定' })).toBeVisible();
  await page.getByLabel('培训师密码').fill('1111');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('alert')).toHaveText('密码不正确。');
  await page.getByLabel('培训师密码').fill('2468');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByRole('heading', { name: '培训师', exact: true })).toBeVisible();

  expect(foreignRequests).toEqual([]);
});

test('first start follows a Chinese browser and shows the welcome in 中文', async ({ browser, app }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '欢迎使用' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '简体中文' })).toBeChecked();
  await screenshot(page, 'shell-welcome-zh');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Welcome' })).toBeVisible();
  await screenshot(page, 'shell-welcome-en');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I am a trainee: skip for now' }).click();
  await expect(page.getByRole('heading', { name: 'Learn' })).toBeVisible();
  await context.close();
});

test('a page without the launch token cannot use the API', async ({ page, app }) => {
  await page.goto(app.origin);
  const status = await page.evaluate(async () => (await fetch('/api/getAppState', { method: 'POST', body: '{}' })).status);
  expect(status).toBe(401);
});

test('the screen locks the trainer area the moment the core locks this tab, without a click or a reload', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  // Locked behind the screen's back, as the idle lock does: only the pushed event can tell the page.
  await callApi(page, 'lockTrainer', {});
  await expect(page.getByRole('heading', { name: 'The trainer area is locked' })).toBeVisible();
  await screenshot(page, 'shell-locked-by-event-en');
  await page.getByLabel('Trainer PIN').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer', exact: true })).toBeVisible();
});
