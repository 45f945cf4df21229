import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfPagePngs } from '../unit/pdf/poppler';
import { readQrCode } from '../unit/pdf/qr-reader';
import { writeY4m } from './fake-camera';
import { expect, screenshot, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer, issuedCertificatesPdf } from './workshop-setup';

// Chromium reads the fake camera's file when the camera starts, so the test can write it first.
const VIDEO = join(tmpdir(), `score-fake-camera-${process.pid}.y4m`);

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${VIDEO}`],
  },
});

test.afterAll(() => rmSync(VIDEO, { force: true }));

test('the verify screen reads a certificate held up to the camera', async ({ page, app, foreignRequests }) => {
  await firstRunAsTrainer(page, app.url);
  const pdf = await issuedCertificatesPdf(page, await finishedWorkshop(page));
  // The certificate's lower right quarter, as a phone-camera-sized frame: the QR code fills a good part of it.
  const page1 = pdfPagePngs(pdf, 110)[0]!;
  const code = readQrCode(page1)!;
  writeY4m(VIDEO, page1, 640, 480, { x: 1286 - 640, y: 909 - 480 });

  await page.goto(`${app.origin}/#/verify`);
  await page.getByRole('button', { name: 'Use the camera' }).click();
  await expect(page.getByRole('heading', { name: /^Valid — checked against/ })).toBeVisible();
  await expect(page.getByLabel('Certificate code')).toHaveValue(code);
  await screenshot(page, 'verify-camera-en');
  expect(foreignRequests).toEqual([]);
});
