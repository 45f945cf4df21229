/** Files that pass between the trainer and the app in certificate tests: downloads, uploads, QR codes read off PDFs. */
import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { pdfPagePngs, pdfText } from '../unit/pdf/poppler';
import { readQrCode } from '../unit/pdf/qr-reader';

/** The download that the click starts, with its bytes. */
export async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await click();
  const file = await download;
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** The combined certificates PDF from a Print certificates section, as the trainer downloads it. */
export async function combinedPdf(page: Page): Promise<Uint8Array> {
  await page.getByRole('radio', { name: 'One PDF with all' }).click();
  const file = await saved(page, () => page.getByRole('button', { name: 'Download certificates' }).click());
  await expect(page.getByText('1 file saved.')).toBeVisible();
  return file.bytes;
}

/** The QR code of the page that names this person, read from the page rendered as an image (as a phone would). */
export function qrOf(pdf: Uint8Array, name: string): { code: string; png: Uint8Array } {
  const pages = pdfText(pdf).split('\f');
  const index = pages.findIndex((text) => text.includes(name));
  expect(index, name).toBeGreaterThanOrEqual(0);
  const png = pdfPagePngs(pdf, 100, index + 1)[0]!;
  const code = readQrCode(png);
  expect(code, name).not.toBeNull();
  return { code: code!, png };
}

export async function importFile(page: Page, button: string, file: { name: string; bytes: Uint8Array }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.bytes) });
}

export async function verifyPhoto(page: Page, png: Uint8Array, code: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Read from a photo or image' }).click();
  await (await chooser).setFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: Buffer.from(png) });
  await expect(page.getByLabel('Certificate code')).toHaveValue(code);
}
