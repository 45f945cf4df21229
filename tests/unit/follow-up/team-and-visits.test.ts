import { describe, expect, it } from 'vitest';
import { teamMeetingInput, teamMemberInput } from '../../../shared/domain/follow-up/improvement-team';
import { visitInput as visitSchema } from '../../../shared/domain/follow-up/visits';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';
import { actionInput, enterpriseWithTeam, visitInput } from './follow-up-fixtures';

const tempDir = useTempDir();

describe('improvement team', () => {
  it('shows the balance of current members by role and by sex, taking sex from the participant record', () => {
    const core = openTestCore(tempDir());
    const { company, members } = enterpriseWithTeam(core);
    expect(core.followUp.team.listMembers(company.id).map((m) => [m.name, m.sex])).toContainEqual(['李红', 'female']);
    core.followUp.team.updateMember(members[3]!.id, { ...members[3]!, leftOn: '2026-04-01' });
    const balance = core.followUp.team.balance(company.id);
    expect(balance.byRole).toEqual({ manager: 1, supervisor: 1, worker: 1, 'osh-officer': 0, 'union-rep': 0 });
    expect(balance.bySex).toMatchObject({ female: 2, male: 1 });
    core.close();
  });

  it('refuses a member from another enterprise, and a member who leaves before joining', () => {
    const core = openTestCore(tempDir());
    const { company } = enterpriseWithTeam(core);
    const other = enterpriseWithTeam(core, '东方化工');
    const outsider = core.participants.create(participant({ name: '孙丽', gender: 'female', enterpriseId: other.company.id }));
    expect(() => core.followUp.team.addMember({ enterpriseId: company.id, participantId: outsider.id, role: 'worker', joinedOn: '2026-01-05', leftOn: null })).toThrow(
      expect.objectContaining({ code: 'NOT_IN_ENTERPRISE' }),
    );
    expect(teamMemberInput.safeParse({ enterpriseId: company.id, participantId: outsider.id, role: 'worker', joinedOn: '2026-02-01', leftOn: '2026-01-31' }).success).toBe(false);
    core.close();
  });

  it('records a meeting with its attendees, refuses one whose next date is not later, and saves nothing when an attendee is not on the team', () => {
    const core = openTestCore(tempDir());
    const { company, members } = enterpriseWithTeam(core);
    const other = enterpriseWithTeam(core, '东方化工');
    const meeting = { enterpriseId: company.id, heldOn: '2026-02-15', attendeeIds: [members[0]!.id, members[2]!.id], topics: '通道占道', decisions: '周五前清理', nextOn: '2026-03-15' };
    const saved = core.followUp.team.createMeeting(teamMeetingInput.parse(meeting));
    expect(saved.attendeeIds.sort()).toEqual([members[0]!.id, members[2]!.id].sort());
    expect(teamMeetingInput.safeParse({ ...meeting, nextOn: '2026-02-15' }).success).toBe(false);
    expect(() => core.followUp.team.createMeeting({ ...meeting, attendeeIds: [members[1]!.id, other.members[0]!.id] })).toThrow(expect.objectContaining({ code: 'NOT_IN_TEAM' }));
    expect(core.followUp.team.listMeetings(company.id)).toHaveLength(1);
    core.close();
  });

  it('refuses to delete a participant on the team, or a member who owns actions', () => {
    const core = openTestCore(tempDir());
    const { company, people, members } = enterpriseWithTeam(core);
    expect(() => core.participants.delete(people[0]!.id)).toThrow(expect.objectContaining({ code: 'PARTICIPANT_ON_TEAM' }));
    core.followUp.actions.create(actionInput(company.id, members[1]!.id));
    expect(() => core.followUp.team.deleteMember(members[1]!.id)).toThrow(expect.objectContaining({ code: 'MEMBER_OWNS_ACTIONS', details: { actions: 1 } }));
    core.followUp.team.deleteMember(members[2]!.id);
    expect(core.followUp.team.listMembers(company.id)).toHaveLength(3);
    core.close();
  });
});

describe('visits', () => {
  it('keeps the visitors in the order typed with their roles, and the enterprise people who took part', () => {
    const core = openTestCore(tempDir());
    const { company, people } = enterpriseWithTeam(core);
    const visit = core.followUp.visits.create(visitSchema.parse(visitInput(company.id, { participantIds: [people[0]!.id, people[2]!.id] })));
    expect(visit.visitors.map((v) => [v.name, v.role])).toEqual([['陈老师', 'trainer'], ['刘检查员', 'inspector']]);
    expect(visit.participantIds.sort()).toEqual([people[0]!.id, people[2]!.id].sort());
    const updated = core.followUp.visits.update(visit.id, { ...visitInput(company.id), visitors: [{ name: '刘检查员', role: 'inspector', organisation: '' }], purpose: 'follow-up' });
    expect(updated).toMatchObject({ purpose: 'follow-up', visitors: [{ name: '刘检查员' }], participantIds: [] });
    core.close();
  });

  it('refuses a participant from another enterprise and leaves the visit as it was', () => {
    const core = openTestCore(tempDir());
    const { company, people } = enterpriseWithTeam(core);
    const other = enterpriseWithTeam(core, '东方化工');
    const visit = core.followUp.visits.create(visitInput(company.id, { participantIds: [people[1]!.id] }));
    expect(() => core.followUp.visits.update(visit.id, visitInput(company.id, { notes: '改了', participantIds: [other.people[0]!.id] }))).toThrow(
      expect.objectContaining({ code: 'NOT_IN_ENTERPRISE', details: { field: 'participantIds' } }),
    );
    expect(core.followUp.visits.require(visit.id)).toMatchObject({ notes: '', participantIds: [people[1]!.id], visitors: [{}, {}] });
    core.close();
  });

  it('finds the previous visit of the same enterprise, and refuses a visit without a visitor', () => {
    const core = openTestCore(tempDir());
    const { company } = enterpriseWithTeam(core);
    const other = enterpriseWithTeam(core, '东方化工');
    const first = core.followUp.visits.create(visitInput(company.id, { visitedOn: '2026-02-10' }));
    core.followUp.visits.create(visitInput(other.company.id, { visitedOn: '2026-03-01' }));
    const second = core.followUp.visits.create(visitInput(company.id, { visitedOn: '2026-03-12', purpose: 'follow-up' }));
    expect(core.followUp.visits.previous(second)?.id).toBe(first.id);
    expect(core.followUp.visits.previous(first)).toBeUndefined();
    expect(visitSchema.safeParse(visitInput(company.id, { visitors: [] })).success).toBe(false);
    core.close();
  });

  it('refuses to delete an enterprise with follow-up records', () => {
    const core = openTestCore(tempDir());
    const company = core.enterprises.create(enterprise({ nameZh: '空厂', nameEn: '' }));
    core.followUp.visits.create(visitInput(company.id));
    expect(() => core.enterprises.delete(company.id)).toThrow(expect.objectContaining({ code: 'ENTERPRISE_HAS_FOLLOW_UP', details: { records: 1 } }));
    core.close();
  });
});
