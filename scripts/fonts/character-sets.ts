import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';

/** Code points from inclusive ranges. */
function ranges(...pairs: Array<[number, number]>): number[] {
  return pairs.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

/** 通用规范汉字表: `U+XXXX<TAB>char<TAB>pinyin` per line. */
export function tongyongGuifanHanzi(file: string): number[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('U+'))
    .map((line) => Number.parseInt(line.slice(2, line.indexOf('\t')), 16));
}

/** Every character of GB 2312 (hanzi levels 1 and 2 and its symbol rows), decoded from the code table itself. */
export function gb2312(): number[] {
  const out: number[] = [];
  for (let high = 0xa1; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const text = iconv.decode(Buffer.from([high, low]), 'gb2312');
      if (text.length === 1 && text !== '\ufffd') out.push(text.codePointAt(0)!);
    }
  }
  return out;
}

/** What the Chinese face keeps beyond the hanzi: punctuation and symbols as Chinese documents use them. */
export const CJK_EXTRAS = ranges(
  [0x0020, 0x007e], // ASCII, for digits and punctuation between hanzi
  [0x00a0, 0x00ff],
  [0x2000, 0x206f], // general punctuation: “ ” ‘ ’ … — ※
  [0x2100, 0x214f], // letterlike: ℃ №
  [0x2190, 0x21ff], // arrows
  [0x2460, 0x24ff], // ① ②
  [0x2500, 0x25ff], // box drawing, geometric shapes
  [0x3000, 0x303f], // CJK symbols and punctuation: 、。《》「」
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // full-width forms: ，：（）
);

/** The Latin face: names from anywhere in Europe, Africa and the Americas, plus Greek and Cyrillic. */
export const LATIN_SET = ranges(
  [0x0020, 0x007e],
  [0x00a0, 0x024f], // Latin-1, Extended-A and -B: é ü ñ ł ø ő ș
  [0x02b0, 0x02ff], // spacing modifiers
  [0x0300, 0x036f], // combining marks, for names typed in decomposed form
  [0x0370, 0x03ff],
  [0x0400, 0x04ff],
  [0x1e00, 0x1eff], // Latin Extended Additional: Vietnamese
  [0x2000, 0x206f],
  [0x20a0, 0x20cf], // currency
  [0x2100, 0x214f],
  [0x2190, 0x21ff],
  [0x2200, 0x22ff],
  [0x25a0, 0x25ff],
  [0xfb00, 0xfb06], // Latin ligatures
);
