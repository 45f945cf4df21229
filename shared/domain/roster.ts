/**
 * Roster import (CSV as Excel and WPS save it, or XLSX) and export. An import is previewed first: every row is
 * checked and every problem named by row and field; then it is written in one transaction, all rows or none.
 */
import { z } from 'zod';
import { recordId, ROLES, type EnterpriseName, type Gender, type Participant, type Role } from './people';

export const ROSTER_FIELDS = ['name', 'gender', 'enterprise', 'jobTitle', 'role', 'department', 'phone'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Which column (0-based) feeds each field; null leaves the field out. */
export type RosterMapping = Record<RosterField, number | null>;
export const rosterMapping = z
  .object(Object.fromEntries(ROSTER_FIELDS.map((field) => [field, z.number().int().min(0).max(200).nullable()])) as Record<RosterField, z.ZodNullable<z.ZodNumber>>)
  .strict();

/** More rows than any workshop roster; a bigger file is refused before it is read further. */
export const MAX_ROSTER_ROWS = 5000;

/** What happens to a row that looks like someone already known: left out, added as a new person, or merged into the record. */
export const DUPLICATE_DECISIONS = ['skip', 'new', 'update'] as const;
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];
/** A roster file (xlsx or CSV) larger than this is refused unread: 5,000 rows fit in well under 1 MB. */
export const MAX_ROSTER_FILE_BYTES = 8 * 1024 * 1024;

export const rosterOptions = z
  .object({
    fileName: z.string().max(260),
    /** Chosen by the trainer in the preview; without it the columns are guessed from the headers. */
    mapping: rosterMapping.optional(),
    /** For rows whose enterprise cell is empty (or when there is no enterprise column). */
    defaultEnterpriseId: recordId.nullable().default(null),
    /**
     * Enterprise names in the file that match no enterprise become new enterprises (sector "other"). Left out, it
     * is on when no enterprise exists yet: a first roster always brings its enterprises with it.
     */
    createMissingEnterprises: z.boolean().optional(),
    /** The role the trainer chose for a job title, by title key (see RosterJobTitle); applies to every row with it. */
    titleRoles: z.record(z.string().max(200), z.enum(ROLES)).default({}),
    /** The trainer's decision for each suspected duplicate, by row number; a row not named here is skipped. */
    duplicates: z.record(z.string().regex(/^\d{1,6}$/), z.enum(DUPLICATE_DECISIONS)).default({}),
    /** Everyone imported is also enrolled in this workshop. */
    enrollInWorkshopId: recordId.optional(),
  })
  .strict();
export type RosterOptions = z.infer<typeof rosterOptions>;

export type RosterProblem = 'required' | 'gender' | 'role' | 'unknownTitle' | 'enterprise' | 'tooLong' | 'scientific';

/** One problem, named by the row number the trainer sees in Excel (the header is row 1 when it is on top). */
export interface RosterIssue {
  row: number;
  field: RosterField;
  problem: RosterProblem;
  value: string;
}

/** What the import does with a row. */
export type RosterAction = 'create' | 'skip' | 'update';

export interface RosterRow {
  row: number;
  name: string;
  gender: Gender;
  /** As written in the file. */
  jobTitle: string;
  role: Role;
  /** As written in the file. */
  enterpriseText: string;
  enterprise: EnterpriseName | null;
  department: string;
  phone: string;
  /** Looks like someone already on the list (shown side by side), or like an earlier row of the file. */
  duplicateOf: { kind: 'existing'; person: Participant } | { kind: 'row'; row: number } | null;
  action: RosterAction;
}

/** One distinct job title of the file and the role its rows get. */
export interface RosterJobTitle {
  /** Identifies the title in `titleRoles`: spellings differing only in case, width or spaces share it. */
  key: string;
  /** As first written in the file. */
  title: string;
  role: Role;
  /** How the role was found: from the title, chosen by the trainer, or not found ("other", with a warning). */
  source: 'title' | 'chosen' | 'unknown';
  rows: number;
}

export interface RosterSummary {
  rows: number;
  newPeople: number;
  updates: number;
  duplicates: number;
  newEnterprises: number;
  warnings: number;
  errors: number;
}

export interface RosterPreview {
  format: 'csv' | 'xlsx';
  /** How the CSV was decoded: utf-8, utf-8 with BOM, gb18030 (covers GBK), utf-16le or utf-16be. */
  encoding: string | null;
  headerRow: number;
  headers: string[];
  mapping: RosterMapping;
  summary: RosterSummary;
  /** Every row, checked; rows with issues appear here too, with the values that could be read. */
  rows: RosterRow[];
  /** Problems that stop the import. */
  issues: RosterIssue[];
  /** Worth a look, never blocking: unknown job titles, and the problems of rows that will be skipped. */
  warnings: RosterIssue[];
  jobTitles: RosterJobTitle[];
  /** Enterprise names in the file that match no enterprise. */
  unknownEnterprises: string[];
  /** Whether those will be created (the option as given, or its default). */
  createMissingEnterprises: boolean;
}

export interface RosterImportResult {
  imported: number;
  updated: number;
  skipped: number;
  createdEnterprises: number;
  enrolled: number;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  bytes: Uint8Array;
}
