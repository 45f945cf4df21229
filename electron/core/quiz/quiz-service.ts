import type { Question } from '../../../shared/content/pack';
import { AppError } from '../../../shared/api/result';
import { quizResponse, type AnswerFeedback, type QuizAttemptView, type QuizKind, type QuizResponse, type QuizResult } from '../../../shared/domain/learning';
import { testPercent } from '../../../shared/domain/test-score';
import type { ContentLibrary } from '../content/content-library';
import type { AttemptRepository, AttemptRow } from './attempt-repository';
import { drawTestQuestions } from './draw-test';
import { learnerIds } from './learner-ids';
import { correctAnswerOf, presentQuestion } from './present-question';
import { isCorrect, scoreQuestion } from './score-question';
import { newSeed, subSeed } from './seeded-random';

export interface StartQuiz {
  participantId: string;
  moduleId: string;
  kind: QuizKind;
  lessonId?: string | undefined;
  workshopId?: string | undefined;
  entry?: 'screen' | 'paper';
  /** A fixed seed reproduces a printed paper test; otherwise a fresh one is drawn and stored. */
  seed?: number | undefined;
}

/** Runs quizzes: draws and shuffles questions, keeps every answer, scores in the core. */
export class QuizService {
  constructor(
    private readonly content: ContentLibrary,
    private readonly attempts: AttemptRepository,
  ) {}

  start(input: StartQuiz): QuizAttemptView {
    const pack = this.content.get(input.moduleId);
    const seed = input.seed ?? newSeed();
    let questions: Question[];
    if (input.kind === 'practice') {
      if (!input.lessonId || !pack.practice[input.lessonId]) throw new AppError('NOT_FOUND', { lessonId: input.lessonId ?? null });
      questions = pack.practice[input.lessonId]!;
    } else {
      questions = drawTestQuestions(pack, seed);
    }
    const attemptId = this.attempts.create({
      participantId: input.participantId,
      moduleId: input.moduleId,
      lessonId: input.kind === 'practice' ? input.lessonId! : null,
      workshopId: input.workshopId ?? null,
      kind: input.kind,
      entry: input.entry ?? 'screen',
      seed,
      questionIds: questions.map((q) => q.id),
      passMark: input.kind === 'practice' ? null : pack.meta.passMark,
    });
    return this.view(attemptId);
  }

  view(attemptId: string): QuizAttemptView {
    const { row, questions } = this.load(attemptId);
    const stored = this.storedResponses(attemptId);
    const responses: Record<string, QuizResponse> = {};
    questions.forEach((question, i) => {
      const response = stored.get(question.id);
      if (response) responses[question.id] = learnerIds(question, subSeed(row.seed, i)).encodeResponse(response);
    });
    return {
      attemptId,
      participantId: row.participant_id,
      moduleId: row.module_id,
      lessonId: row.lesson_id,
      workshopId: row.workshop_id,
      kind: row.kind,
      questions: questions.map((q, i) => presentQuestion(q, subSeed(row.seed, i))),
      responses,
      finished: row.finished_at !== null,
    };
  }

  /** Stores one answer. Practice mode answers with feedback at once and may be retried; tests stay silent. */
  answer(attemptId: string, questionId: string, learnerResponse: QuizResponse): AnswerFeedback {
    const { row, questions } = this.load(attemptId);
    if (row.finished_at) throw new AppError('CONFLICT', { reason: 'finished' });
    const index = questions.findIndex((q) => q.id === questionId);
    const question = questions[index];
    if (!question) throw new AppError('NOT_FOUND', { questionId });
    const ids = learnerIds(question, subSeed(row.seed, index));
    const response = ids.decodeResponse(learnerResponse);
    const score = scoreQuestion(question, response);
    this.attempts.saveAnswer(attemptId, questionId, response, score);
    if (row.kind !== 'practice') return { questionId, score: 0, correct: false };
    return { questionId, score, correct: isCorrect(score), explanation: question.explanation, correctAnswer: ids.encodeAnswer(correctAnswerOf(question)) };
  }

  /** Scores every question (unanswered ones score 0) and records the result. */
  finish(attemptId: string): QuizResult {
    const { row, questions } = this.load(attemptId);
    if (!row.finished_at) {
      const scores = new Map(this.attempts.answers(attemptId).map((a) => [a.question_id, a.score]));
      const score = questions.reduce((sum, q) => sum + (scores.get(q.id) ?? 0), 0);
      const passed = row.pass_mark === null ? null : testPercent(score, questions.length) >= row.pass_mark;
      this.attempts.finish(attemptId, score, questions.length, passed);
    }
    return this.result(attemptId);
  }

  /**
   * The score and a review. A pre-test review shows what was right or wrong but not the right answers: the
   * post-test draws from the same pool, and certificates depend on it.
   */
  result(attemptId: string): QuizResult {
    const { row, questions } = this.load(attemptId);
    if (!row.finished_at || row.score === null || row.max_score === null) throw new AppError('CONFLICT', { reason: 'not-finished' });
    const answers = new Map(this.attempts.answers(attemptId).map((a) => [a.question_id, a]));
    const stored = this.storedResponses(attemptId);
    const revealAnswers = row.kind !== 'pre';
    return {
      attemptId,
      moduleId: row.module_id,
      lessonId: row.lesson_id,
      kind: row.kind,
      score: row.score,
      maxScore: row.max_score,
      percent: testPercent(row.score, row.max_score),
      passMark: row.pass_mark,
      passed: row.passed === null ? null : row.passed === 1,
      finishedAt: row.finished_at,
      answersRevealed: revealAnswers,
      review: questions.map((question, i) => {
        const seed = subSeed(row.seed, i);
        const ids = learnerIds(question, seed);
        const response = stored.get(question.id);
        return {
          question: presentQuestion(question, seed),
          response: response ? ids.encodeResponse(response) : null,
          score: answers.get(question.id)?.score ?? 0,
          ...(revealAnswers ? { correctAnswer: ids.encodeAnswer(correctAnswerOf(question)), explanation: question.explanation } : {}),
        };
      }),
    };
  }

  private storedResponses(attemptId: string): Map<string, QuizResponse> {
    const out = new Map<string, QuizResponse>();
    for (const answer of this.attempts.answers(attemptId)) {
      const parsed = quizResponse.safeParse(JSON.parse(answer.response));
      if (parsed.success) out.set(answer.question_id, parsed.data);
    }
    return out;
  }

  private load(attemptId: string): { row: AttemptRow; questions: Question[] } {
    const row = this.attempts.get(attemptId);
    if (!row) throw new AppError('NOT_FOUND', { attemptId });
    const pack = this.content.get(row.module_id);
    const all = new Map([...pack.pool, ...Object.values(pack.practice).flat()].map((q) => [q.id, q]));
    const ids = JSON.parse(row.question_ids) as string[];
    // A pack updated since the attempt may have dropped a question; the attempt keeps what still exists.
    const questions = ids.map((id) => all.get(id)).filter((q): q is Question => q !== undefined);
    return { row, questions };
  }
}
