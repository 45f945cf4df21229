import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { pdfFonts, pdfText } from '../unit/pdf/poppler';
import { expect, screenshot, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer, NAMES } from './workshop-setup';

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await click();
  const download: Download = await downloading;
  const bytes = new Uint8Array(readFileSync(await download.path()));
  for (const font of pdfFonts(bytes)) expect(font).toMatchObject({ embedded: true, subset: true });
  return { name: download.suggestedFilename(), text: pdfText(bytes) };
}

test('a trainer prints sign-in sheets, the attendance report and a paper test, in Chinese and in English', async ({ page, app, foreignRequests }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await finishedWorkshop(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/printouts`);
  await expect(page.getByRole('heading', { name: 'Sign-in sheets' })).toBeVisible();
  await screenshot(page, 'printouts-en');

  await page.getByRole('radio', { name: '简体中文' }).click();
  const signIn = await downloadText(page, () => page.getByRole('button', { name: /Sign-in sheet: .*Afternoon/ }).first().click());
  expect(signIn.name).toBe('签到表 Safety and health, Wujiang group 1 2025-03-04 下午.pdf');
  for (const name of NAMES) expect(signIn.text).toContain(name);
  expect(signIn.text).toContain('第 1 页，共 1 页');
  await expect(page.getByText(`Saved: ${signIn.name}`)).toBeVisible();

  await page.getByRole('radio', { name: 'English' }).click();
  const report = await downloadText(page, () => page.getByRole('button', { name: 'Attendance report (PDF)' }).click());
  expect(report.text).toContain('Totals by status');
  expect(report.text).toContain('4 of 4');

  await page.getByRole('radio', { name: 'Both languages' }).click();
  const paper = await downloadText(page, () => page.getByRole('button', { name: 'Test paper (PDF)' }).last().click());
  expect(paper.name).toBe('结业测试 试卷 Safety and health, Wujiang group 1.pdf');
  expect(paper.text).toContain('Post-test');

  await page.getByRole('button', { name: /^中文/ }).click();
  await expect(page.getByRole('heading', { name: '签到表' })).toBeVisible();
  await screenshot(page, 'printouts-zh');
  const key = await downloadText(page, () => page.getByRole('button', { name: '参考答案（PDF）' }).first().click());
  expect(key.name).toContain('摸底测试');

  // The facilitator guide, from the module's guide screen.
  await page.goto(`${app.origin}/#/trainer/modules/osh`);
  const guide = await downloadText(page, () => page.getByRole('button', { name: '打印培训师手册（PDF）' }).click());
  expect(guide.text).toContain('培训师手册');

  expect(foreignRequests).toEqual([]);
});
