import { z } from 'zod';
import { language } from '../domain/app';
import { documentLanguage, PAPER_TEST_PARTS } from '../domain/documents';
import { recordId } from '../domain/people';
import type { FileBytes } from './bridge';
import { operation } from './operation';

/** Printable PDFs. Without a language they follow the app's; sign-in sheets carry both languages in their columns. */
export const documentOperations = {
  exportSignInSheet: operation<FileBytes>()(
    z.object({ workshopId: recordId, sessionId: recordId, blankRows: z.number().int().min(0).max(100).default(10), language: language.optional() }).strict(),
    'trainer',
  ),
  exportAttendanceReport: operation<FileBytes>()(z.object({ workshopId: recordId, language: language.optional() }).strict(), 'trainer'),
  exportFacilitatorGuide: operation<FileBytes>()(z.object({ moduleId: z.string().min(1).max(64), language: documentLanguage.optional() }).strict(), 'trainer'),
  exportTranscript: operation<FileBytes>()(z.object({ participantId: recordId, language: language.optional() }).strict(), 'trainer'),
  exportPaperTest: operation<FileBytes>()(
    z.object({ workshopId: recordId, kind: z.enum(['pre', 'post']), part: z.enum(PAPER_TEST_PARTS), language: documentLanguage.optional() }).strict(),
    'trainer',
  ),
  /** The seed the workshop's paper test was printed with, for typing in the answers (QuizService.start). */
  getPaperTestSeed: operation<{ seed: number }>()(z.object({ workshopId: recordId, kind: z.enum(['pre', 'post']) }).strict(), 'trainer'),
};
