import { z } from 'zod';
import type { QuizAttemptView, QuizResult } from '../domain/learning';
import { recordId } from '../domain/people';
import { TEST_KINDS, type PaperTest, type WorkshopResults } from '../domain/results';
import { operation } from './operation';

const test = { workshopId: recordId, kind: z.enum(TEST_KINDS) };

/**
 * A workshop's pre- and post-tests: results, hand-over on the trainer's computer, paper answer sheets typed in.
 * The participant then answers a hand-over test through the public quiz operations (getQuiz, answerQuestion,
 * finishQuiz) while the trainer area is locked.
 */
export const resultsOperations = {
  getWorkshopResults: operation<WorkshopResults>()(z.object({ workshopId: recordId }).strict(), 'trainer'),
  startHandOverTest: operation<QuizAttemptView>()(z.object({ ...test, participantId: recordId }).strict(), 'trainer'),
  getPaperTest: operation<PaperTest>()(z.object(test).strict(), 'trainer'),
  /** Codes by question id, as on the answer sheet; an empty code is an unanswered question. */
  submitPaperTest: operation<QuizResult>()(
    z.object({ ...test, participantId: recordId, codes: z.record(z.string().max(64), z.string().max(40)) }).strict(),
    'trainer',
  ),
  deleteWorkshopTest: operation<{ deleted: true }>()(z.object({ workshopId: recordId, attemptId: z.string().min(1).max(64) }).strict(), 'trainer'),
};
