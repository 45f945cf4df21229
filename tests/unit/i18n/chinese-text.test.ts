import { describe, expect, it } from 'vitest';
import { resources } from '../../../shared/i18n/resources';

function flatten(node: unknown, prefix = ''): Array<[string, string]> {
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [[path, value] as [string, string]] : flatten(value, path);
  });
}

const zh = Object.entries(resources['zh-CN']).flatMap(([namespace, texts]) => flatten(texts, namespace));
const HAN = '\\p{Script=Han}';
/** An ASCII ? ! : ; , ( or ) touching a Chinese character (a {{variable}} counts as text of its own). */
const HALF_WIDTH_NEXT_TO_HAN = new RegExp(`${HAN}[?!:;,()]|[?!:;,()]${HAN}|${HAN}\\s+[?!:;,]`, 'u');

describe('Chinese interface text', () => {
  it('uses full-width punctuation next to Chinese characters (谁来学习？, not 谁来学习?)', () => {
    expect(HALF_WIDTH_NEXT_TO_HAN.test('谁来学习?')).toBe(true);
    expect(HALF_WIDTH_NEXT_TO_HAN.test('例如（生产部）')).toBe(false);
    expect(HALF_WIDTH_NEXT_TO_HAN.test('例如 (生产部)')).toBe(true);
    const offenders = zh.filter(([, text]) => HALF_WIDTH_NEXT_TO_HAN.test(text.replace(/\{\{[^}]+\}\}/g, 'X')));
    expect(offenders).toEqual([]);
  });

  it('never shows a bare abbreviation: EIT is always explained as 企业改善团队', () => {
    const bare = zh.filter(([, text]) => /\bEIT\b/.test(text) && !text.includes('企业改善团队'));
    expect(bare).toEqual([]);
  });

  it('names roles and genders the same way on the trainer and trainee screens', () => {
    for (const group of ['role', 'gender'] as const) {
      for (const language of ['en', 'zh-CN'] as const) {
        const trainee = resources[language].learn[group] as Record<string, string>;
        const trainer = resources[language].trainer[group] as Record<string, string>;
        for (const [key, label] of Object.entries(trainee)) expect(label, `${language} ${group}.${key}`).toBe(trainer[key]);
      }
    }
  });

  it('calls the two tests 摸底测试 and 结业测试 on trainer screens and printouts, as trainees see them', () => {
    const names = { pre: '摸底测试', post: '结业测试' };
    expect(resources['zh-CN'].results.kind).toEqual(names);
    expect(resources['zh-CN'].pdf.transcript).toMatchObject({ preTest: names.pre, postTest: names.post });
    expect(resources['zh-CN'].printouts).toMatchObject(names);
    expect(resources['zh-CN'].learn.module.preTest).toContain(names.pre);
    expect(resources['zh-CN'].learn.module.postTest).toContain(names.post);
  });

  it('labels the attendance marks 到 迟 假 缺 on screen and on paper', () => {
    const screen = resources['zh-CN'].workshops.attendance.short;
    const paper = resources['zh-CN'].pdf.attendance.short;
    expect(screen).toEqual({ present: '到', late: '迟', excused: '假', absent: '缺' });
    expect(paper).toMatchObject(screen);
  });
});
