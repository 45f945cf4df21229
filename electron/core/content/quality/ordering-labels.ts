import type { PackProblem } from '../../../../shared/content/loaded-pack';
import { LANGUAGES, type Question } from '../../../../shared/content/pack';

/** Openings that tell the learner where an item goes, so the question no longer tests the order. */
const ORDER_LABELS: readonly RegExp[] = [
  /^(plan|do|check|act)\s*[:：\-–—(（]/i,
  /^step\s*\d+/i,
  /^\(?\d+\s*[.)、．）](?!\d)/,
  /^（\d+）/,
  /^[①-⑳]/,
  /^第\s*[一二三四五六七八九十\d]+\s*步/,
  /^步骤\s*[一二三四五六七八九十\d]+/,
  /^[PDCA]\s*[:：\-–—(（]/,
  /^(计划|执行|实施|检查|处理|行动)\s*[:：(（]/,
];

export function checkOrderingLabels(file: string, questions: Question[]): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const q of questions) {
    if (q.type !== 'ordering') continue;
    for (const item of q.items) {
      for (const language of LANGUAGES) {
        const text = item.text[language].trim();
        if (ORDER_LABELS.some((label) => label.test(text))) {
          problems.push({
            file,
            field: `questions.${q.id}.items.${item.id}.text.${language}`,
            message: `ordering item "${text}" starts with a label that gives its place away`,
          });
        }
      }
    }
  }
  return problems;
}
