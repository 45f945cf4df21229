import { z } from 'zod';
import { language } from '../domain/app';
import { recordId } from '../domain/people';
import { EXPORT_FORMATS, rosterOptions, type ExportedFile, type RosterImportResult, type RosterPreview } from '../domain/roster';
import { fileBytes } from './bytes';
import { operation } from './operation';

const rosterFile = z.object({ bytes: fileBytes, options: rosterOptions }).strict();

/** Roster import and list export: trainer-only. */
export const rosterOperations = {
  /** Reads and checks every row; writes nothing. */
  previewRoster: operation<RosterPreview>()(rosterFile, 'trainer'),
  /** The same checks, then one transaction: all rows or none (IMPORT_INVALID names the rows). */
  importRoster: operation<RosterImportResult>()(rosterFile, 'trainer'),
  exportParticipants: operation<ExportedFile>()(
    z.object({ format: z.enum(EXPORT_FORMATS), language, enterpriseId: recordId.optional(), query: z.string().max(100).default('') }).strict(),
    'trainer',
  ),
  exportAttendance: operation<ExportedFile>()(z.object({ workshopId: recordId, format: z.enum(EXPORT_FORMATS), language }).strict(), 'trainer'),
};
