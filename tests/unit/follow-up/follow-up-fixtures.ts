import type { Core } from '../../../electron/core/core';
import type { ActionInput } from '../../../shared/domain/follow-up/action-ledger';
import type { SuggestionInput } from '../../../shared/domain/follow-up/suggestions';
import type { VisitInput } from '../../../shared/domain/follow-up/visits';
import { enterprise, participant } from '../people/fixtures';

/** An enterprise with a four-person improvement team: a woman manager, a man supervisor, two workers (one woman). */
export function enterpriseWithTeam(core: Core, nameZh = '华丰纺织有限公司') {
  const company = core.enterprises.create(enterprise({ nameZh, nameEn: '' }));
  const person = (name: string, gender: 'female' | 'male', role: 'manager' | 'supervisor' | 'worker') =>
    core.participants.create(participant({ name, gender, role, enterpriseId: company.id }));
  const people = [person('李红', 'female', 'manager'), person('张伟', 'male', 'supervisor'), person('王芳', 'female', 'worker'), person('赵强', 'male', 'worker')];
  const roles = ['manager', 'supervisor', 'worker', 'worker'] as const;
  const members = people.map((p, i) => core.followUp.team.addMember({ enterpriseId: company.id, participantId: p.id, role: roles[i]!, joinedOn: '2026-01-05', leftOn: null }));
  return { company, people, members };
}

export function visitInput(enterpriseId: string, overrides: Partial<VisitInput> = {}): VisitInput {
  return {
    enterpriseId,
    visitedOn: '2026-02-10',
    durationMinutes: 180,
    purpose: 'baseline',
    moduleId: 'osh',
    visitors: [
      { name: '陈老师', role: 'trainer', organisation: 'SCORE' },
      { name: '刘检查员', role: 'inspector', organisation: '吴江区应急管理局' },
    ],
    participantIds: [],
    notes: '',
    ...overrides,
  };
}

export function actionInput(enterpriseId: string, ownerMemberId: string, overrides: Partial<ActionInput> = {}): ActionInput {
  return {
    enterpriseId,
    findingId: null,
    title: '冲床加装双手按钮',
    hazardCategory: 'machinery',
    likelihood: 3,
    severity: 3,
    ownerMemberId,
    dueOn: '2026-03-10',
    status: 'open',
    doneOn: null,
    verifiedBy: '',
    verifiedOn: null,
    ...overrides,
  };
}

export function suggestionInput(enterpriseId: string, overrides: Partial<SuggestionInput> = {}): SuggestionInput {
  return {
    enterpriseId,
    submittedOn: '2026-02-12',
    proposer: { kind: 'anonymous', role: 'worker', sex: 'female' },
    category: 'safety',
    description: '通道两侧画黄线，物料不再占道',
    reply: 'under-review',
    replyReason: '',
    repliedOn: null,
    implementedOn: null,
    estimatedSaving: null,
    actualSaving: null,
    projectId: null,
    ...overrides,
  };
}
