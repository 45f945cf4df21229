import { z } from 'zod';
import type { ChecklistTemplate } from '../content/follow-up-content';
import { LANGUAGES } from '../content/pack';
import { actionInput, findingInput, type Finding } from '../domain/follow-up/action-ledger';
import type { ActionWithState, VisitOpening } from '../domain/follow-up/figures';
import { teamMeetingInput, teamMemberInput, type TeamBalance, type TeamMeeting, type TeamMember } from '../domain/follow-up/improvement-team';
import { checklistAnswerInput, visitInput, type ChecklistRun, type Visit } from '../domain/follow-up/visits';
import { language } from '../domain/app';
import { recordId } from '../domain/people';
import type { FileBytes } from './bridge';
import { operation } from './operation';

const byId = z.object({ id: recordId }).strict();
const byEnterprise = z.object({ enterpriseId: recordId }).strict();
const deleted = operation<{ deleted: true }>();
const contentId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/).max(64);

/** A checklist template with the pack it comes from. */
export interface ChecklistTemplateEntry {
  moduleId: string;
  template: ChecklistTemplate;
}

export interface VisitDetail {
  visit: Visit;
  runs: ChecklistRun[];
  findings: Finding[];
}

/**
 * Factory follow-up, part one: the improvement team, visits, checklists, findings and actions. Trainer-only:
 * it names people and their enterprise's problems.
 */
export const followUpOperations = {
  listTeam: operation<{ members: TeamMember[]; balance: TeamBalance }>()(byEnterprise, 'trainer'),
  addTeamMember: operation<TeamMember>()(z.object({ member: teamMemberInput }).strict(), 'trainer'),
  updateTeamMember: operation<TeamMember>()(z.object({ id: recordId, member: teamMemberInput }).strict(), 'trainer'),
  deleteTeamMember: deleted(byId, 'trainer'),
  listTeamMeetings: operation<TeamMeeting[]>()(byEnterprise, 'trainer'),
  createTeamMeeting: operation<TeamMeeting>()(z.object({ meeting: teamMeetingInput }).strict(), 'trainer'),
  updateTeamMeeting: operation<TeamMeeting>()(z.object({ id: recordId, meeting: teamMeetingInput }).strict(), 'trainer'),
  deleteTeamMeeting: deleted(byId, 'trainer'),

  listVisits: operation<Visit[]>()(byEnterprise, 'trainer'),
  getVisit: operation<VisitDetail>()(byId, 'trainer'),
  createVisit: operation<Visit>()(z.object({ visit: visitInput }).strict(), 'trainer'),
  updateVisit: operation<Visit>()(z.object({ id: recordId, visit: visitInput }).strict(), 'trainer'),
  deleteVisit: deleted(byId, 'trainer'),
  /** What opening a visit shows first; visitId null for a visit not yet saved. */
  openVisit: operation<VisitOpening>()(z.object({ enterpriseId: recordId, visitId: recordId.nullable() }).strict(), 'trainer'),

  listChecklistTemplates: operation<ChecklistTemplateEntry[]>()(z.object({}).strict(), 'trainer'),
  startChecklist: operation<ChecklistRun>()(z.object({ visitId: recordId, moduleId: contentId, templateId: contentId }).strict(), 'trainer'),
  /** Autosaved as the trainer answers; a finding created by a "needs action" answer is worded in `language`. */
  saveChecklistAnswers: operation<ChecklistRun>()(
    z.object({ runId: recordId, answers: z.array(checklistAnswerInput).min(1).max(200), language: z.enum(LANGUAGES) }).strict(),
    'trainer',
  ),
  deleteChecklistRun: deleted(byId, 'trainer'),

  listFindings: operation<Finding[]>()(byEnterprise, 'trainer'),
  createFinding: operation<Finding>()(z.object({ finding: findingInput }).strict(), 'trainer'),
  updateFinding: operation<Finding>()(z.object({ id: recordId, finding: findingInput }).strict(), 'trainer'),
  deleteFinding: deleted(byId, 'trainer'),

  /** Every action of the enterprise, soonest due first, each marked overdue or not as of today. */
  listActions: operation<ActionWithState[]>()(byEnterprise, 'trainer'),
  createAction: operation<ActionWithState>()(z.object({ action: actionInput }).strict(), 'trainer'),
  updateAction: operation<ActionWithState>()(z.object({ id: recordId, action: actionInput }).strict(), 'trainer'),
  deleteAction: deleted(byId, 'trainer'),

  /** The visit report PDF: findings with photos, actions, open items carried over, signature lines. */
  exportVisitReport: operation<FileBytes>()(z.object({ visitId: recordId, language }).strict(), 'trainer'),
};
