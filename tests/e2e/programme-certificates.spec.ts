import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { callApi } from './api-helpers';
import { finishedWorkshop, firstRunAsTrainer, NAMES } from './workshop-setup';
import { pdfText } from '../unit/pdf/poppler';

test('a trainer prints the certificates of two finished workshops (a programme) as one combined PDF', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const first = await finishedWorkshop(page);
  const second = await finishedWorkshop(page, { title: 'Safety and health, Wujiang group 2', enterpriseZh: '东方化工', enterpriseEn: 'Dongfang Chemicals' });
  for (const workshopId of [first, second]) {
    await callApi(page, 'setCertificateRules', { workshopId, rules: { minAttendancePercent: 80, requirePostTestPassed: false } });
    await callApi(page, 'issueCertificates', { workshopId });
  }

  await page.goto(`${app.origin}/#/trainer/workshops`);
  const download = page.getByRole('button', { name: 'Download certificates' });
  await expect(download).toBeDisabled();
  await page.getByLabel('Select Safety and health, Wujiang group 1 for the certificate batch').check();
  await page.getByLabel('Select Safety and health, Wujiang group 2 for the certificate batch').check();
  await expect(page.getByText('2 finished workshops selected.')).toBeVisible();
  await page.getByRole('radio', { name: 'One PDF with all' }).click();
  const saved = page.waitForEvent('download');
  await download.click();
  const file = await saved;
  await expect(page.getByText('1 file saved.')).toBeVisible();
  await screenshot(page, 'programme-certificates-en');

  const text = pdfText(new Uint8Array(readFileSync(await file.path())));
  const pages = text.split('\f').filter((page) => page.trim() !== '');
  expect(pages).toHaveLength(NAMES.length * 2);
  for (const name of NAMES) expect(text.split(name).length - 1, name).toBeGreaterThanOrEqual(2);
});
