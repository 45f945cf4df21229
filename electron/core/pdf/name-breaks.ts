/**
 * Where an enterprise or department name may break across lines. Chinese names have no spaces, and a break
 * between any two characters splits words (公/司, 生/产部), so the seams are ranked: spaces, brackets, before a
 * legal form and after a place come first; then the seams between two words of two or more characters (ICU's
 * dictionary; single characters are often halves of a proper name, 华/丰). Offsets are UTF-16 indices.
 */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '集团', '分公司'];
/** Latin legal forms that read as one unit: never broken inside. */
const UNBROKEN = ['Co., Ltd.', 'Co.,Ltd.', 'Co. Ltd.'];
const PLACE_ENDS = new Set(['省', '市', '区', '县', '镇']);
const OPEN = new Set(['（', '(', '【', '[']);
const CLOSE = new Set(['）', ')', '】', ']']);

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export interface NameBreaks {
  strong: number[];
  weak: number[];
}

export function nameBreaks(text: string): NameBreaks {
  const strong = new Set<number>();
  for (let i = 1; i < text.length; i++) {
    const before = text[i - 1]!;
    const here = text[i]!;
    if (before === ' ' && here !== ' ') strong.add(i);
    if (OPEN.has(here) || CLOSE.has(before)) strong.add(i);
  }
  let legalForm: { start: number; end: number } | null = null;
  for (const form of LEGAL_FORMS) {
    const at = text.indexOf(form);
    if (at > 0) {
      strong.add(at);
      legalForm = { start: at, end: at + form.length };
      break;
    }
  }
  const segments = [...segmenter.segment(text)];
  const seams = new Set(segments.map((segment) => segment.index));
  // After a place (吴江经济技术开发区|东方化工), when the dictionary agrees that a word starts there.
  for (let i = 3; i < text.length - 1; i++) if (PLACE_ENDS.has(text[i - 1]!) && seams.has(i)) strong.add(i);
  const weak = new Set<number>();
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    if (next && segment.segment.length >= 2 && next.segment.length >= 2) weak.add(next.index);
  });
  for (const unit of UNBROKEN) {
    const at = text.indexOf(unit);
    if (at >= 0) for (const offset of strong) if (offset > at && offset < at + unit.length) strong.delete(offset);
  }
  for (const offset of weak) if (strong.has(offset) || (legalForm && offset > legalForm.start && offset < legalForm.end)) weak.delete(offset);
  return { strong: [...strong].sort((a, b) => a - b), weak: [...weak].sort((a, b) => a - b) };
}
