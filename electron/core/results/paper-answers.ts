import type { Question } from '../../../shared/content/pack';
import type { PresentedQuestion, QuizResponse } from '../../../shared/domain/learning';
import { centreOf } from '../quiz/score-question';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const TRUE_WORDS = new Set(['t', 'true', 'y', 'yes', '1', '对', '是', '√', '✓', '正确']);
const FALSE_WORDS = new Set(['f', 'false', 'n', 'no', '0', '错', '否', '×', 'x', '✗', '错误']);

/** Letters as typed, upper case, without spaces, commas or the numbers of a matching key ("1B 2A" is "BA"). */
function letters(code: string): string[] {
  return [...code.normalize('NFKC').toUpperCase().replace(/[\s,，、;；.。\d-]/g, '')];
}

function indexes(code: string, count: number): number[] | null {
  const picked = letters(code).map((letter) => LETTERS.indexOf(letter));
  return picked.every((i) => i >= 0 && i < count) ? picked : null;
}

/**
 * Turns what a trainer types from a paper answer sheet into the response the learner would have given on screen,
 * in the paper's own lettering (the options as presented with the workshop's paper seed, as the printed paper and
 * its answer key show them): "B" for a single choice, "AC" for several, T/F or 对/错, "CABD" for an order, one
 * letter per numbered left-hand item for matching, and for a picture the number of places the participant
 * marked correctly. Returns null when the code cannot be an answer to this question. Scoring stays in the quiz core.
 */
export function responseFromPaperCode(presented: PresentedQuestion, question: Question, code: string): QuizResponse | null {
  const trimmed = code.trim();
  switch (presented.type) {
    case 'single': {
      const picked = indexes(trimmed, presented.options.length);
      return picked && picked.length === 1 ? { type: 'single', optionId: presented.options[picked[0]!]!.id } : null;
    }
    case 'multiple': {
      const picked = indexes(trimmed, presented.options.length);
      return picked && picked.length > 0 ? { type: 'multiple', optionIds: [...new Set(picked)].map((i) => presented.options[i]!.id) } : null;
    }
    case 'truefalse': {
      const word = trimmed.normalize('NFKC').toLowerCase();
      if (TRUE_WORDS.has(word)) return { type: 'truefalse', value: true };
      if (FALSE_WORDS.has(word)) return { type: 'truefalse', value: false };
      return null;
    }
    case 'ordering': {
      const picked = indexes(trimmed, presented.items.length);
      return picked && picked.length === presented.items.length && new Set(picked).size === picked.length
        ? { type: 'ordering', order: picked.map((i) => presented.items[i]!.id) }
        : null;
    }
    case 'matching': {
      const picked = indexes(trimmed, presented.right.length);
      if (!picked || picked.length !== presented.left.length) return null;
      return { type: 'matching', pairs: Object.fromEntries(presented.left.map((left, i) => [left.id, presented.right[picked[i]!]!.id])) };
    }
    case 'hotspot': {
      if (question.type !== 'hotspot' || !/^\d+$/.test(trimmed)) return null;
      const found = Number(trimmed);
      if (found > question.hotspots.length) return null;
      return { type: 'hotspot', taps: question.hotspots.slice(0, found).map((h) => centreOf(h.area)) };
    }
  }
}
