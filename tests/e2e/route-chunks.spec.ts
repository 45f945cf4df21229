import { callApi } from './api-helpers';
import { expect, test } from './fixtures';

// The renderer is split by route (renderer/route-screens.ts): a learner's first screen must not download the
// trainer area, the settings or the QR reader, and each loads when first opened.
test('the learn screen loads only its own code; the trainer area arrives when it is opened', async ({ page, app }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(app.url);
  await callApi(page, 'setLanguage', { language: 'en' });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Learn' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who is studying?' })).toBeVisible();

  expect(scripts.some((path) => /\/LearnArea-[\w-]+\.js$/.test(path))).toBe(true);
  for (const other of ['TrainerArea', 'SettingsScreen', 'VerifyScreen']) {
    expect(scripts.filter((path) => path.includes(`/${other}-`)), other).toEqual([]);
  }

  await page.getByRole('link', { name: 'Trainer' }).click();
  await expect(page.getByRole('heading', { name: 'Set a trainer PIN first' })).toBeVisible();
  expect(scripts.some((path) => /\/TrainerArea-[\w-]+\.js$/.test(path))).toBe(true);
});
