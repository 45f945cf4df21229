import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

/** How far a learner has got in one lesson. */
export interface LessonProgress {
  lessonId: string;
  lastBlock: number;
  secondsSpent: number;
  completedAt: string | null;
  updatedAt: string;
}

export interface ProgressUpdate {
  participantId: string;
  moduleId: string;
  lessonId: string;
  lastBlock: number;
  addSeconds: number;
  completed: boolean;
}

/** Where each learner is in each lesson: last block read, time spent, completion. */
export class ProgressRepository {
  constructor(private readonly db: Db) {}

  record(update: ProgressUpdate): void {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO lesson_progress (id, participant_id, module_id, lesson_id, last_block, seconds_spent, completed_at, created_at, updated_at)
         VALUES (@id, @participantId, @moduleId, @lessonId, @lastBlock, @addSeconds, @completedAt, @now, @now)
         ON CONFLICT (participant_id, module_id, lesson_id) DO UPDATE SET
           last_block = MAX(last_block, excluded.last_block),
           seconds_spent = seconds_spent + excluded.seconds_spent,
           completed_at = COALESCE(completed_at, excluded.completed_at),
           updated_at = excluded.updated_at`,
      )
      .run({ ...update, id: newId(), completedAt: update.completed ? now : null, now });
  }

  forModule(participantId: string, moduleId: string): LessonProgress[] {
    return this.db
      .prepare(
        `SELECT lesson_id AS lessonId, last_block AS lastBlock, seconds_spent AS secondsSpent, completed_at AS completedAt, updated_at AS updatedAt
         FROM lesson_progress WHERE participant_id = ? AND module_id = ?`,
      )
      .all(participantId, moduleId) as LessonProgress[];
  }
}
