import type { Question } from '../../../shared/content/pack';
import type { CorrectAnswer, PresentedQuestion } from '../../../shared/domain/learning';
import { seededRandom, shuffle } from './seeded-random';

/** Strips the answer and shuffles what the learner sees; the same seed always gives the same order. */
export function presentQuestion(question: Question, seed: number): PresentedQuestion {
  const random = seededRandom(seed);
  const base = { id: question.id, lesson: question.lesson, prompt: question.prompt };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: question.type, options: shuffle(question.options, random) };
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'ordering':
      return { ...base, type: 'ordering', items: shuffleAwayFromAnswer(question.items, random) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        left: shuffle(question.pairs.map((p) => ({ id: p.id, text: p.left })), random),
        right: shuffleAwayFromAnswer(question.pairs.map((p) => ({ id: p.id, text: p.right })), random),
      };
    case 'hotspot':
      return { ...base, type: 'hotspot', image: question.image, hotspotCount: question.hotspots.length };
  }
}

/** An ordering shown already in the right order would give the answer away, so reshuffle (deterministically). */
function shuffleAwayFromAnswer<T extends { id: string }>(items: readonly T[], random: () => number): T[] {
  let out = shuffle(items, random);
  for (let tries = 0; tries < 5 && out.every((item, i) => item.id === items[i]!.id); tries++) out = shuffle(items, random);
  return out;
}

export function correctAnswerOf(question: Question): CorrectAnswer {
  switch (question.type) {
    case 'single':
      return { type: 'single', optionId: question.answer };
    case 'multiple':
      return { type: 'multiple', optionIds: question.answers };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(question.pairs.map((p) => [p.id, p.id])) };
    case 'hotspot':
      return { type: 'hotspot', hotspots: question.hotspots };
  }
}
