import { z } from 'zod';
import type { IndicatorDefinition } from '../content/follow-up-content';
import { dateRange, type LedgerFigures, type ProgrammeSummary } from '../domain/follow-up/figures';
import { projectInput, type ImprovementProject } from '../domain/follow-up/improvement-projects';
import { indicatorValueInput, type IndicatorValue } from '../domain/follow-up/indicator-values';
import { photoAttachment, photoOwner, type PhotoLink } from '../domain/follow-up/photos';
import { suggestionInput, type Suggestion } from '../domain/follow-up/suggestions';
import { language } from '../domain/app';
import { recordId } from '../domain/people';
import type { FileBytes } from './bridge';
import { fileBytes } from './bytes';
import { operation } from './operation';

const byId = z.object({ id: recordId }).strict();
const byEnterprise = z.object({ enterpriseId: recordId }).strict();
const deleted = operation<{ deleted: true }>();

/**
 * Factory follow-up, part two: suggestions, improvement projects, indicator values, photos, and the figures
 * derived from the ledger. Trainer-only.
 */
export const followUpRecordOperations = {
  listSuggestions: operation<Suggestion[]>()(byEnterprise, 'trainer'),
  createSuggestion: operation<Suggestion>()(z.object({ suggestion: suggestionInput }).strict(), 'trainer'),
  updateSuggestion: operation<Suggestion>()(z.object({ id: recordId, suggestion: suggestionInput }).strict(), 'trainer'),
  deleteSuggestion: deleted(byId, 'trainer'),

  listProjects: operation<ImprovementProject[]>()(byEnterprise, 'trainer'),
  createProject: operation<ImprovementProject>()(z.object({ project: projectInput }).strict(), 'trainer'),
  updateProject: operation<ImprovementProject>()(z.object({ id: recordId, project: projectInput }).strict(), 'trainer'),
  deleteProject: deleted(byId, 'trainer'),

  /** The indicator definitions of every installed pack. */
  listIndicators: operation<Array<IndicatorDefinition & { moduleId: string }>>()(z.object({}).strict(), 'trainer'),
  listIndicatorValues: operation<IndicatorValue[]>()(byEnterprise, 'trainer'),
  /** Saving a period again replaces its value; refused for an unknown indicator or a split that does not fit it. */
  saveIndicatorValue: operation<IndicatorValue>()(z.object({ value: indicatorValueInput }).strict(), 'trainer'),
  deleteIndicatorValue: deleted(byId, 'trainer'),

  /** From a file or the laptop camera; stored upright, resized and without metadata. */
  attachPhoto: operation<PhotoLink>()(z.object({ image: fileBytes, attachment: photoAttachment }).strict(), 'trainer'),
  detachPhoto: deleted(byId, 'trainer'),
  listPhotos: operation<PhotoLink[]>()(z.object({ owner: photoOwner }).strict(), 'trainer'),
  getPhoto: operation<{ mediaType: 'image/jpeg'; bytes: Uint8Array }>()(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict(), 'trainer'),

  getEnterpriseFigures: operation<LedgerFigures>()(z.object({ enterpriseId: recordId, range: dateRange }).strict(), 'trainer'),
  getProgrammeSummary: operation<ProgrammeSummary>()(z.object({ range: dateRange }).strict(), 'trainer'),
  /** The enterprise progress report PDF: headline figures, indicators baseline vs latest as charts, suggestions, projects. */
  exportProgressReport: operation<FileBytes>()(z.object({ enterpriseId: recordId, range: dateRange, language }).strict(), 'trainer'),
};
