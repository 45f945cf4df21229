import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import { summarizeAttendance } from '../../../shared/domain/attendance-summary';
import { slotsBetween, type WorkshopInput } from '../../../shared/domain/workshops';
import { closeCoresAfterEach, contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();

function workshopInput(overrides: Partial<WorkshopInput> = {}): WorkshopInput {
  return {
    moduleId: 'osh',
    title: 'Safety and health, Wujiang group 1',
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    location: 'Wujiang training centre',
    siteEnterpriseId: null,
    hoursPerSession: 3.5,
    trainerNames: ['Liu Min', '陈老师'],
    sessions: slotsBetween('2026-03-10', '2026-03-11'),
    ...overrides,
  };
}

function setUp() {
  const core = openTestCore(tempDir());
  const a = core.enterprises.create(enterprise());
  const b = core.enterprises.create(enterprise({ nameZh: '东方化工', nameEn: 'Dongfang Chemicals', sector: 'chemicals' }));
  const people = {
    wang: core.participants.create(participant({ name: '王芳', gender: 'female', enterpriseId: a.id })),
    zhang: core.participants.create(participant({ name: '张伟', gender: 'male', enterpriseId: a.id })),
    li: core.participants.create(participant({ name: '李娜', gender: 'female', enterpriseId: b.id })),
  };
  return { core, a, b, people };
}

function trainer(core: Core) {
  const session = new ClientSession();
  session.unlockTrainer();
  return contextFor(core, session);
}

describe('workshops', () => {
  it('creates a two-day workshop with four half-day sessions and its trainers', () => {
    const { core } = setUp();
    const workshop = core.workshops.create(workshopInput());
    expect(workshop.sessions.map((s) => `${s.date} ${s.half}`)).toEqual(['2026-03-10 am', '2026-03-10 pm', '2026-03-11 am', '2026-03-11 pm']);
    expect(workshop).toMatchObject({ status: 'planned', trainerNames: ['Liu Min', '陈老师'], enrolledCount: 0 });
    expect(core.workshops.create(workshopInput({ trainerNames: ['Liu Min'] })).trainerNames).toEqual(['Liu Min']);
    expect(core.trainers.list()).toHaveLength(2);
    expect(core.workshops.setStatus(workshop.id, 'running').status).toBe('running');
  });

  it('refuses sessions outside the dates, an end before the start, and a module that is not installed', async () => {
    const { core } = setUp();
    const context = trainer(core);
    const outside = await dispatch('createWorkshop', { workshop: workshopInput({ sessions: [{ date: '2026-03-12', half: 'am' }] }) }, context);
    expect(outside).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: ['workshop.sessions.0'] } });
    const backwards = await dispatch('createWorkshop', { workshop: workshopInput({ endDate: '2026-03-09', sessions: [] }) }, context);
    expect(backwards).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('createWorkshop', { workshop: workshopInput({ moduleId: 'no-such-module' }) }, context)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(core.workshops.list({}, { offset: 0, limit: 10 }).total).toBe(0);
  });

  it('keeps a session that has attendance marks: the whole edit is refused', () => {
    const { core, people } = setUp();
    const workshop = core.workshops.create(workshopInput());
    core.enrollments.enroll(workshop.id, [people.wang.id]);
    core.attendance.set(workshop.sessions[3]!.id, people.wang.id, 'present');
    const shorter = workshopInput({ title: 'Renamed', endDate: '2026-03-10', sessions: slotsBetween('2026-03-10', '2026-03-10') });
    expect(() => core.workshops.update(workshop.id, shorter)).toThrow(expect.objectContaining({ code: 'SESSION_HAS_ATTENDANCE' }));
    expect(core.workshops.require(workshop.id)).toMatchObject({ title: workshop.title, endDate: '2026-03-11' });
    expect(core.workshops.require(workshop.id).sessions).toHaveLength(4);
  });
});

describe('enrollment and attendance', () => {
  it('enrolls people and whole enterprises once, grouped by enterprise', () => {
    const { core, a, people } = setUp();
    const workshop = core.workshops.create(workshopInput());
    expect(core.enrollments.enroll(workshop.id, [people.li.id])).toBe(1);
    expect(core.enrollments.enrollEnterprise(workshop.id, a.id)).toBe(2);
    expect(core.enrollments.enroll(workshop.id, [people.li.id, people.wang.id])).toBe(0);
    expect(core.enrollments.list(workshop.id).map((p) => p.name)).toEqual(['李娜', '王芳', '张伟']);
  });

  it('marks cells, marks the rest present, and counts by status, gender and participant', () => {
    const { core, people } = setUp();
    const workshop = core.workshops.create(workshopInput());
    core.enrollments.enroll(workshop.id, [people.wang.id, people.zhang.id, people.li.id]);
    const [s1, s2] = workshop.sessions;
    core.attendance.set(s1!.id, people.zhang.id, 'late');
    core.attendance.set(s1!.id, people.li.id, 'absent');
    expect(core.attendance.markAllPresent(s1!.id)).toBe(1);
    core.attendance.set(s2!.id, people.wang.id, 'excused');
    core.attendance.set(s2!.id, people.wang.id, null);
    core.attendance.set(s2!.id, people.zhang.id, 'present');

    const sheet = core.attendance.sheet(workshop.id);
    expect(sheet.marks[people.wang.id]).toEqual({ [s1!.id]: 'present' });
    const summary = summarizeAttendance(sheet);
    expect(summary.bySession[s1!.id]).toEqual({ present: 1, late: 1, excused: 0, absent: 1, unmarked: 0 });
    expect(summary.byStatus).toEqual({ present: 2, late: 1, excused: 0, absent: 1, unmarked: 8 });
    expect(summary.byParticipant[people.zhang.id]).toEqual({ attended: 2, rate: 0.5 });
    expect(summary.byGender).toEqual([
      { gender: 'female', participants: 2, attended: 1, possible: 8, rate: 1 / 8 },
      { gender: 'male', participants: 1, attended: 2, possible: 4, rate: 0.5 },
    ]);
  });

  it('refuses a mark for someone not enrolled, and forgets marks when someone leaves the workshop', () => {
    const { core, people } = setUp();
    const workshop = core.workshops.create(workshopInput());
    const session = workshop.sessions[0]!.id;
    expect(() => core.attendance.set(session, people.li.id, 'present')).toThrow(expect.objectContaining({ code: 'NOT_ENROLLED' }));
    core.enrollments.enroll(workshop.id, [people.li.id]);
    core.attendance.set(session, people.li.id, 'present');
    core.enrollments.unenroll(workshop.id, people.li.id);
    core.enrollments.enroll(workshop.id, [people.li.id]);
    expect(core.attendance.sheet(workshop.id).marks).toEqual({});
  });

  it('are trainer-only operations', async () => {
    const { core } = setUp();
    expect(await dispatch('listWorkshops', {}, contextFor(core))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    expect(await dispatch('listWorkshops', {}, trainer(core))).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
