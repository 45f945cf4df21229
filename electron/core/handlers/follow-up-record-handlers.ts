import type { followUpRecordOperations } from '../../../shared/api/follow-up-record-operations';
import { AppError } from '../../../shared/api/result';
import { localDay } from '../follow-up/local-day';
import { exportProgressReport } from '../follow-up/progress-report-service';
import type { HandlersFor } from './handler';

const deleted = { deleted: true } as const;

export const followUpRecordHandlers: HandlersFor<typeof followUpRecordOperations> = {
  listSuggestions: ({ enterpriseId }, { core }) => core.followUp.suggestions.listForEnterprise(enterpriseId),
  createSuggestion: ({ suggestion }, { core }) => core.followUp.suggestions.create(suggestion),
  updateSuggestion: ({ id, suggestion }, { core }) => core.followUp.suggestions.update(id, suggestion),
  deleteSuggestion: ({ id }, { core }) => (core.followUp.suggestions.delete(id), deleted),

  listProjects: ({ enterpriseId }, { core }) => core.followUp.projects.listForEnterprise(enterpriseId),
  createProject: ({ project }, { core }) => core.followUp.projects.create(project),
  updateProject: ({ id, project }, { core }) => core.followUp.projects.update(id, project),
  deleteProject: ({ id }, { core }) => (core.followUp.projects.delete(id), deleted),

  listIndicators: (_input, { core }) => [...core.content.indicators().values()],
  listIndicatorValues: ({ enterpriseId }, { core }) => core.followUp.indicatorValues.listForEnterprise(enterpriseId),
  saveIndicatorValue: ({ value }, { core }) => {
    const definition = core.content.indicators().get(value.indicatorId);
    if (!definition) throw new AppError('INVALID_INPUT', { fields: ['value.indicatorId'] });
    // Split exactly when the definition counts people by sex: a missing split would leave a gap in the reports.
    if (definition.splitBySex !== (value.bySex !== null)) throw new AppError('INVALID_INPUT', { fields: ['value.bySex'] });
    return core.followUp.indicatorValues.save(value, definition.measure);
  },
  deleteIndicatorValue: ({ id }, { core }) => (core.followUp.indicatorValues.delete(id), deleted),

  attachPhoto: ({ image, attachment }, { core }) => core.followUp.photos.attach(image, attachment),
  detachPhoto: ({ id }, { core }) => (core.followUp.photos.detach(id), deleted),
  listPhotos: ({ owner }, { core }) => core.followUp.photos.listFor(owner),
  getPhoto: ({ sha256 }, { core }) => ({ mediaType: 'image/jpeg' as const, bytes: core.followUp.photos.read(sha256) }),

  getEnterpriseFigures: ({ enterpriseId, range }, { core }) => core.followUp.figures.figures(enterpriseId, range, localDay()),
  getProgrammeSummary: ({ range }, { core }) => core.followUp.figures.programmeSummary(range, localDay()),
  exportProgressReport: ({ enterpriseId, range, language }, { core }) =>
    exportProgressReport({ store: core.followUp, enterprises: core.enterprises, content: core.content, pdf: core.pdf }, enterpriseId, range, language, localDay()),
};
