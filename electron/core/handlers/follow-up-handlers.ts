import type { followUpOperations } from '../../../shared/api/follow-up-operations';
import { AppError } from '../../../shared/api/result';
import { isOverdue, type Action } from '../../../shared/domain/follow-up/action-ledger';
import type { Core } from '../core';
import { localDay } from '../follow-up/local-day';
import { openVisit } from '../follow-up/visit-opening';
import { exportVisitReport } from '../follow-up/visit-report-service';
import type { HandlersFor } from './handler';

const deleted = { deleted: true } as const;

function withState(action: Action) {
  return { ...action, overdue: isOverdue(action, localDay()) };
}

/** The text a finding created by a checklist answer carries: the item as the template words it. */
function describeItems(core: Core, runId: string, language: 'en' | 'zh-CN') {
  const run = core.followUp.checklists.require(runId);
  const template = core.content.checklist(run.packId, run.templateId);
  const items = new Map(template.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  return (itemId: string) => {
    const item = items.get(itemId);
    if (!item) throw new AppError('INVALID_INPUT', { fields: ['answers.itemId'], itemId });
    return { description: item.text[language], hazardCategory: item.hazardCategory };
  };
}

export const followUpHandlers: HandlersFor<typeof followUpOperations> = {
  listTeam: ({ enterpriseId }, { core }) => ({ members: core.followUp.team.listMembers(enterpriseId), balance: core.followUp.team.balance(enterpriseId) }),
  addTeamMember: ({ member }, { core }) => core.followUp.team.addMember(member),
  updateTeamMember: ({ id, member }, { core }) => core.followUp.team.updateMember(id, member),
  deleteTeamMember: ({ id }, { core }) => (core.followUp.team.deleteMember(id), deleted),
  listTeamMeetings: ({ enterpriseId }, { core }) => core.followUp.team.listMeetings(enterpriseId),
  createTeamMeeting: ({ meeting }, { core }) => core.followUp.team.createMeeting(meeting),
  updateTeamMeeting: ({ id, meeting }, { core }) => core.followUp.team.updateMeeting(id, meeting),
  deleteTeamMeeting: ({ id }, { core }) => (core.followUp.team.deleteMeeting(id), deleted),

  listVisits: ({ enterpriseId }, { core }) => core.followUp.visits.list(enterpriseId),
  getVisit: ({ id }, { core }) => ({
    visit: core.followUp.visits.require(id),
    runs: core.followUp.checklists.listForVisit(id),
    findings: core.followUp.findings.listForVisit(id),
  }),
  createVisit: ({ visit }, { core }) => core.followUp.visits.create(visit),
  updateVisit: ({ id, visit }, { core }) => core.followUp.visits.update(id, visit),
  deleteVisit: ({ id }, { core }) => (core.followUp.visits.delete(id), deleted),
  openVisit: ({ enterpriseId, visitId }, { core }) => openVisit(core.followUp, [...core.content.indicators().values()], enterpriseId, visitId, localDay()),

  listChecklistTemplates: (_input, { core }) => core.content.list().flatMap((pack) => pack.checklists.map((template) => ({ moduleId: pack.meta.id, template }))),
  startChecklist: ({ visitId, moduleId, templateId }, { core }) => {
    const template = core.content.checklist(moduleId, templateId);
    return core.followUp.checklists.startRun(visitId, { packId: moduleId, templateId, templateVersion: template.version });
  },
  saveChecklistAnswers: ({ runId, answers, language }, { core }) => core.followUp.checklists.saveAnswers(runId, answers, describeItems(core, runId, language)),
  deleteChecklistRun: ({ id }, { core }) => (core.followUp.checklists.deleteRun(id), deleted),

  listFindings: ({ enterpriseId }, { core }) => core.followUp.findings.listForEnterprise(enterpriseId),
  createFinding: ({ finding }, { core }) => core.followUp.findings.create(finding),
  updateFinding: ({ id, finding }, { core }) => core.followUp.findings.update(id, finding),
  deleteFinding: ({ id }, { core }) => (core.followUp.findings.delete(id), deleted),

  listActions: ({ enterpriseId }, { core }) => core.followUp.actions.listForEnterprise(enterpriseId).map(withState),
  createAction: ({ action }, { core }) => withState(core.followUp.actions.create(action)),
  updateAction: ({ id, action }, { core }) => withState(core.followUp.actions.update(id, action)),
  deleteAction: ({ id }, { core }) => (core.followUp.actions.delete(id), deleted),

  exportVisitReport: ({ visitId, language }, { core }) =>
    exportVisitReport({ store: core.followUp, enterprises: core.enterprises, participants: core.participants, content: core.content, pdf: core.pdf }, visitId, language, localDay()),
};
