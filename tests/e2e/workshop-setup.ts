import { expect, type Page } from '@playwright/test';
import { callApi } from './api-helpers';

export const NAMES = ['张喆', '王堃', '李珺', '刘昇', 'Zoë Brontë-Müller', 'Łukasz Żółkiewski'];

/** The trainer switches the app to 中文 with the header's language toggle. */
export async function switchToChinese(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^中文/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
}

export async function firstRunAsTrainer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('New trainer PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await page.getByRole('button', { name: 'I have written it down' }).click();
  await expect(page.getByRole('heading', { name: 'Trainer', exact: true })).toBeVisible();
}

/** A two-day workshop in 2025, everyone present in every session, marked done (unless told): ready for certificates. */
export async function finishedWorkshop(
  page: Page,
  options: { title?: string; enterpriseZh?: string; enterpriseEn?: string; trainerNames?: string[]; status?: 'running' | 'done' } = {},
): Promise<string> {
  const { title = 'Safety and health, Wujiang group 1', enterpriseZh = '华丰纺织有限公司', enterpriseEn = 'Huafeng Textiles', trainerNames = ['陈珺'], status = 'done' } = options;
  const enterprise = await callApi<{ id: string }>(page, 'createEnterprise', {
    enterprise: { nameZh: enterpriseZh, nameEn: enterpriseEn, sector: 'textiles', sizeBand: 'medium', city: '苏州', district: '吴江区', contactName: '', contactPhone: '', workersFemale: 0, workersMale: 0 },
  });
  const ids: string[] = [];
  for (const name of NAMES) {
    const participant = await callApi<{ id: string }>(page, 'createParticipant', {
      participant: { name, gender: 'female', enterpriseId: enterprise.id, role: 'worker', department: '', phone: '' },
    });
    ids.push(participant.id);
  }
  const workshop = await callApi<{ id: string; sessions: Array<{ id: string }> }>(page, 'createWorkshop', {
    workshop: {
      moduleId: 'osh',
      title,
      startDate: '2025-03-04',
      endDate: '2025-03-05',
      location: 'Wujiang training centre',
      siteEnterpriseId: null,
      hoursPerSession: 3.5,
      trainerNames,
      sessions: [
        { date: '2025-03-04', half: 'am' },
        { date: '2025-03-04', half: 'pm' },
        { date: '2025-03-05', half: 'am' },
        { date: '2025-03-05', half: 'pm' },
      ],
    },
  });
  await callApi(page, 'enrollParticipants', { workshopId: workshop.id, participantIds: ids });
  for (const session of workshop.sessions) await callApi(page, 'markAllPresent', { sessionId: session.id });
  await callApi(page, 'setWorkshopStatus', { id: workshop.id, status });
  return workshop.id;
}

/**
 * Issues the certificates of a finished workshop (attendance alone qualifies) and returns the combined PDF's
 * bytes, fetched through the API as the page would.
 */
export async function issuedCertificatesPdf(page: Page, workshopId: string): Promise<Uint8Array> {
  await callApi(page, 'setCertificateRules', { workshopId, rules: { minAttendancePercent: 80, requirePostTestPassed: false } });
  await callApi(page, 'issueCertificates', { workshopId });
  const job = await callApi<{ jobId: string }>(page, 'startCertificateExport', { workshopIds: [workshopId], layout: 'combined' });
  await expect.poll(async () => (await callApi<{ state: string }>(page, 'getJobProgress', { jobId: job.jobId })).state).toBe('done');
  const base64 = await page.evaluate(async (jobId) => {
    const response = await fetch('/api/takeJobFiles', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-score-token': sessionStorage.getItem('score.token') ?? '', 'x-score-client': sessionStorage.getItem('score.client') ?? '' },
      body: JSON.stringify({ jobId }),
    });
    return ((await response.json()) as { value: { files: Array<{ bytes: { $bytes: string } }> } }).value.files[0]!.bytes.$bytes;
  }, job.jobId);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}
