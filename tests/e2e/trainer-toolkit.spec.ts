import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './fixtures';
import { answerCurrentQuestion } from './learn-helpers';
import { firstRunAsTrainer } from './workshop-setup';

/** Roster files written the way Excel and WPS on Chinese Windows save them. */
async function writeRosters(dir: string) {
  const gbk = join(dir, '华丰纺织-花名册.csv');
  writeFileSync(
    gbk,
    iconv.encode(
      [
        '姓名,性别,企业,职务,部门,手机',
        '张伟,男,华丰纺织有限公司,经理,生产部,13800138000',
        '王芳,女,华丰纺织有限公司,班组长,缝纫车间,13900139000',
        '李娜,女,华丰纺织有限公司,员工,缝纫车间,13700137000',
        '刘洋,男,华丰纺织有限公司,安全员,安环部,13600136000',
      ].join('\r\n') + '\r\n',
      'gbk',
    ),
  );
  const bad = join(dir, 'roster-with-a-bad-row.csv');
  writeFileSync(bad, iconv.encode('姓名,性别,企业\r\n陈静,女,东方化工\r\n赵敏,公,东方化工\r\n', 'gbk'));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['东方化工 2026 年第一期参训人员名单']);
  sheet.addRow(['姓名', '性别', '所在单位', '岗位', '手机号码']);
  sheet.addRow(['陈静', '女', '东方化工', 'EIT成员', 13500135000]);
  sheet.addRow(['黄磊', '男', '东方化工', '工人', 13400134000]);
  sheet.addRow(['周杰', '男', '东方化工', '主管', 13300133000]);
  const xlsx = join(dir, '东方化工.xlsx');
  writeFileSync(xlsx, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return { gbk, bad, xlsx };
}

async function addEnterprise(page: Page, nameZh: string, nameEn: string, sector: string) {
  await page.getByRole('button', { name: 'Add enterprise' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add enterprise' });
  await dialog.getByLabel('Name in Chinese').fill(nameZh);
  await dialog.getByLabel('Name in English').fill(nameEn);
  await dialog.getByLabel('Sector').selectOption({ label: sector });
  await dialog.getByLabel('Women in the workforce').fill('120');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('rowheader', { name: new RegExp(nameEn) })).toBeVisible();
}

async function chooseRoster(page: Page, file: string, button: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** Types a paper answer sheet: a plausible code for each question from the hint beside its box. */
async function typeAnswerSheet(page: Page) {
  const rows = page.locator('.paper-grid li');
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const hint = (await row.locator('.paper-hint').textContent()) ?? '';
    const box = row.getByRole('textbox');
    const letters = /(\d+) letters/.exec(hint);
    if (hint.startsWith('T / F')) await box.fill('T');
    else if (hint.startsWith('places found')) await box.fill('1');
    else if (letters) await box.fill('ABCDEFGH'.slice(0, Number(letters[1])));
    else await box.fill(i % 2 === 0 ? 'A' : 'B');
  }
}

test('a trainer sets up two enterprises, imports rosters, runs a workshop with attendance and tests, and sees the knowledge gain', async ({ page, app, foreignRequests }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'score-rosters-'));
  const files = await writeRosters(dir);
  await firstRunAsTrainer(page, app.url);
  const section = (name: string) => page.getByRole('navigation', { name: /^(Trainer sections|培训师功能)$/ }).getByRole('link', { name, exact: true });
  const workshopTab = (name: string) => page.getByRole('navigation', { name: /^(Workshop sections|培训班内容)$/ }).getByRole('link', { name: new RegExp(`^${name}`) });

  // Two enterprises.
  await section('Enterprises').click();
  await addEnterprise(page, '华丰纺织有限公司', 'Huafeng Textiles', 'Textiles and garments');
  await addEnterprise(page, '东方化工', 'Dongfang Chemicals', 'Chemicals');
  await screenshot(page, 'trainer-enterprises-en');

  // A GBK CSV roster.
  await section('Participants').click();
  await page.getByRole('link', { name: 'Import roster' }).click();
  await chooseRoster(page, files.gbk, 'Choose a file…');
  await expect(page.getByText('CSV, GBK / GB18030')).toBeVisible();
  await expect(page.locator('.roster-figure').filter({ hasText: 'Errors' }).locator('dd')).toHaveText('0');
  await expect(page.getByRole('rowheader', { name: '王芳' })).toBeVisible();
  await screenshot(page, 'trainer-import-preview-en');
  await page.getByRole('button', { name: 'Import 4 people' }).click();
  await expect(page.getByText('4 people imported.')).toBeVisible();

  // A roster with a bad row names the row and imports nothing.
  await chooseRoster(page, files.bad, 'Choose a file…');
  await expect(page.getByText('Row 3, Gender: “公” is not a gender this app knows')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d+ people$/ })).toBeDisabled();
  await screenshot(page, 'trainer-import-bad-row-en');

  // An XLSX roster with Chinese headers under a title row.
  await chooseRoster(page, files.xlsx, 'Choose another file…');
  await expect(page.getByText('Columns: headers on row 2')).toBeVisible();
  await expect(page.getByRole('rowheader', { name: '周杰' })).toBeVisible();
  await page.getByRole('button', { name: 'Import 3 people' }).click();
  await expect(page.getByText('3 people imported.')).toBeVisible();

  await section('Participants').click();
  await expect(page.getByText('7 participants in total')).toBeVisible();
  await expect(page.getByRole('button', { name: '赵敏' })).toHaveCount(0);
  await page.getByLabel('Search participants').fill('zw');
  await expect(page.getByText('1 found')).toBeVisible();
  await expect(page.getByRole('button', { name: '张伟' })).toBeVisible();
  await screenshot(page, 'trainer-participants-en');

  // A two-day workshop: four half-day sessions.
  await section('Workshops').click();
  await page.getByRole('button', { name: 'New workshop' }).click();
  const form = page.getByRole('dialog', { name: 'New workshop' });
  await form.getByLabel('Module').selectOption({ label: 'Safety and Health at Work' });
  await form.getByLabel('Title').fill('Safety and health, Wujiang group 1');
  await form.getByLabel('First day').fill('2026-03-10');
  await form.getByLabel('Last day').fill('2026-03-11');
  await form.getByLabel('Venue or address').fill('Wujiang training centre');
  await form.getByLabel('Trainers').fill('陈老师');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(form.getByText('Half-day sessions (4)')).toBeVisible();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Safety and health, Wujiang group 1' })).toBeVisible();
  await expect(page.getByText('4 half-days, 14 hours in all')).toBeVisible();

  // Enroll both enterprises.
  for (const enterprise of ['Huafeng Textiles (4)', 'Dongfang Chemicals (3)']) {
    await page.getByLabel('Everyone from one enterprise').selectOption({ label: enterprise });
    await page.getByRole('button', { name: 'Enroll all' }).click();
    await expect(page.getByRole('status')).toContainText(/Enrolled [34] more/);
  }
  await expect(page.getByRole('heading', { name: 'Enrolled (7)' })).toBeVisible();
  await screenshot(page, 'trainer-enrollment-en');

  // Attendance: a click selects, a second click marks; keys for the first session, "Mark all present" for the second.
  await workshopTab('Attendance').click();
  const grid = page.getByRole('grid', { name: 'Attendance' });
  await grid.getByRole('gridcell').first().click();
  await expect(grid.getByRole('gridcell').first()).toHaveAccessibleName(/: Not marked$/);
  await grid.getByRole('gridcell').first().click();
  await expect(grid.getByRole('gridcell').first()).toHaveAccessibleName(/: Present$/);
  for (const key of ['l', 'a', 'e', 'p', 'p', 'p']) await page.keyboard.press(key);
  await page.getByRole('button', { name: /^All present: .*Afternoon/ }).first().click();
  const attendedRow = grid.getByRole('row').last();
  await expect(attendedRow).toContainText('4 of 7');
  await expect(attendedRow).toContainText('7 of 7');
  await expect(page.getByRole('row', { name: /^Female / })).toContainText('6 of 12');
  await expect(page.getByRole('row', { name: /^Male / })).toContainText('5 of 16');
  await screenshot(page, 'trainer-attendance-en');

  // Tests: a pre- and a post-test typed in from paper for one participant, a post-test taken on screen by another.
  await workshopTab('Tests').click();
  await page.getByLabel('Participant').selectOption({ label: '王芳' });
  await typeAnswerSheet(page);
  await page.getByRole('button', { name: 'Save this sheet' }).click();
  await expect(page.getByText(/Saved: 王芳, [\d.]+%/)).toBeVisible();
  await page.getByRole('radio', { name: 'Post-test' }).click();
  await page.getByLabel('Participant').selectOption({ label: '王芳' });
  await typeAnswerSheet(page);
  await page.getByRole('button', { name: 'Save this sheet' }).click();
  await expect(page.getByText(/Saved: 王芳, [\d.]+%/)).toBeVisible();

  await page.getByRole('button', { name: 'Take test: 张伟 takes the Post-test on this computer' }).click();
  const handOver = page.getByRole('dialog', { name: 'Test' });
  await expect(handOver.getByText('Test for 张伟')).toBeVisible();
  await screenshot(page, 'trainer-hand-over-en');
  const total = Number(/of (\d+)/.exec((await handOver.getByText(/^Question 1 of/).textContent()) ?? '')?.[1]);
  for (let i = 1; i <= total; i++) {
    await answerCurrentQuestion(page);
    await handOver.getByRole('button', { name: i < total ? 'Next' : 'Finish the test', exact: true }).click();
    if (i < total) await expect(handOver.getByText(`Question ${i + 1} of ${total}`)).toBeVisible();
  }
  await handOver.getByRole('button', { name: 'Hand in' }).click();
  await expect(handOver.getByRole('heading', { name: 'Thank you!' })).toBeVisible();
  await handOver.getByLabel('Trainer PIN').fill('1111');
  await handOver.getByRole('button', { name: 'Back to the trainer view' }).click();
  await expect(handOver.getByRole('alert')).toHaveText('That PIN is not correct.');
  await handOver.getByLabel('Trainer PIN').fill('2468');
  await handOver.getByRole('button', { name: 'Back to the trainer view' }).click();

  // The knowledge-gain chart.
  const chart = page.getByRole('region', { name: 'Knowledge gain: pre-test and post-test averages' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByRole('row', { name: /^张伟 / })).toContainText('on screen');
  await expect(page.getByText('Knowledge gain (1 took both)')).toBeVisible();
  await screenshot(page, 'trainer-results-en');
  await chart.getByRole('radio', { name: 'By gender' }).click();
  await page.getByRole('button', { name: /^中文/ }).click();
  await expect(page.getByRole('region', { name: '知识提升：摸底测试与结业测试平均分' })).toBeVisible();
  await screenshot(page, 'trainer-results-zh');
  await workshopTab('考勤').click();
  await expect(page.getByRole('grid', { name: '考勤表' })).toBeVisible();
  await screenshot(page, 'trainer-attendance-zh');
  await section('概览').click();
  await expect(page.getByText('最近的培训班')).toBeVisible();
  await screenshot(page, 'trainer-overview-zh');
  await section('备份').click();
  await expect(page.getByText(app.dataDir, { exact: true })).toBeVisible();
  await screenshot(page, 'trainer-backup-zh');

  expect(foreignRequests).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});
