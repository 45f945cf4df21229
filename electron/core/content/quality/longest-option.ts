import type { PackProblem } from '../../../../shared/content/loaded-pack';
import { LANGUAGES, type Question } from '../../../../shared/content/pack';

/** Above this share, "pick the longest option" beats chance (about 25% with four options). */
export const LONGEST_RIGHT_LIMIT = 0.4;

/**
 * A question set (the pool, or all practice questions) fails when its right answers are too often the one
 * uniquely longest option: learners then score by length, not by knowing. Each language counts on its own,
 * since a translation can change which option is longest.
 */
export function checkLongestRightOption(file: string, questions: Question[]): PackProblem[] {
  const singles = questions.filter((q) => q.type === 'single');
  if (singles.length === 0) return [];
  const problems: PackProblem[] = [];
  for (const language of LANGUAGES) {
    const give = singles.filter((q) => rightIsUniquelyLongest(q, language)).map((q) => q.id);
    const share = give.length / singles.length;
    if (share > LONGEST_RIGHT_LIMIT) {
      problems.push({
        file,
        field: language,
        message: `the right option is the uniquely longest in ${give.length} of ${singles.length} single-choice items (${Math.round(share * 100)}%, limit ${LONGEST_RIGHT_LIMIT * 100}%): ${give.join(', ')}`,
      });
    }
  }
  return problems;
}

function rightIsUniquelyLongest(q: Extract<Question, { type: 'single' }>, language: (typeof LANGUAGES)[number]): boolean {
  const length = (text: string) => [...text.trim()].length;
  const right = q.options.find((o) => o.id === q.answer);
  if (!right) return false;
  const rightLength = length(right.text[language]);
  return q.options.every((o) => o.id === q.answer || length(o.text[language]) < rightLength);
}
