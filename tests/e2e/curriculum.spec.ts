import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { takeWholeTest } from './learn-helpers';

const CONTENT = resolve(import.meta.dirname, '../../resources/content');
const modules = readdirSync(CONTENT)
  .filter((name) => statSync(join(CONTENT, name)).isDirectory())
  .map((name) => JSON.parse(readFileSync(join(CONTENT, name, 'module.json'), 'utf8')) as { id: string; title: { en: string }; lessons: Array<{ title: { en: string } }> });

for (const module of modules) {
  test(`a trainee takes "${module.title.en}" from its first lesson to its post-test result`, async ({ page, app }) => {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'I am a trainee: skip for now' }).click();
    await page.getByLabel('Name', { exact: true }).fill('张伟');
    await page.getByRole('button', { name: 'Create my profile' }).click();

    await page.locator('.module-card', { hasText: module.title.en }).getByRole('link', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { name: module.lessons[0]!.title.en })).toBeVisible();
    await expect(page.locator('.lesson-block').first()).toBeVisible();
    await page.getByRole('button', { name: 'Mark as done and continue' }).click();
    await expect(page.getByRole('heading', { name: module.lessons[1]!.title.en })).toBeVisible();

    await page.goto(`${app.origin}/#/learn/${module.id}`);
    await expect(page.locator('.lesson-item').first()).toContainText('Done');
    await page.getByRole('button', { name: 'Take the post-test' }).click();
    await takeWholeTest(page, { next: 'Next', finish: 'Finish the test', confirm: 'Yes, finish', progress: (n) => new RegExp(`Question ${n} of \\d+`) });
    await expect(page.getByRole('heading', { name: 'Your result' })).toBeVisible();
    await expect(page.locator('.review-item')).not.toHaveCount(0);
  });
}
