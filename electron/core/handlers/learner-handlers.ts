import type { learnerOperations } from '../../../shared/api/learner-operations';
import type { Participant, ParticipantSummary } from '../../../shared/domain/people';
import type { HandlersFor } from './handler';

function summary(participant: Participant): ParticipantSummary {
  const { id, name, gender, role, enterprise } = participant;
  return { id, name, gender, role, enterprise };
}

export const learnerHandlers: HandlersFor<typeof learnerOperations> = {
  searchLearners: ({ query }, { core }) => core.participants.search(query, { limit: 12 }),

  createLearner: (input, { core }) => summary(core.participants.create({ ...input, jobTitle: '', department: '', phone: '' })),

  listEnterpriseNames: (_input, { core }) => core.enterprises.list().map(({ id, nameZh, nameEn }) => ({ id, nameZh, nameEn })),
};
