import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfText } from '../unit/pdf/poppler';
import { callApi } from './api-helpers';
import { combinedPdf, importFile, qrOf, saved, verifyPhoto } from './certificate-files';
import { expect, screenshot, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer } from './workshop-setup';

async function nameKeyHolder(page: Page, origin: string, name: string, organisation: string): Promise<void> {
  await page.goto(`${origin}/#/settings`);
  await page.getByLabel('Organisation name').fill(organisation);
  await page.getByLabel('Your name, as your key file gives it').fill(name);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

test("a co-delivered workshop's certificates carry the co-signer's own signature, made on their computer", async ({ page, app, otherComputer }) => {
  test.setTimeout(120_000);
  // Computer B belongs to the labour inspector who co-delivers the workshop.
  await firstRunAsTrainer(page, otherComputer.url);
  await nameKeyHolder(page, otherComputer.origin, '李安全', 'Wujiang Labour Inspection');
  const inspectorKey = await saved(page, () => page.getByRole('button', { name: 'Save public key file' }).click());

  // Computer A: the trainer issues the certificates, both names printed.
  await firstRunAsTrainer(page, app.url);
  await nameKeyHolder(page, app.origin, '陈珺', 'SCORE Suzhou Training Centre');
  await importFile(page, 'Import a public key file', inspectorKey);
  await expect(page.getByText('Key of 李安全 · Wujiang Labour Inspection imported.')).toBeVisible();
  const trainerKey = await saved(page, () => page.getByRole('button', { name: 'Save public key file' }).click());
  const workshopId = await finishedWorkshop(page, { trainerNames: ['陈珺', '李安全'] });
  await callApi(page, 'setTrainerTitle', { trainerName: '李安全', title: 'Labour inspector' });
  await callApi(page, 'setCertificateRules', { workshopId, rules: { minAttendancePercent: 80, requirePostTestPassed: false } });
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/certificates`);
  await page.getByRole('button', { name: 'Issue certificates' }).click();
  await expect(page.getByText("0 of 6 co-signed certificates carry the co-signer's signature.")).toBeVisible();
  const request = await saved(page, () => page.getByRole('button', { name: 'Save request for the co-signer' }).click());

  // Computer B signs them with its own key.
  await page.goto(`${otherComputer.origin}/#/settings`);
  await importFile(page, 'Import a public key file', trainerKey);
  const answerDownload = page.waitForEvent('download');
  await importFile(page, "Countersign another trainer's certificates", request);
  const answerFile = await answerDownload;
  const answer = { name: answerFile.suggestedFilename(), bytes: new Uint8Array(readFileSync(await answerFile.path())) };
  await expect(page.getByText('6 certificates countersigned.', { exact: false })).toBeVisible();

  // Back on A: the signatures come in, and printed codes carry both.
  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/certificates`);
  await importFile(page, "Import the co-signer's signatures", answer);
  await expect(page.getByText('6 signatures imported.')).toBeVisible();
  await expect(page.getByText("6 of 6 co-signed certificates carry the co-signer's signature.")).toBeVisible();
  await screenshot(page, 'countersign-panel-en');
  const pdf = await combinedPdf(page);
  const text = pdfText(pdf);
  expect(text).toContain('Labour inspector');
  const zhe = qrOf(pdf, '张喆');

  await page.goto(`${app.origin}/#/verify`);
  await verifyPhoto(page, zhe.png, zhe.code);
  await expect(page.getByText('Also signed with the key of 李安全 · Wujiang Labour Inspection, the co-signer.')).toBeVisible();
  await expect(page.getByLabel('The signed fields, laid out like the certificate')).toContainText('Labour inspector');
  await screenshot(page, 'verify-countersigned-en');
  await page.goto(`${otherComputer.origin}/#/verify`);
  await verifyPhoto(page, zhe.png, zhe.code);
  await expect(page.getByText("Also signed with this computer's key, as co-signer.")).toBeVisible();
});
