import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import type { FileBytes } from '../../../shared/api/bridge';
import type { QuizResponse } from '../../../shared/domain/learning';
import { finishedWorkshop, PEOPLE } from '../certificates/finished-workshop';
import { closeCoresAfterEach, contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';
import { pdfFonts, pdfPageCount, pdfText } from './poppler';

const tempDir = useTempDir();
closeCoresAfterEach();

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const session = new ClientSession();
  session.unlockTrainer();
  const result = await dispatch(name, input, contextFor(core, session));
  if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
  return result.value as T;
}

function expectEmbeddedSubsets(pdf: Uint8Array): void {
  const fonts = pdfFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
}

/** The text of each page, split on the form feeds pdftotext puts between pages. */
const pages = (pdf: Uint8Array) => pdfText(pdf).split('\f').filter((page) => page.trim() !== '');

describe('sign-in sheets', () => {
  it('list the enrolled participants with the session facts, then numbered blank rows, the header on every page', async () => {
    const core = openTestCore(tempDir());
    const { workshop, factory } = finishedWorkshop(core);
    const extra = Array.from({ length: 30 }, (_, i) => core.participants.create(participant({ name: `学员${i + 1}号`, enterpriseId: factory.id })).id);
    core.enrollments.enroll(workshop.id, extra);
    const session = workshop.sessions[1]!;
    const file = await call<FileBytes>(core, 'exportSignInSheet', { workshopId: workshop.id, sessionId: session.id, blankRows: 12, language: 'zh-CN' });
    expect(file.name).toBe('签到表 职业安全与健康 吴江第一期 2025-03-04 下午.pdf');
    expectEmbeddedSubsets(file.bytes);
    const text = pdfText(file.bytes);
    for (const person of PEOPLE) expect(text).toContain(person.name);
    expect(text).toContain('13800001000');
    expect(text).toContain('华丰纺织有限公司');
    expect(text).toContain('经理');
    expect(text).toContain(String(PEOPLE.length + 30 + 12));
    const all = pages(file.bytes);
    expect(all.length).toBeGreaterThan(1);
    all.forEach((page, i) => {
      for (const expected of ['签到表', 'Sign-in sheet', '职业安全与健康 吴江第一期', '2025年3月4日下午', '吴江培训中心', '陈珺', '签名', 'Signature', `第 ${i + 1} 页，共 ${all.length} 页`]) {
        expect(page, `page ${i + 1}: ${expected}`).toContain(expected);
      }
    });
  });

  it('shrink a long enterprise or department name first, then break it only between words', async () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core);
    const long = core.enterprises.create(enterprise({ nameZh: '吴江经济技术开发区东方化工有限公司', nameEn: '' }));
    const shrinks = core.enterprises.create(enterprise({ nameZh: '苏州恒力化纤股份有限公司', nameEn: '' }));
    const people = [
      core.participants.create(participant({ name: '欧阳昇', enterpriseId: long.id, role: 'supervisor', department: '安全生产管理部' })).id,
      core.participants.create(participant({ name: '王珺', enterpriseId: shrinks.id, department: '生产部' })).id,
    ];
    core.enrollments.enroll(workshop.id, people);
    const file = await call<FileBytes>(core, 'exportSignInSheet', { workshopId: workshop.id, sessionId: workshop.sessions[0]!.id, language: 'zh-CN' });
    const lines = pdfText(file.bytes).split('\n').map((line) => line.trim());
    expect(lines).toContain('苏州恒力化纤股份有限公司');
    expect(lines).toContain('吴江经济技术开发区');
    expect(lines).toContain('东方化工有限公司');
    expect(lines.some((line) => line.includes('（生产部）'))).toBe(true);
    // No word is cut: no line ends inside 公司, 生产, 管理 or 部门 names.
    for (const [i, line] of lines.entries()) {
      const next = lines[i + 1] ?? '';
      for (const word of ['公司', '有限', '生产', '管理', '经济', '化工']) expect(`${line.slice(-1)}${next.slice(0, 1)}`, `${line} / ${next}`).not.toBe(word);
    }
    core.close();
  });

  it('print in English when asked, with the column headers still in both languages', async () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core);
    const file = await call<FileBytes>(core, 'exportSignInSheet', { workshopId: workshop.id, sessionId: workshop.sessions[0]!.id, language: 'en' });
    const text = pdfText(file.bytes);
    for (const expected of ['Sign-in sheet', '4 March 2025, Morning', 'Huafeng Textiles', 'Manager', 'Female', '姓名', 'Name', 'Page 1 of 1', 'Łukasz Żółkiewski']) expect(text).toContain(expected);
  });
});

describe('attendance reports', () => {
  it('show each status, each rate, totals by status and by gender', async () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core);
    const file = await call<FileBytes>(core, 'exportAttendanceReport', { workshopId: workshop.id, language: 'en' });
    expectEmbeddedSubsets(file.bytes);
    const text = pdfText(file.bytes).replace(/\s+/g, ' ');
    for (const person of PEOPLE) expect(text).toContain(person.name);
    // 28 marks: 22 present, 2 late, 1 excused, 3 absent; 24 of 28 attended.
    for (const expected of ['Attendance report', 'Totals by status', 'Attendance by gender', 'Present 22 79%', 'Late 2 7%', 'Excused 1 4%', 'Absent 3 11%', 'Not marked 0 0%', '24 of 28 86%', '2 of 4 50%', '4 of 4 100%']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Female 3 9 12 75%');
    expect(text).toContain('Male 4 15 16 94%');
  });
});

describe('attendance report session headers', () => {
  it('read as dates with the half-day, in Chinese and in English', async () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core);
    const zh = pdfText((await call<FileBytes>(core, 'exportAttendanceReport', { workshopId: workshop.id, language: 'zh-CN' })).bytes).replace(/\s+/g, ' ');
    for (const expected of ['3月4日 上午', '3月4日 下午', '3月5日 上午', '3月5日 下午']) expect(zh).toContain(expected);
    const en = pdfText((await call<FileBytes>(core, 'exportAttendanceReport', { workshopId: workshop.id, language: 'en' })).bytes).replace(/\s+/g, ' ');
    for (const expected of ['4 Mar AM', '5 Mar PM']) expect(en).toContain(expected);
    core.close();
  });
});

describe('transcripts', () => {
  it('list the modules studied and the workshops with attendance and certificate number', async () => {
    const core = openTestCore(tempDir());
    const { workshop, ids } = finishedWorkshop(core);
    core.certificates.issuer.issue(workshop.id);
    const number = (core.db.prepare('SELECT number FROM certificates WHERE participant_id = ?').get(ids[0]) as { number: string }).number;
    const file = await call<FileBytes>(core, 'exportTranscript', { participantId: ids[0], language: 'zh-CN' });
    expectEmbeddedSubsets(file.bytes);
    const text = pdfText(file.bytes).replace(/\s+/g, ' ');
    for (const expected of ['学习记录', '张喆', '工作场所安全与健康', '职业安全与健康 吴江第一期', '4/4（100%）', number, '90% 通过']) expect(text).toContain(expected);
  });
});

describe('facilitator guides', () => {
  it('print every session of the guide, in both languages when asked', async () => {
    const core = openTestCore(tempDir());
    const pack = core.content.get('osh');
    const file = await call<FileBytes>(core, 'exportFacilitatorGuide', { moduleId: 'osh', language: 'bilingual' });
    expectEmbeddedSubsets(file.bytes);
    expect(pdfPageCount(file.bytes)).toBeGreaterThan(5);
    const text = pdfText(file.bytes).replace(/\s+/g, '');
    for (const session of pack.guide.sessions) {
      expect(text).toContain(session.title['zh-CN'].replace(/\s+/g, ''));
      expect(text).toContain(session.title.en.replace(/\s+/g, ''));
    }
    expect(text).toContain(pack.guide.visit.checklist[0]!['zh-CN'].replace(/\s+/g, ''));
  });
});

describe('paper tests', () => {
  it('match the typed-in attempt letter for letter: answering as the key says scores full marks', async () => {
    const core = openTestCore(tempDir());
    const { workshop, ids } = finishedWorkshop(core);
    const key = await call<FileBytes>(core, 'exportPaperTest', { workshopId: workshop.id, kind: 'post', part: 'answer-key', language: 'en' });
    const paper = await call<FileBytes>(core, 'exportPaperTest', { workshopId: workshop.id, kind: 'post', part: 'paper', language: 'zh-CN' });
    const sheet = await call<FileBytes>(core, 'exportPaperTest', { workshopId: workshop.id, kind: 'post', part: 'answer-sheet', language: 'zh-CN' });
    for (const file of [key, paper, sheet]) expectEmbeddedSubsets(file.bytes);
    expect(pdfText(sheet.bytes)).toContain('答题卡');
    const { seed } = await call<{ seed: number }>(core, 'getPaperTestSeed', { workshopId: workshop.id, kind: 'post' });

    // The key's table: question number, then the answer as the trainer types it (the first hit of each number:
    // the hotspot pictures below the table carry numbered labels too).
    const codes = new Map<number, string>();
    for (const match of pdfText(key.bytes, true).matchAll(/^\s*(\d{1,2})\s{2,}(\S(?:.*?\S)??)(?:\s{2,}|$)/gm)) {
      if (!codes.has(Number(match[1]))) codes.set(Number(match[1]), match[2]!);
    }
    const attempt = core.quizzes.start({ participantId: ids[0]!, moduleId: 'osh', kind: 'post', workshopId: workshop.id, entry: 'paper', seed });
    const pack = core.content.get('osh');
    const paperText = pdfText(paper.bytes).replace(/\s+/g, '');
    attempt.questions.forEach((question, i) => {
      expect(paperText, `question ${i + 1}`).toContain(question.prompt['zh-CN'].replace(/\s+/g, '').slice(0, 12));
      const code = codes.get(i + 1)!;
      const index = (letter: string) => letter.charCodeAt(0) - 65;
      let response: QuizResponse;
      switch (question.type) {
        case 'single':
          response = { type: 'single', optionId: question.options[index(code)]!.id };
          break;
        case 'multiple':
          response = { type: 'multiple', optionIds: [...code].map((letter) => question.options[index(letter)]!.id) };
          break;
        case 'truefalse':
          response = { type: 'truefalse', value: code === 'T' };
          break;
        case 'ordering':
          response = { type: 'ordering', order: [...code].map((letter) => question.items[index(letter)]!.id) };
          break;
        case 'matching':
          response = { type: 'matching', pairs: Object.fromEntries(code.split(' ').map((pair) => [question.left[Number(pair.slice(0, -1)) - 1]!.id, question.right[index(pair.slice(-1))]!.id])) };
          break;
        case 'hotspot': {
          const spots = pack.pool.find((q) => q.id === question.id);
          if (spots?.type !== 'hotspot') throw new Error('not a hotspot question');
          response = { type: 'hotspot', taps: spots.hotspots.map((h) => (h.area.shape === 'circle' ? { x: h.area.cx, y: h.area.cy } : { x: h.area.x + h.area.w / 2, y: h.area.y + h.area.h / 2 })) };
          break;
        }
      }
      core.quizzes.answer(attempt.attemptId, question.id, response);
    });
    const result = core.quizzes.finish(attempt.attemptId);
    expect(result.score).toBe(result.maxScore);
  });
});
