import { AppError } from '../../../shared/api/result';
import type { QuizAttemptView, QuizResult } from '../../../shared/domain/learning';
import type { GroupResult, PaperTest, ParticipantResult, TestKind, TestScore, WorkshopResults } from '../../../shared/domain/results';
import type { ContentLibrary } from '../content/content-library';
import type { Db } from '../db/open-database';
import type { PaperTestSeeds } from '../documents/paper-test-seeds';
import { drawTestQuestions } from '../quiz/draw-test';
import { presentQuestion } from '../quiz/present-question';
import { testPercent } from '../../../shared/domain/test-score';
import type { QuizService } from '../quiz/quiz-service';
import { subSeed } from '../quiz/seeded-random';
import type { EnrollmentRepository } from '../workshops/enrollment-repository';
import type { WorkshopRepository } from '../workshops/workshop-repository';
import { responseFromPaperCode } from './paper-answers';

interface AttemptRow {
  id: string;
  participant_id: string;
  kind: TestKind;
  entry: 'screen' | 'paper';
  score: number;
  max_score: number;
  passed: number | null;
  finished_at: string;
}

export interface WorkshopTestDeps {
  db: Db;
  content: ContentLibrary;
  workshops: WorkshopRepository;
  enrollments: EnrollmentRepository;
  quizzes: QuizService;
  paperSeeds: PaperTestSeeds;
}

const mean = (values: number[]) => (values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10);

function group(results: ParticipantResult[]): GroupResult {
  const pre = results.flatMap((r) => (r.pre ? [r.pre.percent] : []));
  const post = results.flatMap((r) => (r.post ? [r.post.percent] : []));
  const gains = results.flatMap((r) => (r.gain === null ? [] : [r.gain]));
  return {
    people: results.length,
    preTaken: pre.length,
    postTaken: post.length,
    preAverage: mean(pre),
    postAverage: mean(post),
    gain: mean(gains),
    paired: gains.length,
    postPassed: results.filter((r) => r.post?.passed === true).length,
  };
}

/**
 * A workshop's pre- and post-tests on top of the quiz engine: taking one on the trainer's computer (hand-over),
 * typing in a paper answer sheet, and the results per participant, enterprise and gender. Questions, answers and
 * scores are the quiz engine's; this only ties them to the workshop and its enrolled participants.
 */
export class WorkshopTests {
  constructor(private readonly deps: WorkshopTestDeps) {}

  /** A test for an enrolled participant on this computer; the screen then belongs to the participant. */
  startOnScreen(workshopId: string, participantId: string, kind: TestKind): QuizAttemptView {
    const workshop = this.enrolledWorkshop(workshopId, participantId);
    return this.deps.quizzes.start({ participantId, moduleId: workshop.moduleId, kind, workshopId, entry: 'screen' });
  }

  /** The printed test (questions in order, options lettered as on the paper). */
  paperTest(workshopId: string, kind: TestKind): PaperTest {
    const workshop = this.deps.workshops.require(workshopId);
    const pack = this.deps.content.get(workshop.moduleId);
    const seed = this.deps.paperSeeds.get(workshopId, kind);
    return { kind, passMark: pack.meta.passMark, questions: drawTestQuestions(pack, seed).map((q, i) => presentQuestion(q, subSeed(seed, i))) };
  }

  /**
   * One participant's paper answer sheet, typed in: every code is turned into a response and scored by the quiz
   * engine, in one transaction. A code that cannot be an answer refuses the whole sheet, naming the question.
   */
  submitPaper(workshopId: string, participantId: string, kind: TestKind, codes: Record<string, string>): QuizResult {
    const workshop = this.enrolledWorkshop(workshopId, participantId);
    const pack = this.deps.content.get(workshop.moduleId);
    return this.deps.db.transaction(() => {
      const seed = this.deps.paperSeeds.get(workshopId, kind);
      const view = this.deps.quizzes.start({ participantId, moduleId: workshop.moduleId, kind, workshopId, entry: 'paper', seed });
      const questions = drawTestQuestions(pack, seed);
      view.questions.forEach((presented, i) => {
        const code = codes[presented.id]?.trim() ?? '';
        if (code === '') return;
        const response = responseFromPaperCode(presented, questions[i]!, code);
        if (!response) throw new AppError('PAPER_ANSWER_INVALID', { question: i + 1, code });
        this.deps.quizzes.answer(view.attemptId, presented.id, response);
      });
      return this.deps.quizzes.finish(view.attemptId);
    })();
  }

  /** Removes a test result of this workshop, to type a sheet in again. */
  deleteAttempt(workshopId: string, attemptId: string): void {
    const result = this.deps.db.prepare("DELETE FROM quiz_attempts WHERE id = ? AND workshop_id = ? AND kind IN ('pre', 'post')").run(attemptId, workshopId);
    if (result.changes === 0) throw new AppError('NOT_FOUND');
  }

  results(workshopId: string): WorkshopResults {
    const workshop = this.deps.workshops.require(workshopId);
    const passMark = this.deps.content.get(workshop.moduleId).meta.passMark;
    const rows = this.deps.db
      .prepare(
        `SELECT a.id, a.participant_id, a.kind, a.entry, a.score, a.max_score, a.passed, a.finished_at
         FROM quiz_attempts a JOIN enrollments n ON n.workshop_id = a.workshop_id AND n.participant_id = a.participant_id
         WHERE a.workshop_id = ? AND a.kind IN ('pre', 'post') AND a.finished_at IS NOT NULL AND a.score IS NOT NULL
         ORDER BY a.finished_at, a.id`,
      )
      .all(workshopId) as AttemptRow[];
    const pre = new Map<string, TestScore>();
    const post = new Map<string, TestScore>();
    for (const row of rows) {
      const score: TestScore = { attemptId: row.id, percent: testPercent(row.score, row.max_score), passed: row.passed === null ? null : row.passed === 1, entry: row.entry, finishedAt: row.finished_at };
      if (row.kind === 'pre' && !pre.has(row.participant_id)) pre.set(row.participant_id, score);
      if (row.kind === 'post' && score.percent >= (post.get(row.participant_id)?.percent ?? -1)) post.set(row.participant_id, score);
    }
    const participants: ParticipantResult[] = this.deps.enrollments.list(workshopId).map((p) => {
      const before = pre.get(p.id) ?? null;
      const after = post.get(p.id) ?? null;
      return {
        participantId: p.id,
        name: p.name,
        gender: p.gender,
        enterprise: p.enterprise,
        pre: before,
        post: after,
        gain: before && after ? Math.round((after.percent - before.percent) * 10) / 10 : null,
      };
    });
    const byEnterprise = new Map<string, ParticipantResult[]>();
    const byGender = new Map<ParticipantResult['gender'], ParticipantResult[]>();
    for (const result of participants) {
      const key = result.enterprise?.id ?? '';
      byEnterprise.set(key, [...(byEnterprise.get(key) ?? []), result]);
      byGender.set(result.gender, [...(byGender.get(result.gender) ?? []), result]);
    }
    return {
      workshopId,
      moduleId: workshop.moduleId,
      passMark,
      participants,
      overall: group(participants),
      byEnterprise: [...byEnterprise.values()].map((members) => ({ enterprise: members[0]!.enterprise, ...group(members) })),
      byGender: [...byGender.entries()].map(([gender, members]) => ({ gender, ...group(members) })),
    };
  }

  private enrolledWorkshop(workshopId: string, participantId: string) {
    const workshop = this.deps.workshops.require(workshopId);
    if (!this.deps.enrollments.isEnrolled(workshopId, participantId)) throw new AppError('NOT_ENROLLED');
    return workshop;
  }
}
