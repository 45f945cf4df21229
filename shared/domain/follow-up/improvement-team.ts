/**
 * The Enterprise Improvement Team (EIT): members drawn from an enterprise's participants, and its meetings.
 * A member's sex is the participant's, never typed again here.
 */
import { z } from 'zod';
import { recordId, type Gender } from '../people';
import { isoDay, note, requireOrder } from './fields';

export const TEAM_ROLES = ['manager', 'supervisor', 'worker', 'osh-officer', 'union-rep'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const teamMemberInput = z
  .object({
    enterpriseId: recordId,
    participantId: recordId,
    role: z.enum(TEAM_ROLES),
    joinedOn: isoDay,
    leftOn: isoDay.nullable(),
  })
  .strict()
  .superRefine((m, context) => requireOrder(context, m.joinedOn, m.leftOn, 'leftOn'));
export type TeamMemberInput = z.infer<typeof teamMemberInput>;

export interface TeamMember extends TeamMemberInput {
  id: string;
  name: string;
  sex: Gender;
  createdAt: string;
  updatedAt: string;
}

/** The team's balance at a glance: current members only. */
export interface TeamBalance {
  byRole: Record<TeamRole, number>;
  bySex: Record<Gender, number>;
}

export const teamMeetingInput = z
  .object({
    enterpriseId: recordId,
    heldOn: isoDay,
    attendeeIds: z.array(recordId).max(100),
    topics: note(),
    decisions: note(),
    nextOn: isoDay.nullable(),
  })
  .strict()
  .superRefine((m, context) => requireOrder(context, m.heldOn, m.nextOn, 'nextOn', true));
export type TeamMeetingInput = z.infer<typeof teamMeetingInput>;

export interface TeamMeeting extends TeamMeetingInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}
