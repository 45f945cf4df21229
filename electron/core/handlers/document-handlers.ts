import type { documentOperations } from '../../../shared/api/document-operations';
import type { HandlersFor } from './handler';

export const documentHandlers: HandlersFor<typeof documentOperations> = {
  exportSignInSheet: ({ workshopId, sessionId, blankRows, language }, { core }) => core.documents.signInSheet(workshopId, sessionId, blankRows, language),
  exportAttendanceReport: ({ workshopId, language }, { core }) => core.documents.attendanceReport(workshopId, language),
  exportFacilitatorGuide: ({ moduleId, language }, { core }) => core.documents.facilitatorGuide(moduleId, language),
  exportTranscript: ({ participantId, language }, { core }) => core.documents.transcript(participantId, language),
  exportPaperTest: ({ workshopId, kind, part, language }, { core }) => core.documents.paperTest(workshopId, kind, part, language),
  getPaperTestSeed: ({ workshopId, kind }, { core }) => {
    core.workshops.require(workshopId);
    return { seed: core.documents.seeds.get(workshopId, kind) };
  },
};
