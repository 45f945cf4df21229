import { callApi } from './api-helpers';
import { expect, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer, switchToChinese } from './workshop-setup';

/** YYYY-MM-DD, `days` from today on this computer. */
function dayFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() + days)).toISOString().slice(0, 10);
}

test('finishing a workshop from its certificates tab enables issuing at once', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await finishedWorkshop(page, { status: 'running' });
  await callApi(page, 'setCertificateRules', { workshopId, rules: { minAttendancePercent: 80, requirePostTestPassed: false } });
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/certificates`);
  const issue = page.getByRole('button', { name: '颁发证书' });
  await expect(issue).toBeDisabled();
  await expect(page.getByText('把培训班标记为“已结束”后才能颁发证书。')).toBeVisible();

  await page.getByRole('radio', { name: '已结束' }).click();
  await expect(issue).toBeEnabled();
  await expect(page.getByText('把培训班标记为“已结束”后才能颁发证书。')).toBeHidden();
});

test('a workshop whose last session has passed offers to be marked finished', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await finishedWorkshop(page, { status: 'running' });
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/certificates`);
  await page.getByRole('button', { name: '标记为已结束' }).click();
  await expect(page.getByRole('radio', { name: '已结束' })).toBeChecked();
  await expect(page.getByRole('button', { name: '标记为已结束' })).toBeHidden();
});

test('recording attendance in a planned workshop offers to mark it in progress', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const enterprise = await callApi<{ id: string }>(page, 'createEnterprise', {
    enterprise: { nameZh: '华丰纺织有限公司', nameEn: '', sector: 'textiles', sizeBand: 'medium', city: '苏州', district: '', contactName: '', contactPhone: '', workersFemale: 0, workersMale: 0 },
  });
  const person = await callApi<{ id: string }>(page, 'createParticipant', {
    participant: { name: '张喆', gender: 'male', enterpriseId: enterprise.id, role: 'worker', department: '', phone: '' },
  });
  const start = dayFromToday(1);
  const workshop = await callApi<{ id: string }>(page, 'createWorkshop', {
    workshop: { moduleId: 'osh', title: '职业安全与健康 第二期', startDate: start, endDate: start, location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: [], sessions: [{ date: start, half: 'am' }] },
  });
  await callApi(page, 'enrollParticipants', { workshopId: workshop.id, participantIds: [person.id] });
  await switchToChinese(page);
  await page.goto(`${app.origin}/#/trainer/workshops/${workshop.id}/attendance`);
  await expect(page.getByRole('radio', { name: '计划中' })).toBeChecked();
  await expect(page.getByRole('button', { name: '改为进行中' })).toBeHidden();

  await page.getByRole('button', { name: /把还没记考勤的人全部记为出勤/ }).click();
  await page.getByRole('button', { name: '改为进行中' }).click();
  await expect(page.getByRole('radio', { name: '进行中' })).toBeChecked();
});
