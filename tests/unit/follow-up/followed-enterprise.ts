import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import type { OperationName, OutputOf } from '../../../shared/api/contract';
import { contextFor } from '../helpers/core';
import { actionInput, enterpriseWithTeam, suggestionInput, visitInput } from './follow-up-fixtures';

export function trainerApi(core: Core) {
  const session = new ClientSession();
  session.unlockTrainer();
  const context = contextFor(core, session);
  return async <K extends OperationName>(name: K, input: unknown): Promise<OutputOf<K>> => {
    const result = await dispatch(name, input, context);
    if (!result.ok) throw Object.assign(new Error(result.error.code), { error: result.error });
    return result.value as OutputOf<K>;
  };
}

/**
 * One enterprise followed through the API as a trainer would: a baseline visit with a checklist (two items need
 * action), two actions (one verified), three suggestions (one becomes a project), indicator values, a follow-up visit.
 */
export async function followOneEnterprise(core: Core) {
  const call = trainerApi(core);
  const { company, members, people } = enterpriseWithTeam(core);
  const baseline = await call('createVisit', { visit: visitInput(company.id, { visitedOn: '2026-02-10', participantIds: [people[0]!.id, people[2]!.id] }) });
  const run = await call('startChecklist', { visitId: baseline.id, moduleId: 'osh', templateId: 'osh-walk-through' });
  const answered = await call('saveChecklistAnswers', {
    runId: run.id,
    language: 'zh-CN',
    answers: [
      { itemId: 'exits-unlocked', needsAction: 'yes', priority: 'high', note: '后门用链条锁住' },
      { itemId: 'cables-protected', needsAction: 'yes', priority: 'medium', note: '' },
      { itemId: 'floors-even', needsAction: 'no', priority: null, note: '' },
    ],
  });
  const [exitFinding, cableFinding] = answered.answers.filter((a) => a.findingId).map((a) => a.findingId!);
  const verified = await call('createAction', {
    action: actionInput(company.id, members[1]!.id, { findingId: exitFinding!, title: '拆除后门链条锁', hazardCategory: 'fire', status: 'verified', doneOn: '2026-02-12', verifiedBy: '刘检查员', verifiedOn: '2026-03-12' }),
  });
  await call('createAction', { action: actionInput(company.id, members[2]!.id, { findingId: cableFinding!, title: '电缆穿管', hazardCategory: 'electrical', dueOn: '2026-03-01' }) });
  const project = await call('createProject', {
    project: { enterpriseId: company.id, title: '通道划线', moduleId: 'osh', memberIds: [members[2]!.id], startedOn: '2026-02-20', endedOn: '2026-03-10', indicatorId: null, indicatorBaseline: null, indicatorResult: null, cost: 800, saving: 20_000, status: 'done' },
  });
  const accepted = { reply: 'accepted', repliedOn: '2026-02-20', implementedOn: '2026-03-01' } as const;
  await call('createSuggestion', { suggestion: suggestionInput(company.id, { ...accepted, proposer: { kind: 'anonymous', role: 'worker', sex: 'female' }, actualSaving: 5_000 }) });
  await call('createSuggestion', { suggestion: suggestionInput(company.id, { ...accepted, proposer: { kind: 'participant', participantId: people[1]!.id }, actualSaving: 9_999, projectId: project.id }) });
  await call('createSuggestion', { suggestion: suggestionInput(company.id, { proposer: { kind: 'participant', participantId: people[3]!.id }, category: 'quality' }) });
  const split = (female: number, male: number) => ({ female, male });
  await call('saveIndicatorValue', { value: { enterpriseId: company.id, indicatorId: 'lost-time-injuries', period: 'baseline', value: 0, bySex: split(1, 3), source: '工伤台账' } });
  await call('saveIndicatorValue', { value: { enterpriseId: company.id, indicatorId: 'lost-time-injuries', period: '2026-03', value: 0, bySex: split(0, 1), source: '工伤台账' } });
  await call('saveIndicatorValue', { value: { enterpriseId: company.id, indicatorId: 'inspection-violations-found', period: '2026-03', value: 6, bySex: null, source: '应急管理局检查' } });
  await call('saveIndicatorValue', { value: { enterpriseId: company.id, indicatorId: 'inspection-violations-fixed', period: '2026-03', value: 5, bySex: null, source: '应急管理局检查' } });
  const followUp = await call('createVisit', { visit: visitInput(company.id, { visitedOn: '2026-03-12', purpose: 'follow-up', participantIds: [people[1]!.id] }) });
  return { call, company, baseline, followUp, verified };
}
