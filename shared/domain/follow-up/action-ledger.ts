/**
 * The ledger experts keep: findings from a visit (typed, or created by a checklist answer "needs action"), and the
 * actions that fix them, followed until verified.
 */
import { z } from 'zod';
import { recordId } from '../people';
import { isoDay, line, requiredLine, requiredText, requireOrder } from './fields';

export const HAZARD_CATEGORIES = [
  'machinery',
  'electrical',
  'chemical',
  'fire',
  'housekeeping',
  'ergonomic',
  'welfare',
  'work-organisation',
  'other',
] as const;
export type HazardCategory = (typeof HAZARD_CATEGORIES)[number];

export const findingInput = z
  .object({ visitId: recordId, description: requiredText(2000), hazardCategory: z.enum(HAZARD_CATEGORIES) })
  .strict();
export type FindingInput = z.infer<typeof findingInput>;

export interface Finding extends FindingInput {
  id: string;
  enterpriseId: string;
  /** Set when a checklist answer created it; null for a finding typed during the visit. */
  answerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'verified'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** The OSH module's three-by-three matrix: likelihood and severity 1-3, score = their product. */
export const riskLevel = z.number().int().min(1).max(3);
export type RiskBand = 'high' | 'medium' | 'low';

/** As the OSH module teaches: 6 or 9 act now, 3 or 4 plan soon, 1 or 2 watch and improve. */
export function riskBand(likelihood: number, severity: number): RiskBand {
  const score = likelihood * severity;
  if (score >= 6) return 'high';
  return score >= 3 ? 'medium' : 'low';
}

export const actionInput = z
  .object({
    enterpriseId: recordId,
    findingId: recordId.nullable(),
    title: requiredLine(200),
    hazardCategory: z.enum(HAZARD_CATEGORIES),
    likelihood: riskLevel,
    severity: riskLevel,
    /** A member of this enterprise's improvement team (checked against the team in the repository). */
    ownerMemberId: recordId,
    dueOn: isoDay,
    status: z.enum(ACTION_STATUSES),
    doneOn: isoDay.nullable(),
    verifiedBy: line(80),
    verifiedOn: isoDay.nullable(),
  })
  .strict()
  .superRefine((a, context) => {
    const finished = a.status === 'done' || a.status === 'verified';
    if (finished !== (a.doneOn !== null)) context.addIssue({ code: 'custom', path: ['doneOn'], message: 'a done day exactly when done' });
    const verified = a.status === 'verified';
    if (verified !== (a.verifiedOn !== null)) context.addIssue({ code: 'custom', path: ['verifiedOn'], message: 'a verified day exactly when verified' });
    if (verified !== (a.verifiedBy !== '')) context.addIssue({ code: 'custom', path: ['verifiedBy'], message: 'a verifier exactly when verified' });
    requireOrder(context, a.doneOn, a.verifiedOn, 'verifiedOn');
  });
export type ActionInput = z.infer<typeof actionInput>;

export interface Action extends ActionInput {
  id: string;
  ownerName: string;
  riskBand: RiskBand;
  createdAt: string;
  updatedAt: string;
}

/** Overdue: not finished and its due day has passed (today is the caller's local day, YYYY-MM-DD). */
export function isOverdue(action: Pick<Action, 'status' | 'dueOn'>, today: string): boolean {
  return (action.status === 'open' || action.status === 'in-progress') && action.dueOn < today;
}
