import type { PackProblem } from '../../../shared/content/loaded-pack';
import type { Question } from '../../../shared/content/pack';

/** Cross-field rules that a schema cannot express: answer keys, unique option ids, known images. */
export function checkQuestions(
  file: string,
  questions: Question[],
  context: { lessonIds: Set<string>; images: Set<string>; seenIds: Map<string, string> },
): PackProblem[] {
  const problems: PackProblem[] = [];
  questions.forEach((q, index) => {
    const at = (field: string) => `questions[${index}].${field}`;
    const report = (field: string, message: string) => problems.push({ file, field: at(field), message });

    const firstFile = context.seenIds.get(q.id);
    if (firstFile) report('id', `duplicate question id "${q.id}" (also in ${firstFile})`);
    else context.seenIds.set(q.id, file);
    if (!context.lessonIds.has(q.lesson)) report('lesson', `unknown lesson "${q.lesson}"`);

    const subIds = subItemIds(q);
    const duplicate = subIds.find((sub, i) => subIds.indexOf(sub) !== i);
    if (duplicate) report('options', `duplicate id "${duplicate}"`);

    if (q.type === 'single' && !subIds.includes(q.answer)) report('answer', `answer "${q.answer}" is not an option`);
    if (q.type === 'multiple') {
      q.answers.filter((a) => !subIds.includes(a)).forEach((a) => report('answers', `answer "${a}" is not an option`));
      if (new Set(q.answers).size !== q.answers.length) report('answers', 'an answer is listed twice');
    }
    if (q.type === 'hotspot' && !context.images.has(q.image)) report('image', `missing image "${q.image}"`);
  });
  return problems;
}

function subItemIds(q: Question): string[] {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.id);
    case 'ordering':
      return q.items.map((i) => i.id);
    case 'matching':
      return q.pairs.map((p) => p.id);
    case 'hotspot':
      return q.hotspots.map((h) => h.id);
    case 'truefalse':
      return [];
  }
}
