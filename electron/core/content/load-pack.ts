import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { z } from 'zod';
import type { LessonBlocks, LoadedPack, PackProblem } from '../../../shared/content/loaded-pack';
import {
  LANGUAGES,
  facilitatorGuide,
  glossary,
  lessonQuiz,
  moduleMeta,
  questionPool,
  type Question,
} from '../../../shared/content/pack';
import { checkQuestions } from './check-questions';
import { loadFollowUp } from './load-follow-up';
import { glossaryLinks, imageLinks, splitBlocks } from './markdown-blocks';

export type PackResult = { ok: true; pack: LoadedPack } | { ok: false; problems: PackProblem[] };

const IMAGE_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Reads and validates one pack folder. Nothing is returned unless every rule holds. */
export function loadPack(dir: string, origin: LoadedPack['origin']): PackResult {
  const problems: PackProblem[] = [];
  const readJson = <S extends z.ZodType>(file: string, schema: S): z.infer<S> | undefined => {
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push({ file, field: '', message: 'file is missing' });
      return undefined;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.push({ file, field: '', message: `not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, field: issue.path.join('.'), message: issue.message });
      }
      return undefined;
    }
    return parsed.data;
  };

  const meta = readJson('module.json', moduleMeta);
  const images = listImages(dir);
  const imageSet = new Set(Object.keys(images));
  const glossaryFile = readJson('glossary.json', glossary);
  const pool = readJson('pool.json', questionPool);
  const guide = readJson('guide.json', facilitatorGuide);
  const followUp = loadFollowUp(dir, readJson, problems);
  if (!meta) return { ok: false, problems };

  const lessonIds = new Set<string>();
  meta.lessons.forEach((lesson, i) => {
    if (lessonIds.has(lesson.id)) problems.push({ file: 'module.json', field: `lessons.${i}.id`, message: `duplicate lesson id "${lesson.id}"` });
    lessonIds.add(lesson.id);
  });
  const termIds = new Set<string>();
  glossaryFile?.terms.forEach((term, i) => {
    if (termIds.has(term.id)) problems.push({ file: 'glossary.json', field: `terms.${i}.id`, message: `duplicate term id "${term.id}"` });
    termIds.add(term.id);
  });

  const seenIds = new Map<string, string>();
  const lessons: Record<string, LessonBlocks> = {};
  const practice: Record<string, Question[]> = {};
  for (const lesson of meta.lessons) {
    const blocks = readLesson(dir, lesson.id, { termIds, imageSet, lessonIds }, problems);
    if (blocks) lessons[lesson.id] = blocks;
    const quizFile = `lessons/${lesson.id}.quiz.json`;
    const quiz = readJson(quizFile, lessonQuiz);
    if (quiz) {
      problems.push(...checkQuestions(quizFile, quiz.questions, { lessonIds, images: imageSet, seenIds }));
      quiz.questions.forEach((q, i) => {
        if (q.lesson !== lesson.id) problems.push({ file: quizFile, field: `questions[${i}].lesson`, message: `practice question belongs to "${q.lesson}", not "${lesson.id}"` });
      });
      practice[lesson.id] = quiz.questions;
    }
  }

  if (pool) {
    problems.push(...checkQuestions('pool.json', pool.questions, { lessonIds, images: imageSet, seenIds }));
    if (pool.questions.length < meta.testSize) {
      problems.push({ file: 'pool.json', field: 'questions', message: `the pool has ${pool.questions.length} questions but a test draws ${meta.testSize}` });
    }
    const covered = new Set(pool.questions.map((q) => q.lesson));
    for (const lesson of meta.lessons) {
      if (!covered.has(lesson.id)) problems.push({ file: 'pool.json', field: 'questions', message: `no question covers lesson "${lesson.id}"` });
    }
  }

  if (guide) problems.push(...checkGuide(guide, lessonIds));

  if (problems.length > 0 || !glossaryFile || !pool || !guide) return { ok: false, problems };
  return { ok: true, pack: { meta, origin, lessons, practice, pool: pool.questions, glossary: glossaryFile.terms, guide, images, ...followUp } };
}

function listImages(dir: string): Record<string, string> {
  const imageDir = join(dir, 'images');
  if (!existsSync(imageDir)) return {};
  const images: Record<string, string> = {};
  for (const name of readdirSync(imageDir)) {
    const type = IMAGE_TYPES[extname(name).toLowerCase()];
    if (type) images[`images/${name}`] = type;
  }
  return images;
}

interface LinkTargets {
  termIds: Set<string>;
  imageSet: Set<string>;
  lessonIds: Set<string>;
}

function readLesson(dir: string, lessonId: string, targets: LinkTargets, problems: PackProblem[]): LessonBlocks | undefined {
  const byLanguage: Partial<LessonBlocks> = {};
  for (const language of LANGUAGES) {
    const file = `lessons/${lessonId}.${language}.md`;
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push({ file, field: '', message: 'file is missing' });
      continue;
    }
    const blocks = splitBlocks(readFileSync(path, 'utf8'));
    if (blocks.length === 0) problems.push({ file, field: '', message: 'lesson is empty' });
    blocks.forEach((block, i) => {
      for (const term of glossaryLinks(block)) {
        if (!targets.termIds.has(term)) problems.push({ file, field: `block ${i + 1}`, message: `unknown glossary term "${term}"` });
      }
      for (const image of imageLinks(block)) {
        if (!targets.imageSet.has(image)) problems.push({ file, field: `block ${i + 1}`, message: `missing image "${image}"` });
      }
      for (const target of otherLinks(block)) {
        const lesson = target.startsWith('lesson:') ? target.slice('lesson:'.length) : undefined;
        if (!lesson || !targets.lessonIds.has(lesson)) problems.push({ file, field: `block ${i + 1}`, message: `link "${target}" does not resolve` });
      }
    });
    byLanguage[language] = blocks;
  }
  const { en, 'zh-CN': zh } = byLanguage;
  if (!en || !zh) return undefined;
  if (en.length !== zh.length) {
    problems.push({ file: `lessons/${lessonId}.zh-CN.md`, field: '', message: `has ${zh.length} blocks but the English has ${en.length}; paragraphs must pair up` });
    return undefined;
  }
  en.forEach((block, i) => {
    if (blockKind(block) !== blockKind(zh[i]!)) {
      problems.push({ file: `lessons/${lessonId}.zh-CN.md`, field: `block ${i + 1}`, message: `is a ${blockKind(zh[i]!)} but the English block is a ${blockKind(block)}` });
    }
  });
  return { en, 'zh-CN': zh };
}

/**
 * Link targets other than glossary terms and images; only `lesson:<id>` is allowed, so nothing leaves the app.
 * Reference definitions (`[1]: https://…`) and autolinks (`<https://…>`) count as links too.
 */
function otherLinks(block: string): string[] {
  const inline = [...block.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  const references = [...block.matchAll(/^\s{0,3}\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
  const autolinks = [...block.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)].map((m) => m[1]!);
  return [...inline, ...references, ...autolinks].filter((t) => !t.startsWith('glossary:'));
}

function blockKind(block: string): string {
  const heading = /^(#{1,6})\s/.exec(block);
  if (heading) return `heading ${heading[1]!.length}`;
  if (/^!\[/.test(block)) return 'image';
  if (/^([-*]|\d+\.)\s/.test(block)) return 'list';
  if (/^>/.test(block)) return 'quote';
  return 'paragraph';
}

function checkGuide(guide: z.infer<typeof facilitatorGuide>, lessonIds: Set<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  const ids = new Set<string>();
  const claim = (value: string, field: string) => {
    if (ids.has(value)) problems.push({ file: 'guide.json', field, message: `duplicate id "${value}"` });
    ids.add(value);
  };
  guide.sessions.forEach((session, s) => {
    claim(session.id, `sessions.${s}.id`);
    session.lessons.forEach((lesson, l) => {
      if (!lessonIds.has(lesson)) problems.push({ file: 'guide.json', field: `sessions.${s}.lessons.${l}`, message: `unknown lesson "${lesson}"` });
    });
    session.activities.forEach((activity, a) => claim(activity.id, `sessions.${s}.activities.${a}.id`));
  });
  guide.visit.activities.forEach((activity, a) => claim(activity.id, `visit.activities.${a}.id`));
  return problems;
}
