import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { slotsBetween } from '../../../shared/domain/workshops';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { finishedWorkshop, PEOPLE } from './finished-workshop';

const tempDir = useTempDir();

/**
 * SCORE Module 1 plus OSH: the OSH workshop of finishedWorkshop (default rules: 80% attendance and a passed
 * post-test; 张喆 and Łukasz qualify) and a one-day Workplace Cooperation workshop attended by the first three
 * people, without a post-test rule.
 */
function programmeOfTwo(core: Core, secondDone = true) {
  const osh = finishedWorkshop(core);
  const cooperation = core.workshops.create({
    moduleId: 'workplace-cooperation',
    title: '工作场所合作 吴江第一期',
    startDate: '2025-04-08',
    endDate: '2025-04-08',
    location: '吴江培训中心',
    siteEnterpriseId: null,
    hoursPerSession: 3.5,
    trainerNames: ['王珺'],
    sessions: slotsBetween('2025-04-08', '2025-04-08'),
  });
  const enrolled = osh.ids.slice(0, 3);
  core.enrollments.enroll(cooperation.id, enrolled);
  for (const session of cooperation.sessions) for (const id of enrolled) core.attendance.set(session.id, id, 'present');
  core.certificates.issuer.setRules(cooperation.id, { minAttendancePercent: 80, requirePostTestPassed: false });
  if (secondDone) core.workshops.setStatus(cooperation.id, 'done');
  const programme = core.certificates.programmes.create('SCORE 模块一与职业安全健康', [cooperation.id, osh.workshop.id]);
  return { programme, osh, cooperation, ids: osh.ids };
}

describe('programme certificates', () => {
  it('go to those who completed every workshop of the programme under each workshop’s own rules', () => {
    const core = openTestCore(tempDir());
    const { programme, ids } = programmeOfTwo(core);
    const { candidates } = core.certificates.programmes.candidates(programme.id);
    const byName = new Map(candidates.map((c) => [c.name, c]));
    expect(candidates).toHaveLength(PEOPLE.length);
    expect(byName.get('张喆')).toMatchObject({ completed: [true, true], eligible: true });
    expect(byName.get('王堃')).toMatchObject({ completed: [true, false], eligible: false });
    expect(byName.get('Łukasz Żółkiewski')).toMatchObject({ completed: [false, true], eligible: false });
    expect(candidates.filter((c) => c.eligible).map((c) => c.participantId)).toEqual([ids[0]]);
    core.close();
  });

  it('wait until every workshop is marked done', () => {
    const core = openTestCore(tempDir());
    const { programme } = programmeOfTwo(core, false);
    expect(core.certificates.programmes.candidates(programme.id).candidates.some((c) => c.eligible)).toBe(false);
    expect(core.certificates.programmes.issue(programme.id)).toBe(0);
    core.close();
  });

  it('list each module with its own dates and attended hours in one signed code, issued once', () => {
    const core = openTestCore(tempDir());
    core.settings.set('organisation_name', 'SCORE 项目苏州培训中心');
    const { programme, osh } = programmeOfTwo(core);
    expect(core.certificates.programmes.issue(programme.id)).toBe(1);
    expect(core.certificates.programmes.issue(programme.id)).toBe(0);
    core.certificates.issuer.issue(osh.workshop.id);

    const { prints } = core.certificates.programmes.batch(programme.id);
    expect(prints).toHaveLength(1);
    const [print] = prints;
    expect(print).toMatchObject({
      participantName: '张喆',
      programmeTitle: 'SCORE 模块一与职业安全健康',
      organisationName: 'SCORE 项目苏州培训中心',
      signers: [
        { name: '王珺', title: '' },
        { name: '陈珺', title: '' },
      ],
    });
    const modules = [
      { moduleId: 'workplace-cooperation', startDate: '2025-04-08', endDate: '2025-04-08', hours: 7 },
      { moduleId: 'osh', startDate: '2025-03-04', endDate: '2025-03-05', hours: 14 },
    ];
    expect(print!.modules.map((m) => m.title.en)).toEqual(['Workplace Cooperation for Business Success', 'Safety and Health at Work']);
    const verified = core.certificates.authority.verify(print!.verificationCode);
    expect(verified).toMatchObject({ status: 'valid', issuedHere: true, claims: { programmeTitle: 'SCORE 模块一与职业安全健康', modules } });
    expect(print!.verificationCode.length).toBeLessThanOrEqual(362);

    const workshopNumbers = core.certificates.issuer.batch([osh.workshop.id]).prints.map((p) => p.number);
    expect(workshopNumbers).not.toContain(print!.number);
    expect(core.certificates.programmes.programmes.list()).toMatchObject([{ id: programme.id, issued: 1 }]);

    core.certificates.programmes.revoke(programme.id, print!.number, 'Issued by mistake');
    expect(core.certificates.authority.verify(print!.verificationCode)).toMatchObject({ status: 'revoked', reason: 'Issued by mistake' });
    core.close();
  });
});
