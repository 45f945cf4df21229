/**
 * The suggestion scheme. Every suggestion has a reply state from the start ("under review"), so none goes
 * unanswered unseen. The proposer is a participant (role and sex then come from that record) or anonymous, with
 * the role and sex typed so that the shares from frontline workers and from women stay countable.
 */
import { z } from 'zod';
import { GENDERS, recordId, type Gender } from '../people';
import { TEAM_ROLES } from './improvement-team';
import { isoDay, money, note, requiredText, requireOrder } from './fields';

export const SUGGESTION_CATEGORIES = ['safety', 'quality', 'productivity', 'environment', 'workforce'] as const;
export type SuggestionCategory = (typeof SUGGESTION_CATEGORIES)[number];

export const SUGGESTION_REPLIES = ['under-review', 'accepted', 'rejected'] as const;
export type SuggestionReply = (typeof SUGGESTION_REPLIES)[number];

export const PROPOSER_ROLES = [...TEAM_ROLES, 'other'] as const;
export type ProposerRole = (typeof PROPOSER_ROLES)[number];

export const suggestionProposer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('participant'), participantId: recordId }).strict(),
  z.object({ kind: z.literal('anonymous'), role: z.enum(PROPOSER_ROLES), sex: z.enum(GENDERS) }).strict(),
]);
export type SuggestionProposer = z.infer<typeof suggestionProposer>;

export const suggestionInput = z
  .object({
    enterpriseId: recordId,
    submittedOn: isoDay,
    proposer: suggestionProposer,
    category: z.enum(SUGGESTION_CATEGORIES),
    description: requiredText(2000),
    reply: z.enum(SUGGESTION_REPLIES),
    replyReason: note(1000),
    repliedOn: isoDay.nullable(),
    implementedOn: isoDay.nullable(),
    estimatedSaving: money.nullable(),
    actualSaving: money.nullable(),
    projectId: recordId.nullable(),
  })
  .strict()
  .superRefine((s, context) => {
    if ((s.reply === 'under-review') !== (s.repliedOn === null)) context.addIssue({ code: 'custom', path: ['repliedOn'], message: 'a reply day exactly when answered' });
    if (s.implementedOn !== null && s.reply !== 'accepted') context.addIssue({ code: 'custom', path: ['implementedOn'], message: 'only an accepted suggestion is implemented' });
    requireOrder(context, s.submittedOn, s.repliedOn, 'repliedOn');
    requireOrder(context, s.submittedOn, s.implementedOn, 'implementedOn');
  });
export type SuggestionInput = z.infer<typeof suggestionInput>;

export interface Suggestion extends SuggestionInput {
  id: string;
  /** The role and sex counted for this suggestion: the participant's when it was recorded, or the typed ones. */
  proposerRole: ProposerRole;
  proposerSex: Gender;
  proposerName: string | null;
  createdAt: string;
  updatedAt: string;
}
