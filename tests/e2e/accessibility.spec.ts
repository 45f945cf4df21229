import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { callApi } from './api-helpers';
import { expect, test } from './fixtures';
import { finishedWorkshop } from './workshop-setup';

type Language = 'en' | 'zh-CN';

/** WCAG 2.1 A and AA, as the audit ran it. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical violations on the page as it is now, one line each with where they are. */
async function scan(page: Page, screen: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${screen}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`);
}

async function becomeTrainer(page: Page, url: string, language: Language): Promise<string[]> {
  await page.goto(url);
  if (language === 'zh-CN') await page.getByRole('radio', { name: '简体中文' }).check();
  await expect(page.getByRole('heading', { name: language === 'en' ? 'Welcome' : '欢迎使用' })).toBeVisible();
  // Each language's name is marked with its own language, so a screen reader reads it right.
  await expect(page.locator('.language-choice [lang="zh-CN"]')).toHaveText('简体中文');
  await expect(page.locator('.language-choice [lang="en"]')).toHaveText('English');
  const found = await scan(page, 'welcome');
  await page.getByRole('button', { name: language === 'en' ? 'Continue' : '继续' }).click();
  await page.getByLabel(language === 'en' ? 'New trainer PIN' : '新的培训师密码').fill('1357');
  found.push(...(await scan(page, 'create PIN')));
  await page.getByLabel(language === 'en' ? 'Type the PIN again' : '再输入一次密码').fill('1357');
  await page.getByRole('button', { name: language === 'en' ? 'Save PIN' : '保存密码' }).click();
  await page.getByRole('button', { name: language === 'en' ? 'I have written it down' : '我已经抄好了' }).click();
  await expect(page.getByRole('heading', { name: language === 'en' ? 'Trainer' : '培训师', exact: true })).toBeVisible();
  // The language toggle: its accessible name starts with the word it shows, and the word carries its language.
  const [word, lang] = language === 'en' ? ['中文', 'zh-CN'] : ['English', 'en'];
  const toggle = page.getByRole('button', { name: new RegExp(`^${word}`) });
  await expect(toggle.locator(`[lang="${lang}"]`)).toHaveText(word);
  return found;
}

/** Opens a screen by its address and waits for the given text, the screen's own sign that it has loaded. */
async function visit(page: Page, hash: string, ready: string | RegExp): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/${hash}`);
  await expect(page.getByText(ready).first()).toBeVisible();
}

for (const language of ['en', 'zh-CN'] as const) {
  const zh = language === 'zh-CN';
  test(`axe-core finds no serious or critical WCAG 2.1 AA problem on the screens the tests visit (${language})`, async ({ page, app }) => {
    test.setTimeout(180_000);
    const found = await becomeTrainer(page, app.url, language);
    const workshopId = await finishedWorkshop(page, { status: 'running' });
    const sessions = (await callApi<{ sessions: Array<{ id: string }> }>(page, 'getWorkshop', { id: workshopId })).sessions;
    const people = await callApi<{ participants: Array<{ id: string }> }>(page, 'getAttendanceSheet', { workshopId });
    // Every status on screen, the pale "excused" chip among them.
    const marks = ['late', 'excused', 'absent'] as const;
    for (const [i, status] of marks.entries()) await callApi(page, 'setAttendance', { sessionId: sessions[1]!.id, participantId: people.participants[i]!.id, status });

    const trainerScreens: Array<[string, string, string | RegExp]> = [
      ['trainer overview', 'trainer', zh ? '培训班' : 'Workshops'],
      ['workshops', 'trainer/workshops', zh ? '新建培训班' : 'New workshop'],
      ['workshop participants', `trainer/workshops/${workshopId}/participants`, zh ? '添加学员' : 'Add participants'],
      ['attendance', `trainer/workshops/${workshopId}/attendance`, zh ? '考勤汇总' : 'All marks'],
      ['results', `trainer/workshops/${workshopId}/results`, zh ? '摸底测试' : 'Pre-test'],
      ['certificates', `trainer/workshops/${workshopId}/certificates`, zh ? '颁发条件' : 'Who receives a certificate'],
      ['printouts', `trainer/workshops/${workshopId}/printouts`, zh ? '签到表' : 'Sign-in sheets'],
      ['participants', 'trainer/participants', zh ? '张喆' : '张喆'],
      ['enterprises', 'trainer/enterprises', zh ? '华丰纺织有限公司' : 'Huafeng Textiles'],
      ['roster import', 'trainer/import', zh ? '导入花名册' : 'Import a roster'],
      ['modules', 'trainer/modules', zh ? '讲师手册' : 'Facilitator guide'],
      ['facilitator guide', 'trainer/modules/osh', zh ? '第 1 天' : 'Day 1'],
      ['backup', 'trainer/backup', zh ? '备份数据' : 'Save a backup'],
      ['settings', 'settings', zh ? '数据文件夹' : 'Data folder'],
      ['verify', 'verify', zh ? '查验证书' : 'Verify a certificate'],
      ['learner picker', 'learn', zh ? '谁来学习？' : 'Who is studying?'],
    ];
    for (const [screen, hash, ready] of trainerScreens) {
      await visit(page, hash, ready);
      found.push(...(await scan(page, screen)));
      if (screen === 'attendance') {
        await page.getByRole('gridcell').first().click({ button: 'right' });
        await expect(page.getByRole('menu')).toBeVisible();
        found.push(...(await scan(page, 'attendance mark menu')));
        await page.keyboard.press('Escape');
      }
    }

    const learner = await callApi<{ id: string }>(page, 'createLearner', { name: '李晓珺', gender: 'female', role: 'worker', enterpriseId: null });
    await page.evaluate((value) => sessionStorage.setItem('score.learner', JSON.stringify(value)), learner);
    // The picker read the empty learner when it opened; a fresh load picks up the one just set.
    await page.reload();
    const module = await callApi<{ lessons: Array<{ id: string }> }>(page, 'getModule', { moduleId: 'osh' });
    const practice = await callApi<{ attemptId: string }>(page, 'startQuiz', { participantId: learner.id, moduleId: 'osh', kind: 'practice', lessonId: 'hazard-identification' });
    const preTest = await callApi<{ attemptId: string }>(page, 'startQuiz', { participantId: learner.id, moduleId: 'osh', kind: 'pre' });
    await callApi(page, 'finishQuiz', { attemptId: preTest.attemptId });
    const learnScreens: Array<[string, string, string | RegExp]> = [
      ['module library', 'learn', zh ? '你好，李晓珺' : /李晓珺/],
      ['module overview', 'learn/osh', zh ? '做摸底测试' : 'Take the pre-test'],
      ['lesson reader', `learn/osh/lesson/${module.lessons[0]!.id}`, zh ? '做练习' : 'Practice quiz'],
      ['hazard-spotting quiz', `learn/osh/quiz/${practice.attemptId}`, zh ? '第 1 题' : 'Question 1 of'],
      ['quiz result', `learn/osh/result/${preTest.attemptId}`, zh ? '回顾答题情况' : 'Review your answers'],
    ];
    for (const [screen, hash, ready] of learnScreens) {
      await visit(page, hash, ready);
      if (screen === 'hazard-spotting quiz') {
        await expect(page.getByTestId('hotspot-stage').getByRole('img')).toBeVisible();
        await page.getByRole('button', { name: zh ? '用列表作答' : 'Answer from a list' }).click();
      }
      found.push(...(await scan(page, screen)));
    }
    expect(found).toEqual([]);
  });
}
