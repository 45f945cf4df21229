import type { trainerOperations } from '../../../shared/api/trainer-operations';
import type { HandlersFor } from './handler';

export const trainerHandlers: HandlersFor<typeof trainerOperations> = {
  getTrainerOverview: (_input, { core }) => ({
    enterprises: core.database.recordCounts().enterprises,
    participants: core.participants.count(),
    workshops: core.workshops.countByStatus(),
    recentWorkshops: core.workshops.list({}, { offset: 0, limit: 6 }).rows,
    lastBackupAt: core.backups.list()[0]?.createdAt ?? null,
  }),
};
