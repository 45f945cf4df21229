import type { rosterOperations } from '../../../shared/api/roster-operations';
import { exportAttendance, exportParticipants } from '../roster/roster-export';
import type { HandlersFor } from './handler';

export const rosterHandlers: HandlersFor<typeof rosterOperations> = {
  previewRoster: ({ bytes, options }, { core }) => core.roster.preview(bytes, options),
  importRoster: ({ bytes, options }, { core }) => core.roster.import(bytes, options),
  exportParticipants: ({ format, language, enterpriseId, query }, { core }) => exportParticipants(core.participants, { enterpriseId, query }, format, language),
  exportAttendance: ({ workshopId, format, language }, { core }) => exportAttendance(core.workshops.require(workshopId), core.attendance.sheet(workshopId), format, language),
};
