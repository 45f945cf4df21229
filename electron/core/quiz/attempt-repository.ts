import type { QuizKind, QuizResponse } from '../../../shared/domain/learning';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

export interface AttemptRow {
  id: string;
  participant_id: string;
  module_id: string;
  lesson_id: string | null;
  workshop_id: string | null;
  kind: QuizKind;
  entry: 'screen' | 'paper';
  seed: number;
  question_ids: string;
  started_at: string;
  finished_at: string | null;
  score: number | null;
  max_score: number | null;
  pass_mark: number | null;
  passed: number | null;
}

export interface NewAttempt {
  participantId: string;
  moduleId: string;
  lessonId: string | null;
  workshopId: string | null;
  kind: QuizKind;
  entry: 'screen' | 'paper';
  seed: number;
  questionIds: string[];
  passMark: number | null;
}

export interface AnswerRow {
  question_id: string;
  response: string;
  score: number;
}

/** Quiz attempts with every answer kept, so results can be reviewed and re-scored later. */
export class AttemptRepository {
  constructor(private readonly db: Db) {}

  create(attempt: NewAttempt): string {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO quiz_attempts (id, participant_id, module_id, lesson_id, workshop_id, kind, entry, seed, question_ids, started_at, pass_mark, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, attempt.participantId, attempt.moduleId, attempt.lessonId, attempt.workshopId, attempt.kind, attempt.entry, attempt.seed, JSON.stringify(attempt.questionIds), now, attempt.passMark, now, now);
    return id;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  get(id: string): AttemptRow | undefined {
    return this.db.prepare('SELECT * FROM quiz_attempts WHERE id = ?').get(id) as AttemptRow | undefined;
  }

  saveAnswer(attemptId: string, questionId: string, response: QuizResponse, score: number): void {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO quiz_answers (id, attempt_id, question_id, response, score, max_score, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?)
         ON CONFLICT (attempt_id, question_id) DO UPDATE SET response = excluded.response, score = excluded.score, updated_at = excluded.updated_at`,
      )
      .run(newId(), attemptId, questionId, JSON.stringify(response), score, now, now);
  }

  answers(attemptId: string): AnswerRow[] {
    return this.db.prepare('SELECT question_id, response, score FROM quiz_answers WHERE attempt_id = ?').all(attemptId) as AnswerRow[];
  }

  finish(attemptId: string, score: number, maxScore: number, passed: boolean | null): void {
    const now = nowIso();
    this.db
      .prepare('UPDATE quiz_attempts SET finished_at = ?, score = ?, max_score = ?, passed = ?, updated_at = ? WHERE id = ?')
      .run(now, score, maxScore, passed === null ? null : Number(passed), now, attemptId);
  }

  /** Finished pre/post attempts of a learner in a module, newest first. */
  finishedTests(participantId: string, moduleId: string): AttemptRow[] {
    return this.db
      .prepare("SELECT * FROM quiz_attempts WHERE participant_id = ? AND module_id = ? AND kind IN ('pre', 'post') AND finished_at IS NOT NULL ORDER BY finished_at DESC")
      .all(participantId, moduleId) as AttemptRow[];
  }
}
