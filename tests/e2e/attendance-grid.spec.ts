import type { Locator, Page } from '@playwright/test';
import { callApi } from './api-helpers';
import { expect, test } from './fixtures';
import { firstRunAsTrainer, switchToChinese } from './workshop-setup';

const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['喆', '堃', '珺', '昇', '芳'];

/** A workshop of 50 people from two enterprises over eight days (16 half-days, wider than the window). */
async function bigWorkshop(page: Page): Promise<string> {
  const enterprises = [];
  for (const nameZh of ['华丰纺织有限公司', '吴江经济技术开发区东方化工有限公司']) {
    enterprises.push(
      await callApi<{ id: string }>(page, 'createEnterprise', {
        enterprise: { nameZh, nameEn: '', sector: 'textiles', sizeBand: 'medium', city: '苏州', district: '', contactName: '', contactPhone: '', workersFemale: 0, workersMale: 0 },
      }),
    );
  }
  const ids: string[] = [];
  for (let i = 0; i < 50; i++) {
    const name = `${SURNAMES[i % 10]}${GIVEN[Math.floor(i / 10)]}${i + 1}`;
    ids.push((await callApi<{ id: string }>(page, 'createParticipant', { participant: { name, gender: i % 2 ? 'male' : 'female', enterpriseId: enterprises[i % 2]!.id, role: 'worker', department: '', phone: '' } })).id);
  }
  const days = Array.from({ length: 8 }, (_, i) => `2025-03-${String(3 + i).padStart(2, '0')}`);
  const workshop = await callApi<{ id: string }>(page, 'createWorkshop', {
    workshop: {
      moduleId: 'osh',
      title: '职业安全与健康 吴江第三期',
      startDate: days[0],
      endDate: days.at(-1),
      location: '吴江培训中心',
      siteEnterpriseId: null,
      hoursPerSession: 3.5,
      trainerNames: ['陈珺'],
      sessions: days.flatMap((date) => [
        { date, half: 'am' },
        { date, half: 'pm' },
      ]),
    },
  });
  await callApi(page, 'enrollParticipants', { workshopId: workshop.id, participantIds: ids });
  return workshop.id;
}

/** The first session's cell in the row of the named person. */
function cellOf(grid: Locator, name: string): Locator {
  return grid.getByRole('row').filter({ has: grid.page().getByRole('rowheader', { name: new RegExp(`^${name}`) }) }).getByRole('gridcell').first();
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

test('a click only selects an attendance cell; a second click, a key or Enter changes it', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await bigWorkshop(page);
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/attendance`);
  const grid = page.getByRole('grid', { name: '考勤表' });
  await grid.getByRole('button', { name: /把还没记考勤的人全部记为出勤/ }).first().click();

  const cell = cellOf(grid, '张喆1');
  const row = Number((await cell.getAttribute('data-cell'))!.split(':')[0]);
  await cell.click();
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAccessibleName(/：出勤$/);

  await cell.click();
  await expect(cell).toHaveAccessibleName(/：迟到$/);
  await page.keyboard.press('Enter');
  await expect(cell).toHaveAccessibleName(/：请假$/);
  await cell.click();
  await expect(cell).toHaveAccessibleName(/：缺勤$/);
  await page.keyboard.press('p');
  await expect(cell).toHaveAccessibleName(/：出勤$/);
  const next = grid.locator(`[data-cell="${row + 1}:0"]`);
  await expect(next).toBeFocused();
  const nextName = (await next.getAttribute('aria-label'))!.split('，')[0]!;

  // What was saved is what the grid shows.
  await page.reload();
  await expect(cellOf(grid, '张喆1')).toHaveAccessibleName(/：出勤$/);
  await expect(cellOf(grid, nextName)).toHaveAccessibleName(/：出勤$/);
});

test('a right click opens a small menu of the marks; choosing one changes only that cell', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await bigWorkshop(page);
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/attendance`);
  const grid = page.getByRole('grid', { name: '考勤表' });
  const cell = cellOf(grid, '张喆1');
  await cell.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: '考勤标记' });
  await expect(menu.getByRole('menuitemradio')).toHaveCount(5);
  await expect(cell).toHaveAccessibleName(/：未记录$/);
  await page.screenshot({ path: 'test-results/screenshots/attendance-menu-zh.png' });
  await menu.getByRole('menuitemradio', { name: '请假' }).click();
  await expect(menu).toBeHidden();
  await expect(cell).toHaveAccessibleName(/：请假$/);
  await expect(cell).toBeFocused();

  // From the keyboard: the context-menu key opens it, arrows move, Escape closes without a change.
  await page.keyboard.press('Shift+F10');
  await expect(menu.getByRole('menuitemradio', { name: '请假' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitemradio', { name: '缺勤' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(cell).toHaveAccessibleName(/：请假$/);
  await page.reload();
  await expect(cellOf(grid, '张喆1')).toHaveAccessibleName(/：请假$/);
});

test('fifty people: one scroll area with a sticky header, name column and totals row, many rows in view on a laptop', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await bigWorkshop(page);
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/attendance`);
  const grid = page.getByRole('grid', { name: '考勤表' });
  await expect(grid.getByRole('row')).not.toHaveCount(0);
  // The trainer scrolls the page until the grid meets the top bar; from there on only the grid scrolls.
  await grid.evaluate((element) => element.ownerDocument.defaultView!.scrollBy(0, element.getBoundingClientRect().top - element.ownerDocument.querySelector('.topbar')!.getBoundingClientRect().height));

  const area = await box(grid);
  expect(area.y + area.height).toBeLessThanOrEqual(768);
  const visibleRows = await grid.evaluate((element) => {
    const view = element.getBoundingClientRect();
    return [...element.querySelectorAll('.ag-body [role="row"]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= view.top && r.bottom <= view.bottom;
    }).length;
  });
  expect(visibleRows).toBeGreaterThanOrEqual(14);
  await page.screenshot({ path: 'test-results/screenshots/attendance-50-zh.png' });

  // Scrolled to the far corner, the header, the totals and the names are still in view.
  await grid.evaluate((element) => element.scrollTo(element.scrollWidth, element.scrollHeight));
  await expect(grid.getByRole('rowheader', { name: /^周芳50/ })).toBeVisible();
  const header = await box(grid.getByRole('columnheader', { name: '学员' }));
  const totals = await box(grid.getByRole('rowheader', { name: '出勤人数' }));
  const name = await box(grid.getByRole('rowheader', { name: /^周芳50/ }));
  const after = await box(grid);
  expect(Math.abs(header.y - after.y)).toBeLessThanOrEqual(2);
  expect(Math.abs(totals.y + totals.height - (after.y + after.height))).toBeLessThanOrEqual(20);
  expect(name.x - after.x).toBeLessThanOrEqual(16);
  expect(header.x - after.x).toBeLessThanOrEqual(16);
  await page.screenshot({ path: 'test-results/screenshots/attendance-50-scrolled-zh.png' });
  await page.getByRole('button', { name: /^English/ }).click();
  await expect(page.getByRole('grid', { name: 'Attendance' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screenshots/attendance-50-scrolled-en.png' });
});

test('a jump link takes the keyboard straight to the attendance grid', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await bigWorkshop(page);
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/attendance`);
  // A fresh load, so the Tab key starts from the top of the page.
  await page.reload();
  await expect(page.getByRole('grid', { name: '考勤表' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '跳到考勤表' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[role="gridcell"][tabindex="0"]')).toBeFocused();
});
