import type { Question } from '../../../shared/content/pack';
import type { CorrectAnswer, QuizResponse } from '../../../shared/domain/learning';

type Side = 'option' | 'item' | 'left' | 'right';

/**
 * The ids a learner sees for options, steps and matching sides are opaque and differ per attempt: authors' ids
 * ('a'…'e', 's1'…'s4', a pair's one id on both sides) would otherwise give the answer away to anyone who reads
 * the API's replies. Stored answers keep the pack's own ids, so results stay readable after any re-shuffle.
 */
export function learnerIds(question: Question, seed: number) {
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  const toLearner = (side: Side, id: string): string => {
    const key = `${side}:${id}`;
    let opaque = forward.get(key);
    if (!opaque) {
      opaque = hashId(`${seed}|${question.id}|${key}`);
      forward.set(key, opaque);
      backward.set(`${side}:${opaque}`, id);
    }
    return opaque;
  };
  for (const [side, ids] of sidesOf(question)) ids.forEach((id) => toLearner(side, id));
  const fromLearner = (side: Side, opaque: string): string | undefined => backward.get(`${side}:${opaque}`);
  const known = (ids: Array<string | undefined>) => ids.filter((id): id is string => id !== undefined);

  return {
    toLearner,

    /** A learner's response in the pack's ids; unknown ids are dropped (they score nothing). */
    decodeResponse(response: QuizResponse): QuizResponse {
      switch (response.type) {
        case 'single':
          return { type: 'single', optionId: fromLearner('option', response.optionId) ?? '' };
        case 'multiple':
          return { type: 'multiple', optionIds: known(response.optionIds.map((id) => fromLearner('option', id))) };
        case 'ordering':
          return { type: 'ordering', order: response.order.map((id) => fromLearner('item', id) ?? '') };
        case 'matching':
          return {
            type: 'matching',
            pairs: Object.fromEntries(
              Object.entries(response.pairs)
                .map(([left, right]) => [fromLearner('left', left), fromLearner('right', right)] as const)
                .filter((pair): pair is readonly [string, string] => pair[0] !== undefined && pair[1] !== undefined),
            ),
          };
        case 'truefalse':
        case 'hotspot':
          return response;
      }
    },

    encodeResponse(response: QuizResponse): QuizResponse {
      switch (response.type) {
        case 'single':
          return { type: 'single', optionId: toLearner('option', response.optionId) };
        case 'multiple':
          return { type: 'multiple', optionIds: response.optionIds.map((id) => toLearner('option', id)) };
        case 'ordering':
          return { type: 'ordering', order: response.order.map((id) => toLearner('item', id)) };
        case 'matching':
          return { type: 'matching', pairs: Object.fromEntries(Object.entries(response.pairs).map(([l, r]) => [toLearner('left', l), toLearner('right', r)])) };
        case 'truefalse':
        case 'hotspot':
          return response;
      }
    },

    encodeAnswer(answer: CorrectAnswer): CorrectAnswer {
      switch (answer.type) {
        case 'single':
          return { type: 'single', optionId: toLearner('option', answer.optionId) };
        case 'multiple':
          return { type: 'multiple', optionIds: answer.optionIds.map((id) => toLearner('option', id)) };
        case 'ordering':
          return { type: 'ordering', order: answer.order.map((id) => toLearner('item', id)) };
        case 'matching':
          return { type: 'matching', pairs: Object.fromEntries(Object.entries(answer.pairs).map(([l, r]) => [toLearner('left', l), toLearner('right', r)])) };
        case 'truefalse':
        case 'hotspot':
          return answer;
      }
    },
  };
}

function sidesOf(question: Question): Array<[Side, string[]]> {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return [['option', question.options.map((o) => o.id)]];
    case 'ordering':
      return [['item', question.items.map((i) => i.id)]];
    case 'matching':
      return [['left', question.pairs.map((p) => p.id)], ['right', question.pairs.map((p) => p.id)]];
    case 'truefalse':
    case 'hotspot':
      return [];
  }
}

/** FNV-1a, 2 × 32 bits, base 36: short, stable, and unrelated to the author's id or its order. */
function hashId(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x5bd1e995) >>> 0;
  }
  return `q${a.toString(36)}${b.toString(36)}`;
}
