import { z } from 'zod';
export type { FacilitatorGuide } from '../content/pack';
import type { LessonBlocks, PackProblem } from '../content/loaded-pack';
import type { GlossaryTerm, HotspotArea, LessonMeta, LocalizedText } from '../content/pack';

export interface ModuleSummary {
  id: string;
  version: string;
  title: LocalizedText;
  summary: LocalizedText;
  audience: LocalizedText;
  passMark: number;
  testSize: number;
  origin: 'bundled' | 'installed';
  lessons: LessonMeta[];
}

export interface ModuleDetail extends ModuleSummary {
  glossary: GlossaryTerm[];
  /** Image paths the pack holds, for preloading. */
  images: string[];
}

export interface LessonContent {
  moduleId: string;
  lesson: LessonMeta;
  blocks: LessonBlocks;
}

export interface BrokenPack {
  /** The pack's folder name, which is all a trainer can go by when module.json itself is broken. */
  folder: string;
  problems: PackProblem[];
}

export interface PackImage {
  mediaType: string;
  bytes: Uint8Array;
}


/** A question as the learner sees it: shuffled, and without its answer. */
export type PresentedQuestion = { id: string; lesson: string; prompt: LocalizedText } & (
  | { type: 'single' | 'multiple'; options: Array<{ id: string; text: LocalizedText }> }
  | { type: 'truefalse' }
  | { type: 'ordering'; items: Array<{ id: string; text: LocalizedText }> }
  | { type: 'matching'; left: Array<{ id: string; text: LocalizedText }>; right: Array<{ id: string; text: LocalizedText }> }
  | {
      type: 'hotspot';
      image: string;
      hotspotCount: number;
      scene: LocalizedText | null;
      /** The list-based way to answer: each choice marks its point, so it is scored as a tap would be. */
      choices: HotspotChoice[];
    }
);

/** A hotspot's label at its centre, or a decoy's label at a point outside the picture (a wrong tap). */
export interface HotspotChoice {
  id: string;
  label: LocalizedText;
  x: number;
  y: number;
}

const id = z.string().min(1).max(64);
const point = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

/** What a learner answered; one shape per question type. */
export const quizResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), optionId: id }).strict(),
  z.object({ type: z.literal('multiple'), optionIds: z.array(id).max(20) }).strict(),
  z.object({ type: z.literal('truefalse'), value: z.boolean() }).strict(),
  z.object({ type: z.literal('ordering'), order: z.array(id).max(20) }).strict(),
  z.object({ type: z.literal('matching'), pairs: z.record(id, id) }).strict(),
  z.object({ type: z.literal('hotspot'), taps: z.array(point).max(30) }).strict(),
]);
export type QuizResponse = z.infer<typeof quizResponse>;

/** The right answer, in the same terms as a response, for feedback and review. */
export type CorrectAnswer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'truefalse'; value: boolean }
  | { type: 'ordering'; order: string[] }
  | { type: 'matching'; pairs: Record<string, string> }
  | { type: 'hotspot'; hotspots: Array<{ id: string; label: LocalizedText; area: HotspotArea }> };

export const QUIZ_KINDS = ['practice', 'pre', 'post'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export interface QuizAttemptView {
  attemptId: string;
  participantId: string;
  moduleId: string;
  lessonId: string | null;
  workshopId: string | null;
  kind: QuizKind;
  questions: PresentedQuestion[];
  /** Answers already given (a test resumed after a restart keeps them). */
  responses: Record<string, QuizResponse>;
  finished: boolean;
}

export interface AnswerFeedback {
  questionId: string;
  /** 0..1 share of the question's credit. */
  score: number;
  correct: boolean;
  /** Only in practice mode; tests give no feedback until the end. */
  explanation?: LocalizedText;
  correctAnswer?: CorrectAnswer;
}

export interface ReviewItem {
  question: PresentedQuestion;
  response: QuizResponse | null;
  score: number;
  /** Absent after a pre-test, whose pool the post-test shares. */
  correctAnswer?: CorrectAnswer;
  explanation?: LocalizedText;
}

export interface QuizResult {
  attemptId: string;
  moduleId: string;
  lessonId: string | null;
  kind: QuizKind;
  score: number;
  maxScore: number;
  percent: number;
  passMark: number | null;
  passed: boolean | null;
  finishedAt: string;
  answersRevealed: boolean;
  review: ReviewItem[];
}

export interface LessonProgress {
  lessonId: string;
  /** The learner has opened the lesson at least once. */
  started: boolean;
  lastBlock: number;
  secondsSpent: number;
  completed: boolean;
}

export interface ModuleProgress {
  moduleId: string;
  lessons: LessonProgress[];
  completedLessons: number;
  /** The lesson to open when the learner presses Continue. */
  resumeLessonId: string | null;
  bestPreTest: number | null;
  bestPostTest: number | null;
  postTestPassed: boolean;
}
