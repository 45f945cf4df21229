import type { Question } from '../../../shared/content/pack';
import type { CorrectAnswer, HotspotChoice, PresentedQuestion } from '../../../shared/domain/learning';
import { learnerIds } from './learner-ids';
import { centreOf } from './score-question';
import { seededRandom, shuffle } from './seeded-random';

/**
 * Strips the answer, gives every piece an opaque per-attempt id and shuffles what the learner sees; the same seed
 * always gives the same question.
 */
export function presentQuestion(question: Question, seed: number): PresentedQuestion {
  const random = seededRandom(seed);
  const ids = learnerIds(question, seed);
  const base = { id: question.id, lesson: question.lesson, prompt: question.prompt };
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: question.type, options: shuffle(question.options, random).map((o) => ({ id: ids.toLearner('option', o.id), text: o.text })) };
    case 'truefalse':
      return { ...base, type: 'truefalse' };
    case 'ordering':
      return { ...base, type: 'ordering', items: shuffleAwayFromAnswer(question.items, random).map((i) => ({ id: ids.toLearner('item', i.id), text: i.text })) };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        left: shuffle(question.pairs, random).map((p) => ({ id: ids.toLearner('left', p.id), text: p.left })),
        right: shuffleAwayFromAnswer(question.pairs, random).map((p) => ({ id: ids.toLearner('right', p.id), text: p.right })),
      };
    case 'hotspot':
      return { ...base, type: 'hotspot', image: question.image, hotspotCount: question.hotspots.length, scene: question.scene ?? null, choices: hotspotChoices(question, random) };
  }
}

/**
 * The list-based answer to a hotspot question, for people who cannot see the picture: the hotspots' labels at
 * their centres, mixed with the decoys at points outside the picture (scored as wrong taps). Without decoys the
 * list would be the answer itself, so none is offered.
 */
function hotspotChoices(question: Extract<Question, { type: 'hotspot' }>, random: () => number): HotspotChoice[] {
  if (!question.decoys?.length) return [];
  const choices = [
    ...question.hotspots.map((h) => ({ label: h.label, ...centreOf(h.area) })),
    ...question.decoys.map((label, i) => ({ label, x: -1 - i, y: -1 })),
  ];
  return shuffle(choices, random).map((choice, i) => ({ id: `choice-${i + 1}`, ...choice }));
}

/** An ordering shown already in the right order would give the answer away, so reshuffle (deterministically). */
function shuffleAwayFromAnswer<T extends { id: string }>(items: readonly T[], random: () => number): T[] {
  let out = shuffle(items, random);
  for (let tries = 0; tries < 5 && out.every((item, i) => item.id === items[i]!.id); tries++) out = shuffle(items, random);
  return out;
}

/** The right answer in the pack's own ids. */
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
