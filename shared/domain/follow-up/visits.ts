/** Factory visits: who came, why, who from the enterprise took part, and the checklists run during the visit. */
import { z } from 'zod';
import { recordId } from '../people';
import { isoDay, line, note, requiredLine } from './fields';

export const VISIT_PURPOSES = ['baseline', 'follow-up', 'closing'] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

/** In China a consultant often visits with a safety inspector from the local emergency management bureau. */
export const VISITOR_ROLES = ['trainer', 'inspector', 'other'] as const;
export type VisitorRole = (typeof VISITOR_ROLES)[number];

export const visitorInput = z
  .object({ name: requiredLine(80), role: z.enum(VISITOR_ROLES), organisation: line(120) })
  .strict();
export type VisitorInput = z.infer<typeof visitorInput>;

export const visitInput = z
  .object({
    enterpriseId: recordId,
    visitedOn: isoDay,
    /** A visit lasts from a quarter of an hour to a long day. */
    durationMinutes: z.number().int().min(15).max(16 * 60),
    purpose: z.enum(VISIT_PURPOSES),
    moduleId: z.string().max(64),
    visitors: z.array(visitorInput).min(1).max(10),
    participantIds: z.array(recordId).max(200),
    notes: note(10_000),
  })
  .strict();
export type VisitInput = z.infer<typeof visitInput>;

export interface Visit extends VisitInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export const NEEDS_ACTION = ['yes', 'no', 'na'] as const;
export type NeedsAction = (typeof NEEDS_ACTION)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** One item of an ILO-style action checklist: "propose action?" yes / no / N.A., with a priority when yes. */
export const checklistAnswerInput = z
  .object({
    itemId: z.string().min(1).max(64),
    needsAction: z.enum(NEEDS_ACTION),
    priority: z.enum(PRIORITIES).nullable(),
    note: note(),
  })
  .strict()
  .refine((a) => a.priority === null || a.needsAction === 'yes', { path: ['priority'], message: 'a priority only for an action' });
export type ChecklistAnswerInput = z.infer<typeof checklistAnswerInput>;

export interface ChecklistAnswer extends ChecklistAnswerInput {
  id: string;
  /** The finding this answer created, when it says an action is needed. */
  findingId: string | null;
  updatedAt: string;
}

export interface ChecklistRun {
  id: string;
  visitId: string;
  packId: string;
  templateId: string;
  templateVersion: number;
  answers: ChecklistAnswer[];
  createdAt: string;
  updatedAt: string;
}
