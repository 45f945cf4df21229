import type { resultsOperations } from '../../../shared/api/results-operations';
import type { HandlersFor } from './handler';

export const resultsHandlers: HandlersFor<typeof resultsOperations> = {
  getWorkshopResults: ({ workshopId }, { core }) => core.workshopTests.results(workshopId),
  startHandOverTest: ({ workshopId, participantId, kind }, { core }) => core.workshopTests.startOnScreen(workshopId, participantId, kind),
  getPaperTest: ({ workshopId, kind }, { core }) => core.workshopTests.paperTest(workshopId, kind),
  submitPaperTest: ({ workshopId, participantId, kind, codes }, { core }) => core.workshopTests.submitPaper(workshopId, participantId, kind, codes),
  deleteWorkshopTest: ({ workshopId, attemptId }, { core }) => {
    core.workshopTests.deleteAttempt(workshopId, attemptId);
    return { deleted: true };
  },
};
