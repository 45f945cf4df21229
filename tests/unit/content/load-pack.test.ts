import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../electron/core/content/load-pack';
import { BUNDLED_CONTENT } from '../helpers/core';
import { copyMinimalPack, editJson, MINIMAL_PACK } from '../helpers/pack-fixture';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

function problemsOf(dir: string) {
  const result = loadPack(dir, 'installed');
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.problems;
}

describe('every bundled pack', () => {
  for (const name of readdirSync(BUNDLED_CONTENT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    it(`${name} passes validation`, () => {
      const result = loadPack(join(BUNDLED_CONTENT, name), 'bundled');
      expect(result.ok ? [] : result.problems).toEqual([]);
    });
  }
});

describe('pack validation', () => {
  it('accepts the minimal fixture pack', () => {
    expect(loadPack(MINIMAL_PACK, 'bundled').ok).toBe(true);
  });

  it('names a text missing in one language by file and field', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'module.json', (m) => delete m.lessons[0].title['zh-CN']);
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: 'module.json', field: 'lessons.0.title.zh-CN' }));
  });

  it('refuses empty text', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'glossary.json', (g) => (g.terms[0].definition.en = '   '));
    expect(problemsOf(dir)).toContainEqual({ file: 'glossary.json', field: 'terms.0.definition.en', message: 'empty text' });
  });

  it('refuses a lesson file missing in one language', () => {
    const dir = copyMinimalPack(tempDir());
    rmSync(join(dir, 'lessons/second.zh-CN.md'));
    expect(problemsOf(dir)).toContainEqual({ file: 'lessons/second.zh-CN.md', field: '', message: 'file is missing' });
  });

  it('refuses lessons whose paragraphs do not pair up', () => {
    const dir = copyMinimalPack(tempDir());
    writeFileSync(join(dir, 'lessons/second.zh-CN.md'), '## 控制措施\n\n第一段。\n\n多出来的一段。\n');
    expect(problemsOf(dir)[0]).toMatchObject({ file: 'lessons/second.zh-CN.md', message: expect.stringContaining('paragraphs must pair up') });
    writeFileSync(join(dir, 'lessons/second.zh-CN.md'), '控制措施\n\n参见第一课。\n');
    expect(problemsOf(dir)[0]).toMatchObject({ field: 'block 1', message: expect.stringContaining('heading 2') });
  });

  it('refuses duplicate question ids across practice and pool', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'pool.json', (p) => (p.questions[0].id = 'p1'));
    expect(problemsOf(dir)).toContainEqual(expect.objectContaining({ file: 'pool.json', field: 'questions[0].id', message: expect.stringContaining('duplicate question id "p1"') }));
  });

  it('refuses an answer key that points to no option', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'pool.json', (p) => {
      p.questions[0].answer = 'z';
      p.questions[1].answers = ['a', 'q'];
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({ file: 'pool.json', field: 'questions[0].answer', message: 'answer "z" is not an option' });
    expect(problems).toContainEqual({ file: 'pool.json', field: 'questions[1].answers', message: 'answer "q" is not an option' });
  });

  it('refuses a missing image, in a lesson and in a hotspot question', () => {
    const dir = copyMinimalPack(tempDir());
    rmSync(join(dir, 'images/shop.svg'));
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({ file: 'lessons/first.en.md', field: 'block 3', message: 'missing image "images/shop.svg"' });
    expect(problems).toContainEqual({ file: 'pool.json', field: 'questions[5].image', message: 'missing image "images/shop.svg"' });
  });

  it('refuses links that do not resolve: glossary terms, lessons, the web', () => {
    const dir = copyMinimalPack(tempDir());
    writeFileSync(join(dir, 'lessons/second.en.md'), '## Controls\n\nSee [a term](glossary:nope), [a lesson](lesson:nope), [a site](https://example.com), <https://auto.example> and [ref][1].\n\n[1]: https://ref.example\n');
    writeFileSync(join(dir, 'lessons/second.zh-CN.md'), '## 控制措施\n\n参见第一课。\n\n参考。\n');
    const messages = problemsOf(dir).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'unknown glossary term "nope"',
        'link "lesson:nope" does not resolve',
        'link "https://example.com" does not resolve',
        'link "https://auto.example" does not resolve',
        'link "https://ref.example" does not resolve',
      ]),
    );
  });

  it('refuses a pool that leaves a lesson uncovered or is smaller than a test', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'pool.json', (p) => (p.questions = p.questions.filter((q: { lesson: string }) => q.lesson === 'first')));
    editJson(dir, 'module.json', (m) => (m.testSize = 10));
    const messages = problemsOf(dir).map((p) => p.message);
    expect(messages).toContain('no question covers lesson "second"');
    expect(messages).toContain('the pool has 3 questions but a test draws 10');
  });

  it('refuses a guide that names an unknown lesson or repeats an id', () => {
    const dir = copyMinimalPack(tempDir());
    editJson(dir, 'guide.json', (g) => {
      g.sessions[0].lessons = ['nope'];
      g.sessions[1].id = 'd1-am';
    });
    const problems = problemsOf(dir);
    expect(problems).toContainEqual({ file: 'guide.json', field: 'sessions.0.lessons.0', message: 'unknown lesson "nope"' });
    expect(problems).toContainEqual({ file: 'guide.json', field: 'sessions.1.id', message: 'duplicate id "d1-am"' });
  });

  it('reports broken JSON by file', () => {
    const dir = copyMinimalPack(tempDir());
    writeFileSync(join(dir, 'glossary.json'), '{ "terms": [');
    expect(problemsOf(dir)[0]).toMatchObject({ file: 'glossary.json', message: expect.stringContaining('not valid JSON') });
  });
});
