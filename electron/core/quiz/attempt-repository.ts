import type { QuizKind, QuizResponse } from '../../../shared/domain/learning';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

/** One quiz attempt as stored: the questions drawn (by id, in order) and, once finished, its score. */
export interface QuizAttempt {
  id: string;
  participantId: string;
  moduleId: string;
  lessonId: string | null;
  workshopId: string | null;
  kind: QuizKind;
  entry: 'screen' | 'paper';
  seed: number;
  questionIds: string[];
  startedAt: string;
  finishedAt: string | null;
  score: number | null;
  maxScore: number | null;
  passMark: number | null;
  passed: boolean | null;
}

interface AttemptRow {
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

function toAttempt(row: AttemptRow): QuizAttempt {
  return {
    id: row.id,
    participantId: row.participant_id,
    moduleId: row.module_id,
    lessonId: row.lesson_id,
    workshopId: row.workshop_id,
    kind: row.kind,
    entry: row.entry,
    seed: row.seed,
    questionIds: JSON.parse(row.question_ids) as string[],
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    score: row.score,
    maxScore: row.max_score,
    passMark: row.pass_mark,
    passed: row.passed === null ? null : row.passed === 1,
  };
}

/** What starting an attempt records; the rest of QuizAttempt comes from the store and from finishing it. */
export type NewAttempt = Pick<QuizAttempt, 'participantId' | 'moduleId' | 'lessonId' | 'workshopId' | 'kind' | 'entry' | 'seed' | 'questionIds' | 'passMark'>;

/** A stored answer; the response is whatever JSON was saved, for the caller to validate. */
export interface SavedAnswer {
  questionId: string;
  response: unknown;
  score: number;
}

/** A finished pre- or post-test of a workshop, by someone still enrolled in it. */
export interface WorkshopTestAttempt {
  id: string;
  participantId: string;
  kind: 'pre' | 'post';
  entry: 'screen' | 'paper';
  score: number;
  maxScore: number;
  passed: boolean | null;
  finishedAt: string;
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

  /** The finished tests of a workshop in the order they were taken; people no longer enrolled are left out. */
  finishedWorkshopTests(workshopId: string): WorkshopTestAttempt[] {
    const rows = this.db
      .prepare(
        `SELECT a.id, a.participant_id, a.kind, a.entry, a.score, a.max_score, a.passed, a.finished_at
         FROM quiz_attempts a JOIN enrollments n ON n.workshop_id = a.workshop_id AND n.participant_id = a.participant_id
         WHERE a.workshop_id = ? AND a.kind IN ('pre', 'post') AND a.finished_at IS NOT NULL AND a.score IS NOT NULL
         ORDER BY a.finished_at, a.id`,
      )
      .all(workshopId) as Array<{ id: string; participant_id: string; kind: 'pre' | 'post'; entry: 'screen' | 'paper'; score: number; max_score: number; passed: number | null; finished_at: string }>;
    return rows.map((row) => ({
      id: row.id,
      participantId: row.participant_id,
      kind: row.kind,
      entry: row.entry,
      score: row.score,
      maxScore: row.max_score,
      passed: row.passed === null ? null : row.passed === 1,
      finishedAt: row.finished_at,
    }));
  }

  /** Finished post-tests counted for a workshop: taken within it, or in Learn mode (no workshop) on the module since `since`. */
  postTestsFor(workshopId: string, moduleId: string, since: string): Array<{ participantId: string; score: number; maxScore: number; passed: boolean }> {
    const rows = this.db
      .prepare(
        `SELECT participant_id, score, max_score, passed FROM quiz_attempts
         WHERE kind = 'post' AND finished_at IS NOT NULL AND score IS NOT NULL AND max_score > 0 AND module_id = ?
           AND (workshop_id = ? OR (workshop_id IS NULL AND started_at >= ?))`,
      )
      .all(moduleId, workshopId, since) as Array<{ participant_id: string; score: number; max_score: number; passed: number | null }>;
    return rows.map((row) => ({ participantId: row.participant_id, score: row.score, maxScore: row.max_score, passed: row.passed === 1 }));
  }

  /** Removes a pre- or post-test of this workshop; false when there is none with this id. */
  deleteWorkshopTest(workshopId: string, attemptId: string): boolean {
    return this.db.prepare("DELETE FROM quiz_attempts WHERE id = ? AND workshop_id = ? AND kind IN ('pre', 'post')").run(attemptId, workshopId).changes > 0;
  }

  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }

  get(id: string): QuizAttempt | undefined {
    const row = this.db.prepare('SELECT * FROM quiz_attempts WHERE id = ?').get(id) as AttemptRow | undefined;
    return row && toAttempt(row);
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

  answers(attemptId: string): SavedAnswer[] {
    const rows = this.db.prepare('SELECT question_id, response, score FROM quiz_answers WHERE attempt_id = ?').all(attemptId) as Array<{ question_id: string; response: string; score: number }>;
    return rows.map((row) => ({ questionId: row.question_id, response: JSON.parse(row.response) as unknown, score: row.score }));
  }

  finish(attemptId: string, score: number, maxScore: number, passed: boolean | null): void {
    const now = nowIso();
    this.db
      .prepare('UPDATE quiz_attempts SET finished_at = ?, score = ?, max_score = ?, passed = ?, updated_at = ? WHERE id = ?')
      .run(now, score, maxScore, passed === null ? null : Number(passed), now, attemptId);
  }

  /** Finished pre/post attempts of a learner in a module, newest first. */
  finishedTests(participantId: string, moduleId: string): QuizAttempt[] {
    const rows = this.db
      .prepare("SELECT * FROM quiz_attempts WHERE participant_id = ? AND module_id = ? AND kind IN ('pre', 'post') AND finished_at IS NOT NULL ORDER BY finished_at DESC")
      .all(participantId, moduleId) as AttemptRow[];
    return rows.map(toAttempt);
  }
}
