import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../electron/core/content/load-pack';
import { drawTestQuestions } from '../../../electron/core/quiz/draw-test';
import { presentQuestion } from '../../../electron/core/quiz/present-question';
import { scoreQuestion } from '../../../electron/core/quiz/score-question';
import type { LoadedPack } from '../../../shared/content/loaded-pack';
import type { Question } from '../../../shared/content/pack';
import { MINIMAL_PACK } from '../helpers/pack-fixture';

const result = loadPack(MINIMAL_PACK, 'bundled');
if (!result.ok) throw new Error('fixture pack invalid');
const pack: LoadedPack = result.pack;
const byId = (id: string): Question => pack.pool.find((q) => q.id === id)!;

describe('scoring', () => {
  it('single choice: the right option scores 1, any other 0', () => {
    expect(scoreQuestion(byId('t-single'), { type: 'single', optionId: 'a' })).toBe(1);
    expect(scoreQuestion(byId('t-single'), { type: 'single', optionId: 'b' })).toBe(0);
  });

  it('true/false', () => {
    expect(scoreQuestion(byId('t-truefalse'), { type: 'truefalse', value: false })).toBe(1);
    expect(scoreQuestion(byId('t-truefalse'), { type: 'truefalse', value: true })).toBe(0);
  });

  it('multiple response: (right − wrong) / correct answers, never below 0', () => {
    const q = byId('t-multiple');
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'b'] })).toBe(1);
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a'] })).toBe(0.5);
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'c'] })).toBe(0);
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'b', 'c', 'd'] })).toBe(0);
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['c', 'd'] })).toBe(0);
    expect(scoreQuestion(q, { type: 'multiple', optionIds: ['a', 'a', 'b'] })).toBe(1);
  });

  it('ordering: share of items in their right place', () => {
    const q = byId('t-ordering');
    expect(scoreQuestion(q, { type: 'ordering', order: ['s1', 's2', 's3', 's4'] })).toBe(1);
    expect(scoreQuestion(q, { type: 'ordering', order: ['s1', 's2', 's4', 's3'] })).toBe(0.5);
    expect(scoreQuestion(q, { type: 'ordering', order: ['s4', 's3', 's2', 's1'] })).toBe(0);
  });

  it('matching: share of pairs matched', () => {
    const q = byId('t-matching');
    expect(scoreQuestion(q, { type: 'matching', pairs: { m1: 'm1', m2: 'm2', m3: 'm3' } })).toBe(1);
    expect(scoreQuestion(q, { type: 'matching', pairs: { m1: 'm1', m2: 'm3', m3: 'm2' } })).toBeCloseTo(1 / 3);
    expect(scoreQuestion(q, { type: 'matching', pairs: {} })).toBe(0);
  });

  it('hotspot: hazards found less wrong taps, in the picture\'s own coordinates', () => {
    const q = byId('t-hotspot');
    expect(scoreQuestion(q, { type: 'hotspot', taps: [{ x: 110, y: 90 }, { x: 350, y: 225 }] })).toBe(1);
    expect(scoreQuestion(q, { type: 'hotspot', taps: [{ x: 110, y: 90 }, { x: 110, y: 95 }] })).toBe(0.5);
    expect(scoreQuestion(q, { type: 'hotspot', taps: [{ x: 110, y: 90 }, { x: 900, y: 500 }] })).toBe(0);
    expect(scoreQuestion(q, { type: 'hotspot', taps: [{ x: 141, y: 100 }] })).toBe(0);
  });

  it('a missing answer or an answer of another type scores 0', () => {
    expect(scoreQuestion(byId('t-single'), null)).toBe(0);
    expect(scoreQuestion(byId('t-single'), { type: 'truefalse', value: true })).toBe(0);
  });
});

describe('shuffling', () => {
  it('is reproducible from its seed and hides the answer', () => {
    const q = byId('t-ordering');
    const first = presentQuestion(q, 12345);
    expect(presentQuestion(q, 12345)).toEqual(first);
    expect(first.type === 'ordering' && first.items.map((i) => i.id)).not.toEqual(['s1', 's2', 's3', 's4']);
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(presentQuestion(q, seed))));
    expect(orders.size).toBeGreaterThan(5);
    expect(JSON.stringify(presentQuestion(byId('t-single'), 1))).not.toContain('answer');
  });

  it('draws the same test from the same seed, covering every lesson', () => {
    const a = drawTestQuestions(pack, 777).map((q) => q.id);
    expect(drawTestQuestions(pack, 777).map((q) => q.id)).toEqual(a);
    expect(a).toHaveLength(pack.meta.testSize);
    expect(new Set(a).size).toBe(a.length);
    const lessons = new Set(drawTestQuestions(pack, 777).map((q) => q.lesson));
    expect(lessons).toEqual(new Set(['first', 'second']));
    const draws = new Set(Array.from({ length: 30 }, (_, seed) => drawTestQuestions(pack, seed).map((q) => q.id).join()));
    expect(draws.size).toBeGreaterThan(3);
  });
});
