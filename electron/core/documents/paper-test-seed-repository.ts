import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { newSeed } from '../quiz/seeded-random';

/**
 * One seed per workshop and test kind, drawn the first time a paper test is printed and kept: every copy of the
 * paper, its answer sheet, its key and the typed-in attempts (QuizService.start with this seed) draw the same
 * questions in the same order with the same option letters.
 */
export class PaperTestSeedRepository {
  constructor(private readonly db: Db) {}

  get(workshopId: string, kind: 'pre' | 'post'): number {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT seed FROM paper_test_seeds WHERE workshop_id = ? AND kind = ?').get(workshopId, kind) as { seed: number } | undefined;
      if (row) return row.seed;
      const seed = newSeed();
      const now = nowIso();
      this.db.prepare('INSERT INTO paper_test_seeds (id, workshop_id, kind, seed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(newId(), workshopId, kind, seed, now, now);
      return seed;
    })();
  }
}
