import { callApi } from './api-helpers';
import { expect, screenshot, test } from './fixtures';
import { firstRunAsTrainer, switchToChinese } from './workshop-setup';

test('a hazard picture is described in words and can be answered from a list', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  await switchToChinese(page);
  const learner = await callApi<{ id: string }>(page, 'createLearner', { name: '王珺', gender: 'female', role: 'worker', enterpriseId: null });
  const quiz = await callApi<{ attemptId: string }>(page, 'startQuiz', { participantId: learner.id, moduleId: 'osh', kind: 'practice', lessonId: 'hazard-identification' });
  await page.evaluate((value) => sessionStorage.setItem('score.learner', JSON.stringify(value)), learner);
  await page.goto(`${app.origin}/#/learn/osh/quiz/${quiz.attemptId}`);
  await page.reload();

  const stage = page.getByTestId('hotspot-stage');
  await expect(stage.getByRole('img')).toHaveAttribute('alt', /五金车间/);
  await expect(stage).toHaveAccessibleDescription(/^图片内容：一个小五金车间/);

  await page.getByRole('button', { name: '用列表作答' }).click();
  const list = page.getByRole('group', { name: '请勾选图中所有符合题目要求的项目。' });
  await expect(list.getByRole('checkbox')).toHaveCount(10);
  await list.getByRole('checkbox', { name: '通道地面有油污，也没有警示标志' }).check();
  await expect(stage.locator('.hotspot-mark')).toHaveCount(1);
  await list.getByRole('checkbox', { name: '挂在墙上支架里的灭火器' }).check();
  await expect(page.getByText('已标出 2 处')).toBeVisible();
  await expect(stage.locator('.hotspot-mark')).toHaveCount(1);
  await screenshot(page, 'hazard-list-zh');
  await list.getByRole('checkbox', { name: '挂在墙上支架里的灭火器' }).uncheck();
  await expect(page.getByText('已标出 1 处')).toBeVisible();
});
