import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yazl from 'yazl';
import { expect, screenshot, test } from './fixtures';
import type { Page } from '@playwright/test';

const MINIMAL_PACK = resolve(import.meta.dirname, '../fixtures/packs/minimal');

function zipFolder(dir: string, edit?: (path: string, bytes: Buffer) => Buffer): Promise<Buffer> {
  const archive = new yazl.ZipFile();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
    const full = join(entry.parentPath, entry.name);
    const path = relative(dir, full).split('\\').join('/');
    const bytes = readFileSync(full);
    archive.addBuffer(edit ? edit(path, bytes) : bytes, `minimal/${path}`);
  }
  archive.end();
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (c: Buffer) => chunks.push(c));
    archive.outputStream.on('end', () => done(Buffer.concat(chunks)));
  });
}

async function becomeTrainer(page: Page, url: string, language: 'en' | 'zh-CN') {
  await page.goto(url);
  if (language === 'zh-CN') await page.getByRole('radio', { name: '简体中文' }).check();
  await page.getByRole('button', { name: language === 'en' ? 'Continue' : '继续' }).click();
  await page.getByLabel(language === 'en' ? 'New trainer PIN' : '新的培训师密码').fill('1357');
  await page.getByLabel(language === 'en' ? 'Type the PIN again' : '再输入一次密码').fill('1357');
  await page.getByRole('button', { name: language === 'en' ? 'Save PIN' : '保存密码' }).click();
  await page.getByRole('button', { name: language === 'en' ? 'I have written it down' : '我已经抄好了' }).click();
}

test('a trainer reads the facilitator guide and runs a session with a countdown and notes', async ({ page, app, foreignRequests }) => {
  await becomeTrainer(page, app.url, 'en');
  await page.getByRole('link', { name: 'Modules & guides' }).click();
  await page.locator('.module-row', { hasText: 'Safety and Health at Work' }).getByRole('link', { name: 'Facilitator guide' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1' })).toBeVisible();
  await expect(page.locator('.guide-session')).toHaveCount(4);
  await expect(page.getByRole('heading', { name: 'Follow-up visit to each factory' })).toBeVisible();
  await screenshot(page, 'guide-en');
  await page.getByLabel('Show both languages').check();
  await expect(page.locator('.secondary-language').first()).toBeVisible();

  await page.getByRole('link', { name: 'Run this session' }).first().click();
  await expect(page.getByRole('timer')).toHaveText(/^\d+:00$/);
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  const before = await page.getByRole('timer').textContent();
  await expect(page.getByRole('timer')).not.toHaveText(before!);
  await page.getByRole('button', { name: 'Next activity' }).click();
  await expect(page.locator('.agenda li.current')).toHaveCount(1);
  await expect(page.locator('.agenda li.done')).toHaveCount(1);
  await page.getByLabel('My notes for this session').fill('Group 3 needed more time on the hazard map.');
  await page.getByRole('button', { name: 'Save notes' }).click();
  await expect(page.getByText('Notes saved.')).toBeVisible();
  await screenshot(page, 'run-session-en');
  // A reload keeps this tab's trainer unlock (the client id lives in sessionStorage) and the saved notes.
  await page.reload();
  await expect(page.getByLabel('My notes for this session')).toHaveValue('Group 3 needed more time on the hazard map.');
  expect(foreignRequests).toEqual([]);
});

test('培训师安装课程包：坏的包列出问题、什么都不装；好的包装好后出现在课程里', async ({ page, app }) => {
  await becomeTrainer(page, app.url, 'zh-CN');
  await page.getByRole('link', { name: '课程与讲师手册' }).click();
  await expect(page.locator('.module-row')).toHaveCount(6);

  const broken = await zipFolder(MINIMAL_PACK, (path, bytes) => (path === 'pool.json' ? Buffer.from(bytes.toString().replace('"answer": "a"', '"answer": "zz"')) : bytes));
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 .zip 文件安装' }).click();
  await (await chooser).setFiles({ name: 'broken.zip', mimeType: 'application/zip', buffer: broken });
  await expect(page.getByRole('alert')).toHaveText('这个课程包有问题，没有安装。');
  await expect(page.locator('.problems')).toContainText('pool.json [questions[0].answer]');
  await expect(page.locator('.module-row')).toHaveCount(6);
  await screenshot(page, 'modules-install-problems-zh');

  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从 .zip 文件安装' }).click();
  await (await chooser).setFiles({ name: 'minimal.zip', mimeType: 'application/zip', buffer: await zipFolder(MINIMAL_PACK) });
  await expect(page.getByText('已安装：最小课程包')).toBeVisible();
  await expect(page.locator('.module-row')).toHaveCount(7);
  await page.locator('.module-row', { hasText: '工作场所安全与健康' }).getByRole('link', { name: '讲师手册' }).click();
  await expect(page.getByRole('heading', { name: '第 1 天' })).toBeVisible();
  await screenshot(page, 'guide-zh');
});
