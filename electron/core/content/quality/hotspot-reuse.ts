import type { PackProblem } from '../../../../shared/content/loaded-pack';
import type { HotspotArea, Question } from '../../../../shared/content/pack';

type HotspotQuestion = Extract<Question, { type: 'hotspot' }>;

/**
 * Practice shows the answers, so a pool item that asks for a hazard practice already marked on the same
 * picture measures memory, not learning. Two hotspots are the same hazard when either one's centre lies
 * inside the other's area.
 */
export function checkHotspotReuse(pool: Question[], practice: Record<string, Question[]>): PackProblem[] {
  const problems: PackProblem[] = [];
  const practiceHotspots = Object.entries(practice).flatMap(([lessonId, questions]) =>
    questions.filter((q): q is HotspotQuestion => q.type === 'hotspot').map((q) => ({ lessonId, q })),
  );
  for (const poolItem of pool) {
    if (poolItem.type !== 'hotspot') continue;
    for (const { lessonId, q } of practiceHotspots) {
      if (q.image !== poolItem.image) continue;
      const shared = poolItem.hotspots.filter((h) => q.hotspots.some((p) => sameSpot(h.area, p.area))).map((h) => h.id);
      if (shared.length > 0) {
        problems.push({
          file: 'pool.json',
          field: `questions.${poolItem.id}.hotspots`,
          message: `asks for hazards on ${poolItem.image} that practice item "${q.id}" (lessons/${lessonId}.quiz.json) already shows: ${shared.join(', ')}`,
        });
      }
    }
  }
  return problems;
}

function sameSpot(a: HotspotArea, b: HotspotArea): boolean {
  return contains(a, centre(b)) || contains(b, centre(a));
}

function centre(area: HotspotArea): { x: number; y: number } {
  return area.shape === 'circle' ? { x: area.cx, y: area.cy } : { x: area.x + area.w / 2, y: area.y + area.h / 2 };
}

function contains(area: HotspotArea, p: { x: number; y: number }): boolean {
  if (area.shape === 'circle') return (p.x - area.cx) ** 2 + (p.y - area.cy) ** 2 <= area.r ** 2;
  return p.x >= area.x && p.x <= area.x + area.w && p.y >= area.y && p.y <= area.y + area.h;
}
