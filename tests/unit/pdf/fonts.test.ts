import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACE_NAMES, FONT_FILES, loadFaces } from '../../../electron/core/pdf/font-faces';
import { PdfCanvas } from '../../../electron/core/pdf/pdf-canvas';
import { tongyongGuifanHanzi } from '../../../scripts/fonts/character-sets';
import { pdfFonts, pdfText } from './poppler';

const ROOT = resolve(import.meta.dirname, '../../..');
const FONTS = join(ROOT, 'resources/fonts');
/** The 8,105 characters of the Table of General Standard Chinese Characters (CI keeps it beside the repo). */
const HANZI = tongyongGuifanHanzi(resolve(ROOT, '../shared/data/tongyong-guifan-hanzi-8105.tsv')).map((cp) => String.fromCodePoint(cp));
const ACCENTED = [...'éèêëàâäáãåçñüöóòôõøœæßłŁńśźżąęćőűřšžčďťňůýÿğışțăîâđơư'];

const faces = loadFaces(FONTS);

describe('shipped fonts', () => {
  it('hold a glyph for each of the 8,105 standard Chinese characters, in both weights', () => {
    expect(HANZI).toHaveLength(8105);
    for (const face of ['cjk-regular', 'cjk-bold'] as const) {
      const missing = HANZI.filter((char) => !faces.fonts[face].hasGlyphForCodePoint(char.codePointAt(0)!));
      expect(missing, face).toEqual([]);
    }
  });

  it('hold the accented Latin letters of European names, in both weights', () => {
    for (const face of ['latin-regular', 'latin-bold'] as const) {
      const missing = ACCENTED.filter((char) => !faces.fonts[face].hasGlyphForCodePoint(char.codePointAt(0)!));
      expect(missing, face).toEqual([]);
    }
  });

  it('stay a reasonable size to commit and ship', () => {
    const total = FACE_NAMES.reduce((sum, face) => sum + statSync(join(FONTS, FONT_FILES[face])).size, 0);
    expect(total).toBeLessThan(5 * 1024 * 1024);
  });

  it('render all 8,105 characters into a PDF with embedded subset fonts and text that extracts back', async () => {
    const canvas = new PdfCanvas(faces, { title: '通用规范汉字表', fallbackScript: 'cjk' });
    const perLine = 40;
    const linesPerPage = 50;
    for (let i = 0; i * perLine < HANZI.length; i++) {
      const line = i % linesPerPage;
      if (i > 0 && line === 0) canvas.addPage();
      canvas.text(HANZI.slice(i * perLine, (i + 1) * perLine).join(''), 40, 30 + line * 15.5, { size: 12, bold: i % 2 === 1 });
    }
    expect(canvas.type.missing.size).toBe(0);
    const pdf = await canvas.end();

    const extracted = new Set([...pdfText(pdf)]);
    expect(HANZI.filter((char) => !extracted.has(char))).toEqual([]);
    const fonts = pdfFonts(pdf);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansCJKsc-Bold', 'NotoSansCJKsc-Regular']);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
  });
});
