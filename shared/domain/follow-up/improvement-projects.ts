/** Improvement projects: what the team changes, the indicator it aims to move, and what it cost and saved. */
import { z } from 'zod';
import { recordId } from '../people';
import { isoDay, money, requiredLine, requireOrder } from './fields';

export const PROJECT_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const projectInput = z
  .object({
    enterpriseId: recordId,
    title: requiredLine(200),
    moduleId: z.string().max(64),
    memberIds: z.array(recordId).max(50),
    startedOn: isoDay,
    endedOn: isoDay.nullable(),
    indicatorId: z.string().min(1).max(64).nullable(),
    indicatorBaseline: z.number().finite().nullable(),
    indicatorResult: z.number().finite().nullable(),
    cost: money,
    /** RMB per year. */
    saving: money,
    status: z.enum(PROJECT_STATUSES),
  })
  .strict()
  .superRefine((p, context) => {
    requireOrder(context, p.startedOn, p.endedOn, 'endedOn');
    if (p.indicatorId === null && (p.indicatorBaseline !== null || p.indicatorResult !== null)) {
      context.addIssue({ code: 'custom', path: ['indicatorId'], message: 'a baseline or result needs its indicator' });
    }
  });
export type ProjectInput = z.infer<typeof projectInput>;

export interface ImprovementProject extends ProjectInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}
