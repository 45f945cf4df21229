import { describe, expect, it } from 'vitest';
import { actionInput as actionSchema, isOverdue } from '../../../shared/domain/follow-up/action-ledger';
import type { FindingFromItem } from '../../../electron/core/follow-up/checklist-repository';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { actionInput, enterpriseWithTeam, visitInput } from './follow-up-fixtures';

const tempDir = useTempDir();
const TEMPLATE = { packId: 'follow-up', templateId: 'osh-walk-through', templateVersion: 1 };
const describeItem = (itemId: string): FindingFromItem => ({ description: `条目 ${itemId}`, hazardCategory: 'fire' });

function withVisit() {
  const core = openTestCore(tempDir());
  const team = enterpriseWithTeam(core);
  const visit = core.followUp.visits.create(visitInput(team.company.id));
  return { core, ...team, visit };
}

describe('checklist answers', () => {
  it('creates one finding per item that needs action, once, and removes it when the answer changes back', () => {
    const { core, visit } = withVisit();
    const run = core.followUp.checklists.startRun(visit.id, TEMPLATE);
    expect(core.followUp.checklists.startRun(visit.id, TEMPLATE).id).toBe(run.id);
    const exits = { itemId: 'exits', needsAction: 'yes', priority: 'high', note: '后门上锁' } as const;
    core.followUp.checklists.saveAnswers(run.id, [exits, { itemId: 'floors', needsAction: 'no', priority: null, note: '' }], describeItem);
    const saved = core.followUp.checklists.saveAnswers(run.id, [exits], describeItem);
    expect(saved.answers.map((a) => [a.itemId, a.needsAction, a.findingId !== null])).toEqual([['exits', 'yes', true], ['floors', 'no', false]]);
    expect(core.followUp.findings.listForVisit(visit.id)).toEqual([expect.objectContaining({ description: '条目 exits\n后门上锁', hazardCategory: 'fire', answerId: saved.answers[0]!.id })]);
    core.followUp.checklists.saveAnswers(run.id, [{ ...exits, needsAction: 'na', priority: null }], describeItem);
    expect(core.followUp.findings.listForVisit(visit.id)).toEqual([]);
    core.close();
  });

  it('keeps a finding that already has actions, and saves none of the batch', () => {
    const { core, company, members, visit } = withVisit();
    const run = core.followUp.checklists.startRun(visit.id, TEMPLATE);
    const first = core.followUp.checklists.saveAnswers(run.id, [{ itemId: 'exits', needsAction: 'yes', priority: 'high', note: '' }], describeItem);
    core.followUp.actions.create(actionInput(company.id, members[0]!.id, { findingId: first.answers[0]!.findingId }));
    expect(() =>
      core.followUp.checklists.saveAnswers(
        run.id,
        [
          { itemId: 'guards', needsAction: 'yes', priority: 'low', note: '' },
          { itemId: 'exits', needsAction: 'no', priority: null, note: '' },
        ],
        describeItem,
      ),
    ).toThrow(expect.objectContaining({ code: 'FINDING_HAS_ACTIONS', details: { actions: 1, itemId: 'exits' } }));
    expect(core.followUp.checklists.require(run.id).answers.map((a) => [a.itemId, a.needsAction])).toEqual([['exits', 'yes']]);
    expect(core.followUp.findings.listForVisit(visit.id)).toHaveLength(1);
    core.close();
  });

  it('removes the finding, its actions and the answer that created it when the finding is deleted', () => {
    const { core, company, members, visit } = withVisit();
    const run = core.followUp.checklists.startRun(visit.id, TEMPLATE);
    const saved = core.followUp.checklists.saveAnswers(run.id, [{ itemId: 'exits', needsAction: 'yes', priority: null, note: '' }], describeItem);
    const action = core.followUp.actions.create(actionInput(company.id, members[0]!.id, { findingId: saved.answers[0]!.findingId }));
    core.followUp.findings.delete(saved.answers[0]!.findingId!);
    expect(() => core.followUp.actions.require(action.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(core.followUp.checklists.require(run.id).answers).toEqual([]);
    core.close();
  });
});

describe('actions', () => {
  it('rates risk as the OSH module teaches and flags an unfinished action past its due day as overdue', () => {
    const { core, company, members } = withVisit();
    const high = core.followUp.actions.create(actionInput(company.id, members[0]!.id, { likelihood: 3, severity: 2 }));
    const medium = core.followUp.actions.create(actionInput(company.id, members[0]!.id, { likelihood: 2, severity: 2, dueOn: '2026-05-01' }));
    const low = core.followUp.actions.create(actionInput(company.id, members[0]!.id, { likelihood: 1, severity: 2, status: 'done', doneOn: '2026-03-01' }));
    expect([high.riskBand, medium.riskBand, low.riskBand]).toEqual(['high', 'medium', 'low']);
    expect([high, medium, low].map((a) => isOverdue(a, '2026-04-01'))).toEqual([true, false, false]);
    expect(core.followUp.actions.listUnfinished(company.id).map((a) => a.id)).toEqual([high.id, medium.id]);
    core.close();
  });

  it('takes its owner only from the improvement team of the same enterprise, and no one who has left as a new owner', () => {
    const { core, company, members } = withVisit();
    const other = enterpriseWithTeam(core, '东方化工');
    expect(() => core.followUp.actions.create(actionInput(company.id, other.members[0]!.id))).toThrow(expect.objectContaining({ code: 'NOT_IN_TEAM', details: { field: 'ownerMemberId' } }));
    const action = core.followUp.actions.create(actionInput(company.id, members[1]!.id));
    core.followUp.team.updateMember(members[1]!.id, { ...members[1]!, leftOn: '2026-03-01' });
    core.followUp.team.updateMember(members[2]!.id, { ...members[2]!, leftOn: '2026-03-01' });
    expect(core.followUp.actions.update(action.id, actionInput(company.id, members[1]!.id, { status: 'in-progress' })).status).toBe('in-progress');
    expect(() => core.followUp.actions.update(action.id, actionInput(company.id, members[2]!.id))).toThrow(expect.objectContaining({ code: 'NOT_IN_TEAM' }));
    expect(core.followUp.actions.require(action.id).ownerMemberId).toBe(members[1]!.id);
    core.close();
  });

  it('needs a done day once done, and a verifier and a verification day not before it once verified', () => {
    const { company, members, core } = withVisit();
    const base = actionInput(company.id, members[0]!.id);
    expect(actionSchema.safeParse({ ...base, status: 'done', doneOn: '2026-03-01' }).success).toBe(true);
    expect(actionSchema.safeParse({ ...base, status: 'done' }).success).toBe(false);
    expect(actionSchema.safeParse({ ...base, status: 'verified', doneOn: '2026-03-01', verifiedOn: '2026-03-12' }).success).toBe(false);
    expect(actionSchema.safeParse({ ...base, status: 'verified', doneOn: '2026-03-01', verifiedBy: '刘检查员', verifiedOn: '2026-02-28' }).success).toBe(false);
    expect(actionSchema.safeParse({ ...base, status: 'verified', doneOn: '2026-03-01', verifiedBy: '刘检查员', verifiedOn: '2026-03-12' }).success).toBe(true);
    core.close();
  });
});
