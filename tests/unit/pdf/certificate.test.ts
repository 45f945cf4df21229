import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../electron/core/certificates/base32';
import { CertificateAuthority } from '../../../electron/core/certificates/certificate-authority';
import { CertificateRenderer } from '../../../electron/core/pdf/certificate-renderer';
import { loadFaces } from '../../../electron/core/pdf/font-faces';
import { prepareImage } from '../../../electron/core/pdf/prepared-image';
import type { CertificatePrint } from '../../../shared/domain/certificates';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { pdfFonts, pdfPageCount, pdfPagePngs, pdfPageSize, pdfText, pdfWordBoxes } from './poppler';
import { readQrCode } from './qr-reader';
import { sampleClaims, samplePrint } from './sample-certificate';
import { sampleLogo, sampleSignature } from './sample-images';

const ROOT = resolve(import.meta.dirname, '../../..');
const faces = loadFaces(join(ROOT, 'resources/fonts'));
const tempDir = useTempDir();
closeCoresAfterEach();
const logo = prepareImage(sampleLogo())!;
const signature = prepareImage(sampleSignature())!;
const images = { [logo.key]: logo, [signature.key]: signature };

const NAMES = ['张喆', '王堃', '李珺', '刘昇', 'Zoë Brontë-Müller', 'Łukasz Żółkiewski', 'Søren Østergård', 'María José Núñez'];

function certificates(authority: CertificateAuthority, names: string[]): CertificatePrint[] {
  return names.map((participantName, i) => {
    const claims = sampleClaims('TEST01', i, participantName);
    return samplePrint(claims, authority.sign(claims).code, { logo: logo.key, signature: signature.key });
  });
}

function setup() {
  const dir = tempDir();
  const core = openTestCore(dir);
  return { core, authority: new CertificateAuthority(core.db, dir, core.settings, () => null) };
}

describe('certificate PDFs', () => {
  it('print the names (rare hanzi and accented Latin alike), both titles, the number, in embedded subset fonts on A4 landscape', async () => {
    const { authority } = setup();
    const prints = certificates(authority, NAMES);
    const pdfs = await new CertificateRenderer(faces, null).renderSeparate({ prints, images });
    expect(pdfs).toHaveLength(NAMES.length);
    pdfs.forEach((pdf, i) => {
      const text = pdfText(pdf);
      for (const expected of [NAMES[i]!, '结业证书', 'Certificate of Completion', '工作场所合作', 'Workplace Cooperation', `TEST01-2025-000${i + 1}`, '陈珺', '2025年3月4日至5日', '4 – 5 March 2025', '14 学时']) {
        expect(text, `${NAMES[i]}: ${expected}`).toContain(expected);
      }
      const fonts = pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
      expect(pdfPageSize(pdf)).toEqual({ width: 841.89, height: 595.28 });
      expect(pdf.length).toBeLessThan(60 * 1024);
    });
  });

  it('carry a QR code that reads back from the printed page and verifies, and fails after a one-bit change', async () => {
    const { authority } = setup();
    const [print] = certificates(authority, ['欧阳喆堃']);
    const [pdf] = await new CertificateRenderer(faces, null).renderSeparate({ prints: [print!], images });
    const code = readQrCode(pdfPagePngs(pdf!, 100)[0]!);
    expect(code).toBe(print!.verificationCode);
    expect(authority.verify(code!)).toMatchObject({ status: 'valid', claims: { participantName: '欧阳喆堃', number: 'TEST01-2025-0001' } });
    const bytes = decodeBase32(code!)!;
    bytes[bytes.length - 70]! ^= 0x01;
    expect(authority.verify(encodeBase32(bytes)).status).toBe('tampered');
  });

  it('print both signers of a co-signed, reissued certificate, the number it replaces, and a QR code that still reads back', async () => {
    const { core, authority } = setup();
    const claims = { ...sampleClaims('TEST01', 6, '欧阳喆堃'), signers: [{ name: '陈珺', title: '' }, { name: '李安全', title: '劳动监察员 Labour inspector' }], replaces: 'TEST01-2025-0003' };
    const print = samplePrint(claims, authority.sign(claims).code, { logo: logo.key, signature: signature.key });
    const [pdf] = await new CertificateRenderer(faces, null).renderSeparate({ prints: [print], images });
    const text = pdfText(pdf!);
    for (const expected of ['陈珺', '李安全', '劳动监察员 Labour inspector', '培训师 Trainer', 'SCORE 项目苏州培训中心', '本证书取代编号 TEST01-2025-0003 的证书', 'Replaces certificate No. TEST01-2025-0003', '颁发日期：2025年3月6日']) {
      expect(text, expected).toContain(expected);
    }
    expect(readQrCode(pdfPagePngs(pdf!, 100)[0]!)).toBe(print.verificationCode);
    core.close();
  });

  it('print a programme certificate: the programme title, then each module with its dates and hours', async () => {
    const { core, authority } = setup();
    const claims = {
      ...sampleClaims('TEST01', 7, '张喆'),
      programmeTitle: 'SCORE 模块一与职业安全健康',
      modules: [
        { moduleId: 'workplace-cooperation', startDate: '2025-03-04', endDate: '2025-03-05', hours: 14 },
        { moduleId: 'osh', startDate: '2025-04-08', endDate: '2025-04-08', hours: 3.5 },
      ],
      signers: [
        { name: '陈珺', title: '' },
        { name: '王珺', title: '' },
      ],
    };
    const print = samplePrint(claims, authority.sign(claims).code, { logo: logo.key, signature: signature.key });
    const [pdf] = await new CertificateRenderer(faces, null).renderSeparate({ prints: [print], images });
    const text = pdfText(pdf!);
    for (const expected of ['已完成 SCORE 培训项目', 'has completed the SCORE training programme', 'SCORE 模块一与职业安全健康', '工作场所合作', '2025年3月4日至5日', '共 14 学时', 'Occupational Safety and Health', '8 April 2025', '3.5 hours of training', '王珺']) {
      expect(text, expected).toContain(expected);
    }
    expect(readQrCode(pdfPagePngs(pdf!, 100)[0]!)).toBe(print.verificationCode);
    core.close();
  });

  it('keep the lines of a four-module programme clear of the QR code and the signature lines', async () => {
    const { core, authority } = setup();
    const long = { en: 'Workplace Cooperation for Business Success: Dialogue, Cooperation and Continuous Improvement', 'zh-CN': '工作场所合作：劳资携手促发展，持续改进' };
    const claims = {
      ...sampleClaims('TEST01', 8, '张喆'),
      programmeTitle: 'SCORE Module 1 and Occupational Safety and Health, Suzhou 2025',
      modules: [4, 8, 13, 17].map((day, i) => ({ moduleId: 'workplace-cooperation', startDate: `2025-0${i + 3}-${String(day).padStart(2, '0')}`, endDate: `2025-0${i + 3}-${String(day + 1).padStart(2, '0')}`, hours: 14 })),
    };
    const print = { ...samplePrint(claims, authority.sign(claims).code, { logo: logo.key, signature: signature.key }) };
    print.modules = print.modules.map((module) => ({ ...module, title: long }));
    const [pdf] = await new CertificateRenderer(faces, null).renderSeparate({ prints: [print], images });
    const words = pdfWordBoxes(pdf!)[0]!;
    const moduleLines = words.filter((word) => word.yMin > 330 && word.yMax < 500 && !/培训师|Trainer|陈珺/.test(word.text));
    expect(moduleLines.some((word) => word.text.includes('2025年6月17日至18日'))).toBe(true);
    for (const word of moduleLines) {
      expect(word.xMax, word.text).toBeLessThan(642);
      expect(word.yMax, word.text).toBeLessThan(492);
    }
    expect(readQrCode(pdfPagePngs(pdf!, 100)[0]!)).toBe(print.verificationCode);
    core.close();
  });

  it('shrink a long name to fit the page instead of overflowing it', async () => {
    const { authority } = setup();
    const long = 'Maximiliana Wilhelmina Ottilie Clementine von Hohenzollern-Sigmaringen-Brzęczyszczykiewicz';
    const prints = certificates(authority, [long, '爱新觉罗·玄烨胤禛弘历颙琰旻宁载淳载湉溥仪溥杰']);
    const pdfs = await new CertificateRenderer(faces, null).renderSeparate({ prints, images });
    for (const [i, pdf] of pdfs.entries()) {
      const words = pdfWordBoxes(pdf)[0]!;
      for (const word of words) {
        expect(word.xMin, word.text).toBeGreaterThanOrEqual(30);
        expect(word.xMax, word.text).toBeLessThanOrEqual(841.89 - 30);
      }
      expect(pdfText(pdf).replace(/\s+/g, ' ')).toContain(i === 0 ? long : '爱新觉罗·玄烨胤禛弘历颙琰旻宁载淳载湉溥仪溥杰');
    }
  });

  describe('in worker threads (the bundled worker, as the app runs it)', () => {
    // Built once for the group (useTempDir would remove it after the first test).
    const workerDir = mkdtempSync(join(tmpdir(), 'score-worker-'));
    beforeAll(async () => {
      await build({
        entryPoints: { 'render-worker': join(ROOT, 'electron/core/pdf/render-worker.ts') },
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outdir: workerDir,
        outExtension: { '.js': '.cjs' },
        define: { 'import.meta.url': 'importMetaUrl' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        logLevel: 'error',
      });
    });
    let renderer: CertificateRenderer;
    afterAll(() => {
      renderer?.close();
      rmSync(workerDir, { recursive: true, force: true });
    });

    it('render a batch one file per person and as one combined file, reporting progress', async () => {
      const { authority } = setup();
      renderer = new CertificateRenderer(faces, join(workerDir, 'render-worker.cjs'), 2);
      const names = Array.from({ length: 30 }, (_, i) => NAMES[i % NAMES.length]!);
      const prints = certificates(authority, names);
      const progress: number[] = [];
      const pdfs = await renderer.renderSeparate({ prints, images }, { onProgress: (done) => progress.push(done) });
      expect(pdfs).toHaveLength(30);
      expect(pdfText(pdfs[29]!)).toContain(names[29]);
      expect(pdfText(pdfs[29]!)).toContain('TEST01-2025-0030');
      expect(progress.at(-1)).toBe(30);

      const combined = await renderer.renderCombined({ prints, images }, 'Workplace Cooperation');
      expect(pdfPageCount(combined)).toBe(30);
      const text = pdfText(combined);
      for (const name of NAMES) expect(text).toContain(name);
    });

    it('stop when cancelled: fewer certificates rendered than asked for, and every worker thread ended', async () => {
      const { authority } = setup();
      renderer = new CertificateRenderer(faces, join(workerDir, 'render-worker.cjs'), 2);
      const prints = certificates(authority, Array.from({ length: 60 }, (_, i) => `学员${i}`));
      const controller = new AbortController();
      const progress: number[] = [];
      let running: Promise<void>[] = [];
      const run = renderer.renderSeparate(
        { prints, images },
        {
          signal: controller.signal,
          onProgress: (done) => {
            progress.push(done);
            if (controller.signal.aborted) return;
            running = renderer.workerExits();
            controller.abort();
          },
        },
      );
      await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(running.length).toBe(2);
      // Resolves only once both threads have really ended; a worker still rendering would hang here and time out.
      await Promise.all(running);
      expect(renderer.workerExits()).toEqual([]);
      expect(Math.max(...progress)).toBeLessThan(prints.length);
    });
  });
});
