import type { LoadedPack } from '../../../shared/content/loaded-pack';
import type { Question } from '../../../shared/content/pack';
import { seededRandom, shuffle } from './seeded-random';

/**
 * Picks a pre/post test from the pool: lessons take turns so every lesson is asked about before any is asked
 * twice, then the picked questions are shuffled. Deterministic in the seed, so a printed paper test and the
 * typed-in answers line up.
 */
export function drawTestQuestions(pack: LoadedPack, seed: number): Question[] {
  const random = seededRandom(seed);
  const byLesson = new Map<string, Question[]>();
  for (const lesson of pack.meta.lessons) byLesson.set(lesson.id, []);
  for (const question of pack.pool) byLesson.get(question.lesson)?.push(question);
  const queues = shuffle([...byLesson.values()].filter((q) => q.length > 0), random).map((qs) => shuffle(qs, random));
  const picked: Question[] = [];
  const size = Math.min(pack.meta.testSize, pack.pool.length);
  while (picked.length < size) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && picked.length < size) picked.push(next);
    }
  }
  return shuffle(picked, random);
}
