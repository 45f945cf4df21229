import { z } from 'zod';
import { multilineText } from '../domain/safe-text';
import type { BrokenPack, FacilitatorGuide, LessonContent, ModuleDetail, ModuleProgress, ModuleSummary, PackImage, AnswerFeedback, QuizAttemptView, QuizResult } from '../domain/learning';
import { QUIZ_KINDS, quizResponse } from '../domain/learning';
import { fileBytes } from './bytes';
import { operation } from './operation';

const id = z.string().min(1).max(64);
const moduleRef = z.object({ moduleId: id }).strict();

export const learningOperations = {
  listModules: operation<ModuleSummary[]>()(z.object({}).strict(), 'public'),
  getModule: operation<ModuleDetail>()(moduleRef, 'public'),
  getLesson: operation<LessonContent>()(z.object({ moduleId: id, lessonId: id }).strict(), 'public'),
  getPackImage: operation<PackImage>()(z.object({ moduleId: id, path: z.string().max(200) }).strict(), 'public'),
  getFacilitatorGuide: operation<FacilitatorGuide>()(moduleRef, 'trainer'),
  /** Packs in the data folder that failed validation at start, so a trainer learns why a module is missing. */
  listBrokenPacks: operation<BrokenPack[]>()(z.object({}).strict(), 'trainer'),
  getSessionNotes: operation<{ text: string }>()(z.object({ moduleId: id, sessionId: id }).strict(), 'trainer'),
  saveSessionNotes: operation<{ text: string }>()(z.object({ moduleId: id, sessionId: id, text: multilineText(20_000) }).strict(), 'trainer'),
  /** A pack as a .zip (copied from a USB stick, say); validated completely before anything is installed. */
  installPackFromZip: operation<ModuleSummary>()(z.object({ bytes: fileBytes }).strict(), 'trainer'),
  /** A pack as the files of a folder, with paths relative to it. */
  installPackFromFiles: operation<ModuleSummary>()(
    z.object({ files: z.array(z.object({ path: z.string().max(300), bytes: fileBytes }).strict()).min(1).max(2000) }).strict(),
    'trainer',
  ),

  getModuleProgress: operation<ModuleProgress[]>()(z.object({ participantId: id }).strict(), 'public'),
  recordLessonProgress: operation<ModuleProgress>()(
    z
      .object({
        participantId: id,
        moduleId: id,
        lessonId: id,
        lastBlock: z.number().int().min(0).max(10_000),
        /** Active reading time since the last report (the reader reports every 20 s and stops counting when idle). */
        addSeconds: z.number().int().min(0).max(60),
        completed: z.boolean().default(false),
      })
      .strict(),
    'public',
  ),

  /** Self-study. A test that counts for a workshop is started by the trainer (hand-over mode), never from here. */
  startQuiz: operation<QuizAttemptView>()(
    z
      .object({ participantId: id, moduleId: id, kind: z.enum(QUIZ_KINDS), lessonId: id.optional() })
      .strict()
      .refine((v) => v.kind !== 'practice' || v.lessonId !== undefined, { message: 'practice needs a lesson', path: ['lessonId'] }),
    'public',
  ),
  getQuiz: operation<QuizAttemptView>()(z.object({ attemptId: id }).strict(), 'public'),
  answerQuestion: operation<AnswerFeedback>()(z.object({ attemptId: id, questionId: id, response: quizResponse }).strict(), 'public'),
  finishQuiz: operation<QuizResult>()(z.object({ attemptId: id }).strict(), 'public'),
  getQuizResult: operation<QuizResult>()(z.object({ attemptId: id }).strict(), 'public'),
};
