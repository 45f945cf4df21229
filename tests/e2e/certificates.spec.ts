import { readFileSync } from 'node:fs';
import { expect, screenshot, test } from './fixtures';
import { finishedWorkshop, firstRunAsTrainer, issuedCertificatesPdf, NAMES } from './workshop-setup';
import { pdfPagePngs, pdfText } from '../unit/pdf/poppler';
import { readQrCode } from '../unit/pdf/qr-reader';

test('a trainer issues the certificates of a finished workshop, watches the progress and downloads the PDFs', async ({ page, app, foreignRequests }) => {
  await firstRunAsTrainer(page, app.url);
  const workshopId = await finishedWorkshop(page);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Organisation name').fill('SCORE Suzhou Training Centre');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await screenshot(page, 'certificate-settings-en');

  await page.goto(`${app.origin}/#/trainer/workshops/${workshopId}/certificates`);
  await expect(page.getByText('0 of 6 participants qualify')).toBeVisible();
  await page.getByLabel('Must pass the post-test').uncheck();
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('6 of 6 participants qualify')).toBeVisible();
  await page.getByRole('button', { name: 'Issue certificates' }).click();
  await expect(page.getByRole('status').filter({ hasText: '6 certificates issued.' })).toBeVisible();
  await expect(page.getByRole('row', { name: /张喆/ })).toContainText(/-\d{4}-\d{4}/);
  await screenshot(page, 'certificates-panel-en');

  // Hold the first progress poll until the bar has been seen, so the test does not race a fast batch.
  let releasePoll!: () => void;
  const pollHeld = new Promise<void>((resolve) => (releasePoll = resolve));
  await page.route('**/api/getJobProgress', async (route) => {
    await pollHeld;
    await route.continue();
  });
  const downloads: Array<{ name: string; path: string }> = [];
  page.on('download', (download) => {
    void download.path().then((path) => downloads.push({ name: download.suggestedFilename(), path }));
  });
  await page.getByRole('button', { name: 'Download certificates' }).click();
  const bar = page.getByRole('progressbar', { name: 'Progress of the certificates' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('aria-valuemax', '6');
  await expect(page.getByText(/Preparing certificate \d of 6/)).toBeVisible();
  await screenshot(page, 'certificates-progress-en');
  releasePoll();
  await expect(page.getByText('6 files saved.')).toBeVisible();
  await expect.poll(() => downloads.length).toBe(6);
  await page.unroute('**/api/getJobProgress');

  for (const name of NAMES) {
    const file = downloads.find((d) => d.name.endsWith(`${name}.pdf`));
    expect(file, name).toBeDefined();
    const text = pdfText(new Uint8Array(readFileSync(file!.path)));
    expect(text).toContain(name);
    expect(text).toContain('SCORE Suzhou Training Centre');
  }

  // One combined file too.
  await page.getByRole('radio', { name: 'One PDF with all' }).click();
  await page.getByRole('button', { name: 'Download certificates' }).click();
  await expect(page.getByText('1 file saved.')).toBeVisible();
  await expect.poll(() => downloads.length).toBe(7);
  expect(downloads[6]!.name).toBe('Certificates - Safety and health, Wujiang group 1.pdf');

  // The QR code of a downloaded certificate, photographed (here: rendered to PNG), verifies on the Verify screen.
  const zhe = downloads.find((d) => d.name.endsWith('张喆.pdf'))!;
  const png = pdfPagePngs(new Uint8Array(readFileSync(zhe.path)), 100)[0]!;
  const code = readQrCode(png)!;
  await page.goto(`${app.origin}/#/trainer`);
  await page.getByRole('link', { name: 'Verify a certificate' }).click();
  await expect(page.getByRole('heading', { name: 'Verify a certificate' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Read from a photo or image' }).click();
  await (await chooser).setFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await expect(page.getByRole('heading', { name: /^Valid — checked against this computer's own revocation list of / })).toBeVisible();
  await expect(page.getByText('张喆', { exact: true })).toBeVisible();
  await expect(page.getByLabel('Certificate code')).toHaveValue(code);
  await screenshot(page, 'verify-valid-en');

  expect(foreignRequests).toEqual([]);
});

test('the verify screen tells a valid code from an altered one and from text that is no code, in Chinese', async ({ page, app }) => {
  await firstRunAsTrainer(page, app.url);
  const pdf = await issuedCertificatesPdf(page, await finishedWorkshop(page));
  const code = readQrCode(pdfPagePngs(pdf, 100)[0]!)!;

  await page.getByRole('button', { name: /^中文/ }).click();
  await page.goto(`${app.origin}/#/verify`);
  const field = page.getByLabel('证书验证码');
  // A USB barcode scanner types the code and presses Enter.
  await field.pressSequentially(code.slice(0, 40));
  await field.fill(code);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: /^有效——已与本机 .* 的撤销清单核对$/ })).toBeVisible();
  await screenshot(page, 'verify-valid-zh');

  const altered = code.slice(0, 30) + (code[30] === 'A' ? 'B' : 'A') + code.slice(31);
  await field.fill(altered);
  await field.press('Enter');
  await expect(page.getByRole('heading', { name: '验证码已被改动' })).toBeVisible();
  await screenshot(page, 'verify-tampered-zh');

  await field.fill('NOT-A-CODE');
  await page.getByRole('button', { name: '查验' }).click();
  await expect(page.getByRole('heading', { name: '这不是证书验证码' })).toBeVisible();

  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '查验密钥' })).toBeVisible();
  await expect(page.getByRole('button', { name: '为陈珺添加签名' })).toBeVisible();
  await screenshot(page, 'certificate-settings-zh');
});
