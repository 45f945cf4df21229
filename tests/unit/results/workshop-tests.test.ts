import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import { answerCode } from '../../../electron/core/pdf/paper-test';
import { drawTestQuestions } from '../../../electron/core/quiz/draw-test';
import { responseFromPaperCode } from '../../../electron/core/results/paper-answers';
import { slotsBetween } from '../../../shared/domain/workshops';
import { closeCoresAfterEach, contextFor, FIXTURE_PACKS, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();

function setUp() {
  const core = openTestCore(tempDir(), FIXTURE_PACKS);
  const huafeng = core.enterprises.create(enterprise());
  const dongfang = core.enterprises.create(enterprise({ nameZh: '东方化工', nameEn: 'Dongfang Chemicals' }));
  const people = {
    wang: core.participants.create(participant({ name: '王芳', gender: 'female', enterpriseId: huafeng.id })),
    zhang: core.participants.create(participant({ name: '张伟', gender: 'male', enterpriseId: huafeng.id })),
    li: core.participants.create(participant({ name: '李娜', gender: 'female', enterpriseId: dongfang.id })),
  };
  const workshop = core.workshops.create({ moduleId: 'minimal', title: 'Minimal', startDate: '2026-03-10', endDate: '2026-03-11', location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: [], sessions: slotsBetween('2026-03-10', '2026-03-11') });
  core.enrollments.enroll(workshop.id, Object.values(people).map((p) => p.id));
  return { core, workshop, people, huafeng, dongfang };
}

/** An answer worth nothing: another letter, the other truth value, no place found, every item one step off. */
function wrongCode(type: string, code: string): string {
  const letters = code.replace(/[^A-Z]/g, '');
  switch (type) {
    case 'truefalse':
      return code === 'T' ? 'F' : 'T';
    case 'hotspot':
      return '0';
    case 'ordering':
    case 'matching':
      return letters.slice(1) + letters[0];
    default:
      return [...'ABCDE'].find((letter) => !letters.includes(letter))!;
  }
}

/** The codes of the printed answer key: all right, except the questions listed as wrong. */
function answerKey(core: Core, workshopId: string, kind: 'pre' | 'post', wrong: number[] = []): Record<string, string> {
  const paper = core.workshopTests.paperTest(workshopId, kind);
  const questions = drawTestQuestions(core.content.get('minimal'), core.documents.seeds.get(workshopId, kind));
  return Object.fromEntries(
    paper.questions.map((presented, i) => {
      const question = questions[i]!;
      let code = question.type === 'hotspot' ? String(question.hotspots.length) : answerCode(question, presented, 'en');
      if (wrong.includes(i)) code = wrongCode(question.type, code);
      return [presented.id, code];
    }),
  );
}

describe('paper answer sheets', () => {
  it('scores a sheet typed in with the printed answer key at full marks', () => {
    const { core, workshop, people } = setUp();
    const result = core.workshopTests.submitPaper(workshop.id, people.wang.id, 'post', answerKey(core, workshop.id, 'post'));
    expect(result).toMatchObject({ kind: 'post', percent: 100, passed: true });
    expect(core.attempts.get(result.attemptId)).toMatchObject({ entry: 'paper', workshop_id: workshop.id });
  });

  it('counts a blank answer as unanswered and a wrong letter as wrong', () => {
    const { core, workshop, people } = setUp();
    const codes = answerKey(core, workshop.id, 'pre', [0]);
    const paper = core.workshopTests.paperTest(workshop.id, 'pre');
    codes[paper.questions[1]!.id] = '';
    const result = core.workshopTests.submitPaper(workshop.id, people.zhang.id, 'pre', codes);
    expect(result.percent).toBe(50);
  });

  it('refuses a sheet with an impossible answer, names the question, and saves nothing', () => {
    const { core, workshop, people } = setUp();
    const paper = core.workshopTests.paperTest(workshop.id, 'pre');
    const codes = answerKey(core, workshop.id, 'pre');
    const third = paper.questions[2]!;
    codes[third.id] = third.type === 'truefalse' ? 'maybe' : third.type === 'hotspot' ? '99' : 'Z';
    expect(() => core.workshopTests.submitPaper(workshop.id, people.zhang.id, 'pre', codes)).toThrow(expect.objectContaining({ code: 'PAPER_ANSWER_INVALID', details: expect.objectContaining({ question: 3 }) }));
    expect(core.db.prepare('SELECT count(*) AS n FROM quiz_attempts').get()).toEqual({ n: 0 });
  });

  it('reads letters as the paper prints them, in either case and with the numbers of a matching key', () => {
    const presented = { id: 'q', lesson: 'l', prompt: { en: 'x', 'zh-CN': 'x' } };
    const options = ['o1', 'o2', 'o3', 'o4'].map((id) => ({ id, text: { en: id, 'zh-CN': id } }));
    const unused = { id: 'q', lesson: 'l', prompt: presented.prompt, explanation: presented.prompt, type: 'truefalse' as const, answer: true };
    expect(responseFromPaperCode({ ...presented, type: 'single', options }, unused, 'c')).toEqual({ type: 'single', optionId: 'o3' });
    expect(responseFromPaperCode({ ...presented, type: 'multiple', options }, unused, 'A, D')).toEqual({ type: 'multiple', optionIds: ['o1', 'o4'] });
    expect(responseFromPaperCode({ ...presented, type: 'ordering', items: options }, unused, 'DCBA')).toEqual({ type: 'ordering', order: ['o4', 'o3', 'o2', 'o1'] });
    expect(responseFromPaperCode({ ...presented, type: 'ordering', items: options }, unused, 'DCB')).toBeNull();
    expect(responseFromPaperCode({ ...presented, type: 'matching', left: options.slice(0, 2), right: options.slice(2) }, unused, '1B 2A')).toEqual({ type: 'matching', pairs: { o1: 'o4', o2: 'o3' } });
    expect(responseFromPaperCode({ ...presented, type: 'truefalse' }, unused, '对')).toEqual({ type: 'truefalse', value: true });
    expect(responseFromPaperCode({ ...presented, type: 'truefalse' }, unused, 'F')).toEqual({ type: 'truefalse', value: false });
    expect(responseFromPaperCode({ ...presented, type: 'single', options }, unused, 'E')).toBeNull();
  });
});

describe('workshop results', () => {
  it('averages pre and post per enterprise and gender, with the gain over those who took both', () => {
    const { core, workshop, people, huafeng, dongfang } = setUp();
    const submit = (person: { id: string }, kind: 'pre' | 'post', wrong: number[]) => core.workshopTests.submitPaper(workshop.id, person.id, kind, answerKey(core, workshop.id, kind, wrong));
    submit(people.wang, 'pre', [0, 1]);
    submit(people.wang, 'post', [0]);
    submit(people.zhang, 'pre', [0, 1, 2]);
    submit(people.zhang, 'post', []);
    submit(people.li, 'pre', [0, 1]);

    const results = core.workshopTests.results(workshop.id);
    expect(results.participants.find((p) => p.participantId === people.zhang.id)).toMatchObject({ pre: { percent: 25 }, post: { percent: 100, passed: true }, gain: 75 });
    expect(results.overall).toMatchObject({ people: 3, preTaken: 3, postTaken: 2, preAverage: 41.7, postAverage: 87.5, gain: 50, paired: 2, postPassed: 2 });
    expect(results.byEnterprise.find((g) => g.enterprise?.id === huafeng.id)).toMatchObject({ preAverage: 37.5, postAverage: 87.5, gain: 50 });
    expect(results.byEnterprise.find((g) => g.enterprise?.id === dongfang.id)).toMatchObject({ preAverage: 50, postAverage: null, gain: null });
    expect(results.byGender.find((g) => g.gender === 'female')).toMatchObject({ people: 2, preAverage: 50, postAverage: 75, gain: 25 });
  });

  it('keeps the first pre-test and the best post-test, and forgets a deleted one', () => {
    const { core, workshop, people } = setUp();
    const first = core.workshopTests.submitPaper(workshop.id, people.wang.id, 'pre', answerKey(core, workshop.id, 'pre', [0, 1, 2]));
    core.workshopTests.submitPaper(workshop.id, people.wang.id, 'pre', answerKey(core, workshop.id, 'pre', []));
    core.workshopTests.submitPaper(workshop.id, people.wang.id, 'post', answerKey(core, workshop.id, 'post', []));
    core.workshopTests.submitPaper(workshop.id, people.wang.id, 'post', answerKey(core, workshop.id, 'post', [0, 1]));
    const wang = () => core.workshopTests.results(workshop.id).participants.find((p) => p.participantId === people.wang.id)!;
    expect(wang()).toMatchObject({ pre: { percent: 25 }, post: { percent: 100 } });
    core.workshopTests.deleteAttempt(workshop.id, first.attemptId);
    expect(wang().pre!.percent).toBe(100);
  });

  it('hands a test over only to someone enrolled, through the trainer API', async () => {
    const { core, workshop, people } = setUp();
    const stranger = core.participants.create(participant({ name: '陌生人' }));
    const session = new ClientSession();
    session.unlockTrainer();
    const context = contextFor(core, session);
    expect(await dispatch('startHandOverTest', { workshopId: workshop.id, participantId: stranger.id, kind: 'pre' }, context)).toEqual({ ok: false, error: { code: 'NOT_ENROLLED' } });
    const started = await dispatch('startHandOverTest', { workshopId: workshop.id, participantId: people.li.id, kind: 'pre' }, context);
    expect(started).toMatchObject({ ok: true, value: { kind: 'pre', workshopId: workshop.id, finished: false } });
    expect(await dispatch('getWorkshopResults', { workshopId: workshop.id }, contextFor(core))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
  });
});
