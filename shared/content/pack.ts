/**
 * The content-pack format: one folder per module under resources/content/.
 * Authors edit these files by hand, so every rule here is also documented in
 * resources/content/FORMAT.md. Keep the two in step; the format is a public promise.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

const nonEmpty = z.string().trim().min(1, 'empty text');

/** Every piece of learner-facing text exists in both languages. */
export const localizedText = z.object({ en: nonEmpty, 'zh-CN': nonEmpty }).strict();
export type LocalizedText = z.infer<typeof localizedText>;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes');

const option = z.object({ id, text: localizedText }).strict();

const questionBase = {
  id,
  /** The lesson the question checks; pool questions use it to prove coverage. */
  lesson: id,
  prompt: localizedText,
  explanation: localizedText,
};

export const singleChoiceQuestion = z
  .object({ ...questionBase, type: z.literal('single'), options: z.array(option).min(2), answer: id })
  .strict();

export const multipleResponseQuestion = z
  .object({ ...questionBase, type: z.literal('multiple'), options: z.array(option).min(3), answers: z.array(id).min(1) })
  .strict();

export const trueFalseQuestion = z.object({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() }).strict();

/** Items are listed in the correct order; the engine shuffles them for display. */
export const orderingQuestion = z
  .object({ ...questionBase, type: z.literal('ordering'), items: z.array(option).min(3) })
  .strict();

/** Each pair is a correct match; the engine shuffles the right-hand side. */
export const matchingQuestion = z
  .object({
    ...questionBase,
    type: z.literal('matching'),
    pairs: z.array(z.object({ id, left: localizedText, right: localizedText }).strict()).min(3),
  })
  .strict();

const circle = z.object({ shape: z.literal('circle'), cx: z.number(), cy: z.number(), r: z.number().positive() }).strict();
const rect = z
  .object({ shape: z.literal('rect'), x: z.number(), y: z.number(), w: z.number().positive(), h: z.number().positive() })
  .strict();
export const hotspotArea = z.discriminatedUnion('shape', [circle, rect]);
export type HotspotArea = z.infer<typeof hotspotArea>;

/** Hotspot coordinates are in the picture's own viewBox units, so they survive any screen size. */
export const hotspotQuestion = z
  .object({
    ...questionBase,
    type: z.literal('hotspot'),
    image: z.string().regex(/^images\/[A-Za-z0-9._-]+\.(svg|png)$/),
    /** What the picture shows, in a sentence or two, for people who cannot see it (it must not give the answer). */
    scene: localizedText.optional(),
    hotspots: z.array(z.object({ id, label: localizedText, area: hotspotArea }).strict()).min(1),
    /** Things in the picture that are not an answer: listed among the hotspots' labels when answering from a list. */
    decoys: z.array(localizedText).max(8).optional(),
  })
  .strict();

export const question = z.discriminatedUnion('type', [
  singleChoiceQuestion,
  multipleResponseQuestion,
  trueFalseQuestion,
  orderingQuestion,
  matchingQuestion,
  hotspotQuestion,
]);
export type Question = z.infer<typeof question>;
export type QuestionType = Question['type'];
export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'hotspot'];

export const lessonMeta = z
  .object({ id, title: localizedText, summary: localizedText, minutes: z.number().int().positive() })
  .strict();
export type LessonMeta = z.infer<typeof lessonMeta>;

export const moduleMeta = z
  .object({
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    title: localizedText,
    summary: localizedText,
    audience: localizedText,
    /** Share of the maximum score, in percent, needed to pass the post-test. */
    passMark: z.number().int().min(1).max(100),
    /** How many pool questions a pre- or post-test draws. */
    testSize: z.number().int().positive(),
    lessons: z.array(lessonMeta).min(1),
  })
  .strict();
export type ModuleMeta = z.infer<typeof moduleMeta>;

export const lessonQuiz = z.object({ questions: z.array(question).min(1) }).strict();
export const questionPool = z.object({ questions: z.array(question).min(1) }).strict();

export const glossary = z
  .object({ terms: z.array(z.object({ id, term: localizedText, definition: localizedText }).strict()).min(1) })
  .strict();
export type GlossaryTerm = z.infer<typeof glossary>['terms'][number];

const discussionPrompt = z.object({ question: localizedText, expected: localizedText }).strict();

export const guideActivity = z
  .object({
    id,
    title: localizedText,
    /** Structured so the run-session view can count it down. */
    minutes: z.number().int().positive(),
    method: localizedText,
    steps: z.array(localizedText).min(1),
    prompts: z.array(discussionPrompt).default([]),
  })
  .strict();

export const guideSession = z
  .object({
    id,
    day: z.number().int().min(1).max(2),
    half: z.enum(['am', 'pm']),
    title: localizedText,
    lessons: z.array(id),
    objectives: z.array(localizedText).min(1),
    materials: z.array(localizedText).min(1),
    activities: z.array(guideActivity).min(1),
  })
  .strict();

export const facilitatorGuide = z
  .object({
    overview: localizedText,
    preparation: z.array(localizedText).min(1),
    sessions: z.array(guideSession).min(4),
    tips: z
      .object({
        lowLiteracy: z.array(localizedText).min(1),
        mixedLanguage: z.array(localizedText).min(1),
        gender: z.array(localizedText).min(1),
      })
      .strict(),
    visit: z
      .object({
        purpose: localizedText,
        activities: z.array(guideActivity).min(1),
        checklist: z.array(localizedText).min(1),
      })
      .strict(),
  })
  .strict();
export type FacilitatorGuide = z.infer<typeof facilitatorGuide>;
export type GuideActivity = z.infer<typeof guideActivity>;
