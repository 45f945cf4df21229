import { z } from 'zod';
import {
  enterpriseInput,
  participantInput,
  recordId,
  type DuplicateMatch,
  type Enterprise,
  type EnterpriseSummary,
  type Participant,
  type ParticipantPage,
  type ParticipantSummary,
} from '../domain/people';
import { operation } from './operation';

const none = z.object({}).strict();
const byId = z.object({ id: recordId }).strict();
const searchText = z.string().max(100);

/** Enterprises and participants: trainer-only, since they hold names and phone numbers. */
export const peopleOperations = {
  listEnterprises: operation<EnterpriseSummary[]>()(none, 'trainer'),
  getEnterprise: operation<Enterprise>()(byId, 'trainer'),
  createEnterprise: operation<Enterprise>()(z.object({ enterprise: enterpriseInput }).strict(), 'trainer'),
  updateEnterprise: operation<Enterprise>()(z.object({ id: recordId, enterprise: enterpriseInput }).strict(), 'trainer'),
  deleteEnterprise: operation<{ deleted: true }>()(byId, 'trainer'),

  /** One page of the participant list (the UI fetches pages as the virtualized list scrolls). */
  listParticipants: operation<ParticipantPage>()(
    z
      .object({
        query: searchText.default(''),
        enterpriseId: recordId.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    'trainer',
  ),
  searchParticipants: operation<ParticipantSummary[]>()(
    z.object({ query: searchText, enterpriseId: recordId.optional(), limit: z.number().int().min(1).max(200).default(20) }).strict(),
    'trainer',
  ),
  getParticipant: operation<Participant>()(byId, 'trainer'),
  findParticipantDuplicates: operation<DuplicateMatch[]>()(
    z.object({ participant: participantInput, excludeId: recordId.optional() }).strict(),
    'trainer',
  ),
  /** Refused with PARTICIPANT_DUPLICATE when someone similar exists, unless the trainer confirmed it. */
  createParticipant: operation<Participant>()(
    z.object({ participant: participantInput, allowDuplicate: z.boolean().default(false) }).strict(),
    'trainer',
  ),
  updateParticipant: operation<Participant>()(
    z.object({ id: recordId, participant: participantInput, allowDuplicate: z.boolean().default(false) }).strict(),
    'trainer',
  ),
  deleteParticipant: operation<{ deleted: true }>()(byId, 'trainer'),
};
