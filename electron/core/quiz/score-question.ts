import type { HotspotArea, Question } from '../../../shared/content/pack';
import type { QuizResponse } from '../../../shared/domain/learning';

/**
 * Scores one answer as a share (0..1) of the question's credit. The rules are documented for authors in
 * resources/content/FORMAT.md; the core always scores, never the UI. A response of the wrong type scores 0.
 */
export function scoreQuestion(question: Question, response: QuizResponse | null): number {
  if (!response || response.type !== question.type) return 0;
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.optionId === question.answer ? 1 : 0;
    case 'truefalse':
      return response.type === 'truefalse' && response.value === question.answer ? 1 : 0;
    case 'multiple': {
      if (response.type !== 'multiple') return 0;
      const picked = new Set(response.optionIds.filter((id) => question.options.some((o) => o.id === id)));
      const right = [...picked].filter((id) => question.answers.includes(id)).length;
      const wrong = picked.size - right;
      return Math.max(0, (right - wrong) / question.answers.length);
    }
    case 'ordering': {
      if (response.type !== 'ordering') return 0;
      const inPlace = question.items.filter((item, i) => response.order[i] === item.id).length;
      return inPlace / question.items.length;
    }
    case 'matching': {
      if (response.type !== 'matching') return 0;
      const matched = question.pairs.filter((pair) => response.pairs[pair.id] === pair.id).length;
      return matched / question.pairs.length;
    }
    case 'hotspot': {
      if (response.type !== 'hotspot') return 0;
      const found = new Set<string>();
      let misses = 0;
      for (const tap of response.taps) {
        const hit = question.hotspots.find((h) => contains(h.area, tap.x, tap.y));
        if (hit) found.add(hit.id);
        else misses++;
      }
      return Math.max(0, (found.size - misses) / question.hotspots.length);
    }
  }
}

export function centreOf(area: HotspotArea): { x: number; y: number } {
  return area.shape === 'circle' ? { x: area.cx, y: area.cy } : { x: area.x + area.w / 2, y: area.y + area.h / 2 };
}

export function contains(area: HotspotArea, x: number, y: number): boolean {
  if (area.shape === 'circle') return (x - area.cx) ** 2 + (y - area.cy) ** 2 <= area.r ** 2;
  return x >= area.x && x <= area.x + area.w && y >= area.y && y <= area.y + area.h;
}

/** Full credit, allowing for floating-point sums. */
export function isCorrect(score: number): boolean {
  return score >= 0.9999;
}
