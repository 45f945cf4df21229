import type { PackProblem } from '../../../../shared/content/loaded-pack';
import type { PackText } from './pack-texts';

/**
 * Chinese text uses full-width punctuation and “ ” quotes (GB/T 15834-2011). ASCII quotes are never right
 * in Chinese; ASCII ? ! : ; are wrong next to Han characters but fine inside Latin runs such as "8:30".
 */
const ASCII_QUOTE = /["']/;
const HAN_NEXT_TO_ASCII_MARK = /\p{Script=Han}[\s*_]*[?!:;]|[?!:;][\s*_]*\p{Script=Han}/u;

export function checkChinesePunctuation(texts: PackText[]): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const { file, field, language, text } of texts) {
    if (language !== 'zh-CN') continue;
    const quote = ASCII_QUOTE.exec(text);
    if (quote) problems.push({ file, field, message: `ASCII quote ${quote[0]} in Chinese text near "${around(text, quote.index)}"; use “ ” or ‘ ’` });
    const mark = HAN_NEXT_TO_ASCII_MARK.exec(text);
    if (mark) problems.push({ file, field, message: `ASCII punctuation next to Chinese in "${around(text, mark.index)}"; use the full-width ？！：；` });
  }
  return problems;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 8), index + 10).replace(/\s+/g, ' ');
}
