/**
 * Builds the fonts that every PDF embeds, once, at development time; the output is committed under
 * resources/fonts/ so that neither CI nor users need any system font.
 *
 *   apt-get install fonts-noto-cjk fonts-noto-core
 *   npx tsx scripts/fonts/build-fonts.ts
 *
 * Chinese: the Simplified Chinese face of Noto Sans CJK (a CFF font) restricted to the 8,105 characters of the
 * Table of General Standard Chinese Characters, all of GB 2312 and Chinese punctuation. Latin: Noto Sans
 * (TrueType), because Noto Sans CJK lacks much of Latin Extended-A (ł, ą, ő...). Both are SIL OFL 1.1
 * (resources/fonts/LICENSE.txt). Hinting is dropped: PDF viewers and printers rasterize at high resolution,
 * and it would add a sixth to the size. Layout closure is skipped for the CJK face because harfbuzz fails on
 * its vertical-writing substitutions at this size, and we only set horizontal text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import subsetFont from 'subset-font';
import { CJK_EXTRAS, gb2312, LATIN_SET, tongyongGuifanHanzi } from './character-sets';
import { extractFace } from './extract-face';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'resources/fonts');
const HANZI_LIST = resolve(ROOT, '../shared/data/tongyong-guifan-hanzi-8105.tsv');
const NOTO_CJK = '/usr/share/fonts/opentype/noto';
const NOTO = '/usr/share/fonts/truetype/noto';

const postscriptName = (bytes: Buffer) => (fontkit.create(bytes) as fontkit.Font).postscriptName;

async function build(): Promise<void> {
  const cjkSet = new Set([...tongyongGuifanHanzi(HANZI_LIST), ...gb2312(), ...CJK_EXTRAS]);
  const cjkText = String.fromCodePoint(...cjkSet);
  const latinText = String.fromCodePoint(...LATIN_SET);
  const jobs = [
    { out: 'NotoSansCJKsc-Regular.subset.otf', source: () => extractFace(readFileSync(join(NOTO_CJK, 'NotoSansCJK-Regular.ttc')), 'NotoSansCJKsc-Regular', postscriptName), text: cjkText, noLayoutClosure: true },
    { out: 'NotoSansCJKsc-Bold.subset.otf', source: () => extractFace(readFileSync(join(NOTO_CJK, 'NotoSansCJK-Bold.ttc')), 'NotoSansCJKsc-Bold', postscriptName), text: cjkText, noLayoutClosure: true },
    { out: 'NotoSans-Regular.subset.ttf', source: () => readFileSync(join(NOTO, 'NotoSans-Regular.ttf')), text: latinText, noLayoutClosure: false },
    { out: 'NotoSans-Bold.subset.ttf', source: () => readFileSync(join(NOTO, 'NotoSans-Bold.ttf')), text: latinText, noLayoutClosure: false },
  ];
  for (const job of jobs) {
    const subset = await subsetFont(job.source(), job.text, { targetFormat: 'sfnt', noHinting: true, noLayoutClosure: job.noLayoutClosure });
    writeFileSync(join(OUT, job.out), subset);
    const font = fontkit.create(subset) as fontkit.Font;
    console.log(`${job.out}: ${font.numGlyphs} glyphs, ${(subset.length / 1024).toFixed(0)} KB`);
  }
}

void build();
