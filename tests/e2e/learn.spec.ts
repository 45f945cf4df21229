import { expect, screenshot, test } from './fixtures';
import { answerCurrentQuestion, takeWholeTest } from './learn-helpers';
import type { Page } from '@playwright/test';

async function chooseChinese(page: Page) {
  await page.getByRole('radio', { name: '简体中文' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByRole('button', { name: '我是学员，先跳过' }).click();
}

test('在中文界面：新学员建档、中英对照读课文、做练习、做结业测试；重启后进度和成绩都在', async ({ page, app, foreignRequests }) => {
  await page.goto(app.url);
  await chooseChinese(page);

  await expect(page.getByRole('heading', { name: '谁来学习？' })).toBeVisible();
  await page.getByLabel('你的姓名（汉字或拼音都可以）').fill('李晓珺');
  await expect(page.getByText('还没有这个名字，请在下面建立你的学习档案。')).toBeVisible();
  await page.getByLabel('姓名', { exact: true }).fill('李晓珺');
  await page.getByLabel('性别').selectOption('female');
  await page.getByRole('button', { name: '建立我的档案' }).click();
  await expect(page.getByText('你好，李晓珺')).toBeVisible();
  await expect(page.locator('.module-card')).toHaveCount(6);
  await screenshot(page, 'learn-library-zh');

  const osh = page.locator('.module-card', { hasText: '工作场所安全与健康' });
  await osh.getByRole('link', { name: '查看课程' }).click();
  await page.locator('.lesson-item').nth(1).getByRole('link').click();
  await page.getByRole('radio', { name: '中英对照' }).click();
  const firstRow = page.locator('.lesson-row').first();
  await expect(firstRow.locator('[lang="zh-CN"]')).toBeVisible();
  await expect(firstRow.locator('[lang="en"]')).toBeVisible();
  await expect(page.locator('.lesson-image').first()).toBeVisible();
  await screenshot(page, 'learn-reader-both-zh');
  await page.locator('.term').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await screenshot(page, 'learn-glossary-zh');
  await page.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('button', { name: '做练习' }).click();
  await expect(page.getByText(/第 1 题，共 \d+ 题/)).toBeVisible();
  await answerCurrentQuestion(page);
  await page.getByRole('button', { name: '看看答对没有' }).click();
  await expect(page.locator('.feedback')).toContainText(/答对了！|还不对。|答对了一部分。/);
  await expect(page.locator('.feedback')).toContainText(/\S{6,}/);
  await screenshot(page, 'learn-practice-feedback-zh');

  await page.goto(`${app.url}#/learn/osh`);
  await page.getByRole('button', { name: '做结业测试' }).click();
  await screenshot(page, 'learn-test-question-zh');
  await takeWholeTest(page, { next: '下一题', finish: '交卷', confirm: '交卷', progress: (n) => new RegExp(`第 ${n} 题，共 \\d+ 题`) });
  await expect(page.getByRole('heading', { name: '你的成绩' })).toBeVisible();
  await expect(page.locator('.result-percent')).toHaveText(/\d+(\.\d)?%/);
  await expect(page.locator('.review-item').first()).toContainText('解析');
  await screenshot(page, 'learn-result-zh');
  const resultUrl = page.url().replace(/\?.*#/, '#');

  await app.restart();
  await page.goto(app.url);
  await page.getByLabel('你的姓名（汉字或拼音都可以）').fill('lxj');
  await page.getByRole('button', { name: /李晓珺/ }).click();
  const card = page.locator('.module-card', { hasText: '工作场所安全与健康' });
  await expect(card.getByText(/结业测试/)).toBeVisible();
  await card.getByRole('link', { name: '查看课程' }).click();
  await expect(page.locator('.lesson-item').nth(1)).toContainText('学习中');
  await expect(page.getByText(/最好成绩：\d+/)).toBeVisible();
  await page.goto(`${app.url}${resultUrl.slice(resultUrl.indexOf('#'))}`);
  await expect(page.getByRole('heading', { name: '你的成绩' })).toBeVisible();

  expect(foreignRequests).toEqual([]);
});

test('the lesson reader and a quiz in English', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'I am a trainee: skip for now' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Maria Núñez');
  await page.getByRole('button', { name: 'Create my profile' }).click();
  await screenshot(page, 'learn-library-en');
  await page.locator('.module-card', { hasText: 'Safety and Health at Work' }).getByRole('link', { name: 'Start' }).click();
  await expect(page.locator('.lesson-block[lang="en"]').first()).toBeVisible();
  await screenshot(page, 'learn-reader-en');
  await page.getByRole('button', { name: 'Mark as done and continue' }).click();
  await expect(page.locator('.lesson-block').first()).toBeVisible();
  await page.getByRole('button', { name: 'Practice quiz' }).click();
  await expect(page.getByText(/Question 1 of \d+/)).toBeVisible();
  await answerCurrentQuestion(page);
  await page.getByRole('button', { name: 'Check my answer' }).click();
  await expect(page.locator('.feedback')).toBeVisible();
  await screenshot(page, 'learn-practice-en');

  // The hazard picture works without a pointer: arrow keys move a cross-hair, Enter marks and unmarks.
  await page.goto(`${app.origin}/#/learn/osh/lesson/hazard-identification`);
  await page.getByRole('button', { name: 'Practice quiz' }).click();
  const picture = page.getByRole('application', { name: /arrow keys move the cross-hair/ });
  await expect(picture.locator('img')).toBeVisible();
  await picture.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 marked')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText('0 marked')).toBeVisible();
});
