import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';

/** A roster as a group HR office sends it: three companies, GBK, the job titles as each workshop writes them. */
const FIRST_ROSTER = [
  '姓名,性别,单位名称,岗位,部门,手机号码',
  '张喆,男,华丰纺织有限公司,质检员,质检部,13800138001',
  '李堃,男,华丰纺织有限公司,仓管员,仓库,13800138002',
  '王珺,女,华丰纺织有限公司,车间主任,缝纫车间,13800138003',
  '欧阳昇,男,东方化工,叉车司机,仓储部,13800138004',
  '刘芳,女,东方化工,质检员,品管部,13800138005',
  '陈静,女,吴江精密机械厂,总经理,,13800138006',
  '黄磊,男,吴江精密机械厂,叉车司机,物流部,13800138007',
  '黄磊,男,吴江精密机械厂,叉车司机,物流部,13800138007',
];

/** A second roster: one person whose name was typed differently (same phone), one odd title, one bad repeat. */
const SECOND_ROSTER = [
  '姓名,性别,企业,岗位,手机',
  '李坤,男,华丰纺织有限公司,仓管员组长,138 0013 8002',
  '周杰,男,东方化工,研发,13900139001',
  '张喆,公,华丰纺织有限公司,质检员,13800138001',
];

function writeGbk(dir: string, name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, iconv.encode(lines.join('\r\n') + '\r\n', 'gbk'));
  return file;
}

async function chooseRoster(page: Page, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(选择文件…|换一个文件…)$/ }).click();
  await (await chooser).setFiles(file);
}

/** One summary figure, by its label. */
const figure = (page: Page, label: string) => page.locator('.roster-figure').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');

test('在中文界面导入多家企业的 GBK 花名册：岗位原样保留，缺的企业确认一次就建好，重复的人并排对照、逐行决定', async ({ page, app, foreignRequests }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'score-roster-zh-'));
  const first = writeGbk(dir, '集团-参训名单.csv', FIRST_ROSTER);
  const second = writeGbk(dir, '补报名单.csv', SECOND_ROSTER);

  await page.goto(app.url);
  await page.getByRole('radio', { name: '简体中文' }).check();
  await page.getByRole('button', { name: '继续' }).click();
  await page.getByLabel('新的培训师密码').fill('1357');
  await page.getByLabel('再输入一次密码').fill('1357');
  await page.getByRole('button', { name: '保存密码' }).click();
  await page.getByRole('button', { name: '我已经抄好了' }).click();
  const section = (name: string) => page.getByRole('navigation', { name: '培训师功能' }).getByRole('link', { name, exact: true });
  await section('学员').click();
  await page.getByRole('link', { name: '导入花名册' }).click();

  // The first roster: everything it needs is in the file, so the preview asks nothing.
  await chooseRoster(page, first);
  await expect(page.getByText('CSV，GBK／GB18030 编码')).toBeVisible();
  await expect(figure(page, '行')).toHaveText('8');
  await expect(figure(page, '新学员')).toHaveText('7');
  await expect(figure(page, '可能重复')).toHaveText('1');
  await expect(figure(page, '新建企业')).toHaveText('3');
  await expect(figure(page, '提醒')).toHaveText('0');
  await expect(figure(page, '错误')).toHaveText('0');
  const enterprises = page.getByRole('region', { name: '名单里没有的企业（3 家）' });
  await expect(enterprises.getByRole('listitem')).toHaveText(['华丰纺织有限公司', '东方化工', '吴江精密机械厂']);
  await expect(enterprises.getByRole('checkbox', { name: '导入时添加这些企业' })).toBeChecked();
  const titles = page.getByRole('region', { name: '岗位和人员类别' });
  await expect(titles.getByRole('combobox', { name: '“质检员”的人员类别' })).toHaveValue('worker');
  await expect(titles.getByRole('combobox', { name: '“叉车司机”的人员类别' })).toHaveValue('worker');
  await expect(titles.getByRole('combobox', { name: '“车间主任”的人员类别' })).toHaveValue('supervisor');
  await expect(titles.getByText('未能识别，暂记为“其他”')).toHaveCount(0);
  await expect(page.locator('details.roster-mapping')).not.toHaveAttribute('open', '');
  await expect(page.getByRole('radiogroup', { name: '第 9 行怎么处理' }).getByRole('radio', { name: '跳过' })).toHaveAttribute('aria-checked', 'true');
  // The summary leads, then what will be created; the column mapping the headers answered stays folded.
  expect((await page.locator('h3').allTextContents()).slice(0, 2)).toEqual(['检查结果', '名单里没有的企业（3 家）']);
  await screenshot(page, 'roster-import-preview-zh');

  await page.getByRole('button', { name: '导入 7 人' }).click();
  await expect(page.getByText('已导入 7 人。')).toBeVisible();
  await expect(page.getByText('新添加了 3 家企业。')).toBeVisible();
  await expect(page.getByText('跳过了 1 行可能重复的记录。')).toBeVisible();

  // The second: the same phone under another spelling of the name, an unknown title, and a bad row that is skipped.
  await chooseRoster(page, second);
  await expect(figure(page, '行')).toHaveText('3');
  await expect(figure(page, '新学员')).toHaveText('1');
  await expect(figure(page, '可能重复')).toHaveText('2');
  await expect(figure(page, '新建企业')).toHaveText('0');
  await expect(figure(page, '错误')).toHaveText('0');
  await expect(page.getByText('第 4 行，性别：“公”不是可识别的性别（请填 男／女）')).toBeVisible();
  await expect(page.getByText('第 3 行，岗位：“研发”不是常见岗位，人员类别暂记为“其他”，可以在下面修改')).toBeVisible();
  const pair = page.locator('.roster-duplicate').filter({ hasText: '文件第 2 行' });
  await expect(pair.locator('.roster-facts').first()).toContainText('李坤');
  await expect(pair.locator('.roster-facts').nth(1)).toContainText('名单里已有');
  await expect(pair.locator('.roster-facts').nth(1)).toContainText('李堃');
  await expect(pair.locator('.roster-facts').nth(1)).toContainText('仓管员');
  await screenshot(page, 'roster-import-duplicates-zh');

  await pair.getByRole('radio', { name: '用文件里的信息更新' }).click();
  await expect(figure(page, '提醒')).toHaveText('2');
  await page.getByRole('combobox', { name: '“研发”的人员类别' }).selectOption({ label: '经理' });
  await expect(figure(page, '提醒')).toHaveText('1');
  await expect(page.getByRole('button', { name: '导入 2 人' })).toBeEnabled();

  // The same preview in English, for the screenshots; the trainer's choices stay.
  await page.locator('.language-toggle').click();
  await expect(figure(page, 'New people')).toHaveText('1');
  await expect(figure(page, 'Possible duplicates')).toHaveText('2');
  await screenshot(page, 'roster-import-preview-en');
  await page.locator('.language-toggle').click();

  await page.getByRole('button', { name: '导入 2 人' }).click();
  await expect(page.getByText('已导入 1 人。')).toBeVisible();
  await expect(page.getByText('更新了 1 人的记录。')).toBeVisible();

  // Every title kept as written, searchable, and the person with the other spelling updated, not doubled.
  await section('学员').click();
  await expect(page.getByText('共 8 名学员')).toBeVisible();
  await page.getByLabel('查找学员').fill('叉车');
  await expect(page.getByText('找到 2 人')).toBeVisible();
  await expect(page.getByRole('cell', { name: '叉车司机' })).toHaveCount(2);
  await page.getByLabel('查找学员').fill('lk');
  await expect(page.getByRole('button', { name: '李坤' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '仓管员组长' })).toBeVisible();
  await page.getByLabel('查找学员').fill('');
  for (const title of ['质检员', '仓管员组长', '叉车司机', '车间主任', '总经理', '研发']) await expect(page.getByRole('cell', { name: title, exact: true }).first()).toBeVisible();
  await screenshot(page, 'roster-import-participants-zh');

  expect(foreignRequests).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});
