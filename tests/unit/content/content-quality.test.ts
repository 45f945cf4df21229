import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../electron/core/content/load-pack';
import { checkContentQuality } from '../../../electron/core/content/quality/check-content-quality';
import { loadTermList } from '../../../electron/core/content/quality/load-term-list';
import { BUNDLED_CONTENT } from '../helpers/core';
import { copyMinimalPack, editJson, MINIMAL_PACK } from '../helpers/pack-fixture';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const terms = loadTermList(join(BUNDLED_CONTENT, 'terms.json'));

function qualityProblems(dir: string) {
  const result = loadPack(dir, 'installed');
  if (!result.ok) throw new Error(`the fixture no longer loads: ${JSON.stringify(result.problems)}`);
  return checkContentQuality(result.pack, terms);
}

/** The minimal pack with one text replaced, to show a wording rule firing on it. */
function packWithDefinition(zh: string, en = 'Something that can cause harm.') {
  const dir = copyMinimalPack(tempDir());
  editJson(dir, 'glossary.json', (g) => (g.terms[0].definition = { en, 'zh-CN': zh }));
  return dir;
}

describe('every bundled pack meets the authoring rules', () => {
  const modules = readdirSync(BUNDLED_CONTENT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  for (const name of modules) {
    it(`${name} has no question-quality or wording problems`, () => {
      const result = loadPack(join(BUNDLED_CONTENT, name), 'bundled');
      if (!result.ok) throw new Error(`${name} does not load`);
      // Every problem in one list, so an author sees the whole module's work at once.
      expect(checkContentQuality(result.pack, terms).map((p) => `${p.file} [${p.field}]: ${p.message}`)).toEqual([]);
    });
  }
});

describe('content quality checks', () => {
  it('find nothing wrong with the minimal pack', () => {
    expect(qualityProblems(MINIMAL_PACK)).toEqual([]);
  });

  it('report a set whose right options are mostly the longest, per language, naming the items', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'pool.json', (p) => (p.questions[0].options[0].text.en = 'The right one, spelled out at length'));
    const problems = qualityProblems(dir);
    expect(problems).toContainEqual({
      file: 'pool.json',
      field: 'en',
      message: 'the right option is the uniquely longest in 1 of 1 single-choice items (100%, limit 40%): t-single',
    });
    expect(problems.filter((p) => p.file === 'pool.json' && p.field === 'zh-CN')).toEqual([]);
  });

  it('accept right options that are the longest in no more than 40% of single-choice items', () => {
    const dir = copyMinimalPack(tempDir());
    // Practice holds p1 and p3: one longest right option in two is 50%; adding a third item with a short right answer makes it 33%.
    editJson(dir, 'lessons/first.quiz.json', (quiz) => (quiz.questions[0].options[0].text['zh-CN'] = '对的那一项，写得很长'));
    expect(qualityProblems(dir)).toContainEqual(expect.objectContaining({ file: 'lessons/*.quiz.json', field: 'zh-CN' }));
    editJson(dir, 'lessons/second.quiz.json', (quiz) => quiz.questions.push({ ...quiz.questions[0], id: 'p4' }));
    expect(qualityProblems(dir)).toEqual([]);
  });

  it.each([
    ['Plan: set a target', 'en'],
    ['Step 2 Isolate', 'en'],
    ['1. Stop', 'en'],
    ['第一步：停机', 'zh-CN'],
    ['（3）上锁', 'zh-CN'],
  ])('report an ordering item that starts with a label giving its place away: %s', (text, language) => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'pool.json', (p) => (p.questions[3].items[1].text[language] = text));
    expect(qualityProblems(dir)).toEqual([
      { file: 'pool.json', field: `questions.t-ordering.items.s2.text.${language}`, message: `ordering item "${text}" starts with a label that gives its place away` },
    ]);
  });

  it('report a pool hotspot item that asks for a hazard practice already showed on the same picture', () => {
    const dir = copyMinimalPack(tempDir());
    const pool = JSON.parse(JSON.stringify(loadPackOrThrow(dir).pool[5]));
    editJson(dir, 'lessons/second.quiz.json', (quiz) => quiz.questions.push({ ...pool, id: 'p-spot', lesson: 'second', hotspots: [{ ...pool.hotspots[1], area: { shape: 'circle', cx: 350, cy: 225, r: 30 } }] }));
    expect(qualityProblems(dir)).toEqual([
      {
        file: 'pool.json',
        field: 'questions.t-hotspot.hotspots',
        message: 'asks for hazards on images/shop.svg that practice item "p-spot" (lessons/second.quiz.json) already shows: h2',
      },
    ]);
  });

  it('accept a practice hotspot item on the same picture that marks other hazards', () => {
    const dir = copyMinimalPack(tempDir());
    const pool = JSON.parse(JSON.stringify(loadPackOrThrow(dir).pool[5]));
    editJson(dir, 'lessons/second.quiz.json', (quiz) => quiz.questions.push({ ...pool, id: 'p-spot', lesson: 'second', hotspots: [{ ...pool.hotspots[1], area: { shape: 'circle', cx: 700, cy: 400, r: 40 } }] }));
    expect(qualityProblems(dir)).toEqual([]);
  });

  it.each([
    ['可能造成"伤害"的东西。', 'ASCII quote " in Chinese text'],
    ["可能造成'伤害'的东西。", "ASCII quote ' in Chinese text"],
    ['什么是危险源?', 'ASCII punctuation next to Chinese'],
    ['注意: 可能伤人。', 'ASCII punctuation next to Chinese'],
    ['可能伤人; 要小心。', 'ASCII punctuation next to Chinese'],
  ])('report Chinese text with ASCII punctuation: %s', (zh, message) => {
    expect(qualityProblems(packWithDefinition(zh))).toEqual([
      { file: 'glossary.json', field: 'terms.hazard.definition.zh-CN', message: expect.stringContaining(message) },
    ]);
  });

  it('accept ASCII punctuation inside Latin runs of Chinese text', () => {
    expect(qualityProblems(packWithDefinition('早上 8:30 开会，用 PDCA 循环。'))).toEqual([]);
  });

  it('report a Chinese term the shared term list says to avoid, in JSON and in lessons', () => {
    expect(qualityProblems(packWithDefinition('按控制措施优先顺序排列。'))).toEqual([
      {
        file: 'glossary.json',
        field: 'terms.hazard.definition.zh-CN',
        message: 'uses "控制措施优先顺序" for hierarchy-of-controls; the shared term list says "风险控制层级"',
      },
    ]);
    const dir = copyMinimalPack(tempDir());
    writeLesson(dir, '## 危险源\n\n[危害](glossary:hazard)可能伤害人。\n\n![车间](images/shop.svg)\n\n- 看\n- 问\n');
    expect(qualityProblems(dir)).toEqual([
      { file: 'lessons/first.zh-CN.md', field: 'block 2', message: 'uses "危害" for hazard; the shared term list says "危险源"' },
    ]);
  });

  it('report an English wording the shared term list says to avoid, whatever its case', () => {
    expect(qualityProblems(packWithDefinition('事故隐患。', 'A Hidden danger found on a walk.'))).toEqual([
      { file: 'glossary.json', field: 'terms.hazard.definition.en', message: 'uses "hidden danger" for hidden-hazard; the shared term list says "hidden hazard"' },
    ]);
  });

  it('match a Latin wording only as a whole word', () => {
    expect(qualityProblems(packWithDefinition('整顿（Seiton）由企业改善团队（EIT）牵头。'))).toEqual([]);
    expect(qualityProblems(packWithDefinition('由EIT牵头。'))).toEqual([
      { file: 'glossary.json', field: 'terms.hazard.definition.zh-CN', message: 'uses "EIT" for enterprise-improvement-team; the shared term list says "企业改善团队"' },
    ]);
  });

  it('accept fixed legal phrases that contain an avoided form', () => {
    expect(qualityProblems(packWithDefinition('检测职业病危害因素，按风险控制层级采取措施。'))).toEqual([]);
  });
});

function loadPackOrThrow(dir: string) {
  const result = loadPack(dir, 'installed');
  if (!result.ok) throw new Error('fixture does not load');
  return result.pack;
}

function writeLesson(dir: string, zh: string) {
  writeFileSync(join(dir, 'lessons/first.zh-CN.md'), zh);
}
