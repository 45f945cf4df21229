import { z } from 'zod';
import { lineText } from '../domain/safe-text';
import { GENDERS, ROLES, recordId, type EnterpriseName, type ParticipantSummary } from '../domain/people';
import { operation } from './operation';

/**
 * Learner profiles on a shared PC: a learner is a participant record, the same one the trainer manages, so
 * self-study and workshop results stay together. These are public (no password), so they return only what a
 * learner needs to find themselves (name, enterprise, gender, role), never phone numbers.
 */
export const learnerOperations = {
  searchLearners: operation<ParticipantSummary[]>()(z.object({ query: z.string().max(60) }).strict(), 'public'),
  createLearner: operation<ParticipantSummary>()(
    z
      .object({
        name: lineText(100).pipe(z.string().min(1)),
        gender: z.enum(GENDERS),
        role: z.enum(ROLES),
        enterpriseId: recordId.nullable(),
      })
      .strict(),
    'public',
  ),
  listEnterpriseNames: operation<EnterpriseName[]>()(z.object({}).strict(), 'public'),
};
