import { describe, expect, it } from 'vitest';
import { projectInput } from '../../../shared/domain/follow-up/improvement-projects';
import { indicatorValueInput } from '../../../shared/domain/follow-up/indicator-values';
import { suggestionInput as suggestionSchema } from '../../../shared/domain/follow-up/suggestions';
import type { ProjectInput } from '../../../shared/domain/follow-up/improvement-projects';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { participant } from '../people/fixtures';
import { enterpriseWithTeam, suggestionInput } from './follow-up-fixtures';

const tempDir = useTempDir();

function project(enterpriseId: string, overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    enterpriseId,
    title: '染缸余热回收',
    moduleId: 'cleaner-production',
    memberIds: [],
    startedOn: '2026-03-01',
    endedOn: null,
    indicatorId: 'energy-per-unit',
    indicatorBaseline: 1.8,
    indicatorResult: null,
    cost: 30_000,
    saving: 0,
    status: 'running',
    ...overrides,
  };
}

describe('suggestions', () => {
  it('counts a named proposer with the role and sex from their records: the team role first, else the roster role', () => {
    const core = openTestCore(tempDir());
    const { company, people } = enterpriseWithTeam(core);
    const newcomer = core.participants.create(participant({ name: '周敏', gender: 'female', role: 'safety-officer', enterpriseId: company.id }));
    const fromTeam = core.followUp.suggestions.create(suggestionInput(company.id, { proposer: { kind: 'participant', participantId: people[1]!.id } }));
    const fromRoster = core.followUp.suggestions.create(suggestionInput(company.id, { proposer: { kind: 'participant', participantId: newcomer.id } }));
    const anonymous = core.followUp.suggestions.create(suggestionInput(company.id, { proposer: { kind: 'anonymous', role: 'worker', sex: 'male' } }));
    expect([fromTeam, fromRoster, anonymous].map((s) => [s.proposerName, s.proposerRole, s.proposerSex])).toEqual([
      ['张伟', 'supervisor', 'male'],
      ['周敏', 'osh-officer', 'female'],
      [null, 'worker', 'male'],
    ]);
    core.close();
  });

  it('gives every suggestion a reply state, replied and implemented on or after it was made, with savings never negative', () => {
    const base = suggestionInput('6f0b2a4e-8c1d-4f5a-9b3e-2d7c6a1e0f4b');
    const withoutReply: Partial<typeof base> = { ...base };
    delete withoutReply.reply;
    expect(suggestionSchema.safeParse(base).success).toBe(true);
    expect(suggestionSchema.safeParse(withoutReply).success).toBe(false);
    expect(suggestionSchema.safeParse({ ...base, reply: 'accepted' }).success).toBe(false);
    expect(suggestionSchema.safeParse({ ...base, reply: 'accepted', repliedOn: '2026-02-11' }).success).toBe(false);
    expect(suggestionSchema.safeParse({ ...base, reply: 'rejected', repliedOn: '2026-02-20', implementedOn: '2026-03-01' }).success).toBe(false);
    expect(suggestionSchema.safeParse({ ...base, estimatedSaving: -5 }).success).toBe(false);
    expect(suggestionSchema.safeParse({ ...base, reply: 'accepted', repliedOn: '2026-02-20', implementedOn: '2026-03-01', actualSaving: 12_000 }).success).toBe(true);
  });

  it('links to a project of its own enterprise only, and keeps its record when the project is deleted', () => {
    const core = openTestCore(tempDir());
    const { company } = enterpriseWithTeam(core);
    const other = enterpriseWithTeam(core, '东方化工');
    const ours = core.followUp.projects.create(project(company.id));
    const theirs = core.followUp.projects.create(project(other.company.id));
    expect(() => core.followUp.suggestions.create(suggestionInput(company.id, { projectId: theirs.id }))).toThrow(expect.objectContaining({ code: 'NOT_IN_ENTERPRISE', details: { field: 'projectId' } }));
    const linked = core.followUp.suggestions.create(suggestionInput(company.id, { projectId: ours.id }));
    core.followUp.projects.delete(ours.id);
    expect(core.followUp.suggestions.require(linked.id).projectId).toBeNull();
    expect(core.followUp.suggestions.listForEnterprise(company.id)).toHaveLength(1);
    core.close();
  });
});

describe('improvement projects', () => {
  it('keeps its team from the improvement team of the enterprise, and ends no earlier than it starts', () => {
    const core = openTestCore(tempDir());
    const { company, members } = enterpriseWithTeam(core);
    const other = enterpriseWithTeam(core, '东方化工');
    const saved = core.followUp.projects.create(project(company.id, { memberIds: [members[0]!.id, members[2]!.id] }));
    expect(saved.memberIds.sort()).toEqual([members[0]!.id, members[2]!.id].sort());
    expect(() => core.followUp.projects.update(saved.id, project(company.id, { title: '改名', memberIds: [other.members[0]!.id] }))).toThrow(expect.objectContaining({ code: 'NOT_IN_TEAM' }));
    expect(core.followUp.projects.require(saved.id)).toMatchObject({ title: '染缸余热回收', memberIds: saved.memberIds });
    expect(projectInput.safeParse(project(company.id, { endedOn: '2026-02-28' })).success).toBe(false);
    expect(projectInput.safeParse(project(company.id, { saving: -1 })).success).toBe(false);
    expect(projectInput.safeParse(project(company.id, { indicatorId: null })).success).toBe(false);
    core.close();
  });
});

describe('indicator values', () => {
  it('keeps one baseline and one value a month per indicator, the newest saving replacing the older', () => {
    const core = openTestCore(tempDir());
    const { company } = enterpriseWithTeam(core);
    const values = core.followUp.indicatorValues;
    values.save({ enterpriseId: company.id, indicatorId: 'defect-rate', period: 'baseline', value: 4.2, bySex: null, source: '质检月报' }, 'rate');
    values.save({ enterpriseId: company.id, indicatorId: 'defect-rate', period: '2026-03', value: 3.9, bySex: null, source: '' }, 'rate');
    values.save({ enterpriseId: company.id, indicatorId: 'defect-rate', period: '2026-03', value: 3.5, bySex: null, source: '质检月报' }, 'rate');
    expect(values.listForEnterprise(company.id).map((v) => [v.period, v.value, v.source])).toEqual([
      ['baseline', 4.2, '质检月报'],
      ['2026-03', 3.5, '质检月报'],
    ]);
    expect(indicatorValueInput.safeParse({ enterpriseId: company.id, indicatorId: 'defect-rate', period: '2026-13', value: 1, bySex: null, source: '' }).success).toBe(false);
    core.close();
  });

  it('stores a value split by sex with its parts: a count totals them, a rate keeps its own total', () => {
    const core = openTestCore(tempDir());
    const { company } = enterpriseWithTeam(core);
    const injuries = core.followUp.indicatorValues.save({ enterpriseId: company.id, indicatorId: 'lost-time-injuries', period: 'baseline', value: 99, bySex: { female: 1, male: 3 }, source: '' }, 'count');
    expect(injuries).toMatchObject({ value: 4, bySex: { female: 1, male: 3 } });
    const absence = core.followUp.indicatorValues.save({ enterpriseId: company.id, indicatorId: 'absenteeism-rate', period: 'baseline', value: 3.1, bySex: { female: 3.4, male: 2.6 }, source: '考勤' }, 'rate');
    expect(absence).toMatchObject({ value: 3.1, bySex: { female: 3.4, male: 2.6 } });
    core.close();
  });
});
