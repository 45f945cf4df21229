import type { peopleOperations } from '../../../shared/api/people-operations';
import { AppError } from '../../../shared/api/result';
import type { HandlersFor } from './handler';

export const peopleHandlers: HandlersFor<typeof peopleOperations> = {
  listEnterprises: (_input, { core }) => core.enterprises.list(),
  getEnterprise: ({ id }, { core }) => core.enterprises.require(id),
  createEnterprise: ({ enterprise }, { core }) => core.enterprises.create(enterprise),
  updateEnterprise: ({ id, enterprise }, { core }) => core.enterprises.update(id, enterprise),
  deleteEnterprise: ({ id }, { core }) => {
    core.enterprises.delete(id);
    return { deleted: true };
  },

  listParticipants: ({ query, enterpriseId, offset, limit }, { core }) => core.participants.list({ query, enterpriseId }, { offset, limit }),
  searchParticipants: ({ query, enterpriseId, limit }, { core }) => core.participants.search(query, { enterpriseId, limit }),
  getParticipant: ({ id }, { core }) => core.participants.require(id),
  findParticipantDuplicates: ({ participant, excludeId }, { core }) => core.participants.findDuplicates(participant, excludeId),

  createParticipant: ({ participant, allowDuplicate }, { core }) =>
    core.database.transaction(() => {
      const duplicates = core.participants.findDuplicates(participant);
      if (duplicates.length > 0 && !allowDuplicate) throw new AppError('PARTICIPANT_DUPLICATE', { count: duplicates.length, matches: duplicates });
      return core.participants.create(participant);
    }),

  updateParticipant: ({ id, participant, allowDuplicate }, { core }) =>
    core.database.transaction(() => {
      const duplicates = core.participants.findDuplicates(participant, id);
      if (duplicates.length > 0 && !allowDuplicate) throw new AppError('PARTICIPANT_DUPLICATE', { count: duplicates.length, matches: duplicates });
      return core.participants.update(id, participant);
    }),

  deleteParticipant: ({ id }, { core }) => {
    core.participants.delete(id);
    return { deleted: true };
  },
};
