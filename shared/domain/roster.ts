/**
 * Roster import (CSV as Excel and WPS save it, or XLSX) and export. An import is previewed first: every row is
 * checked and every problem named by row and field; then it is written in one transaction, all rows or none.
 */
import { z } from 'zod';
import { recordId, type EnterpriseName, type Gender, type Role } from './people';

export const ROSTER_FIELDS = ['name', 'gender', 'enterprise', 'role', 'department', 'phone'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Which column (0-based) feeds each field; null leaves the field out. */
export type RosterMapping = Record<RosterField, number | null>;
export const rosterMapping = z
  .object(Object.fromEntries(ROSTER_FIELDS.map((field) => [field, z.number().int().min(0).max(200).nullable()])) as Record<RosterField, z.ZodNullable<z.ZodNumber>>)
  .strict();

/** More rows than any workshop roster; a bigger file is refused before it is read further. */
export const MAX_ROSTER_ROWS = 5000;

/** A roster file (xlsx or CSV) larger than this is refused unread: 5,000 rows fit in well under 1 MB. */
export const MAX_ROSTER_FILE_BYTES = 8 * 1024 * 1024;

export const rosterOptions = z
  .object({
    fileName: z.string().max(260),
    /** Chosen by the trainer in the preview; without it the columns are guessed from the headers. */
    mapping: rosterMapping.optional(),
    /** For rows whose enterprise cell is empty (or when there is no enterprise column). */
    defaultEnterpriseId: recordId.nullable().default(null),
    /** Enterprise names in the file that match no enterprise become new enterprises (sector "other"). */
    createMissingEnterprises: z.boolean().default(false),
    /** Rows that look like someone already on the list are left out. */
    skipExisting: z.boolean().default(true),
    /** Everyone imported is also enrolled in this workshop. */
    enrollInWorkshopId: recordId.optional(),
  })
  .strict();
export type RosterOptions = z.infer<typeof rosterOptions>;

export type RosterProblem = 'required' | 'gender' | 'role' | 'enterprise' | 'tooLong' | 'scientific';

/** One problem, named by the row number the trainer sees in Excel (the header is row 1 when it is on top). */
export interface RosterIssue {
  row: number;
  field: RosterField;
  problem: RosterProblem;
  value: string;
}

export interface RosterRow {
  row: number;
  name: string;
  gender: Gender;
  role: Role;
  /** As written in the file. */
  enterpriseText: string;
  enterprise: EnterpriseName | null;
  department: string;
  phone: string;
  /** Looks like someone already on the list, or like an earlier row of the file. */
  duplicateOf: { kind: 'existing'; name: string; enterprise: EnterpriseName | null } | { kind: 'row'; row: number } | null;
}

export interface RosterPreview {
  format: 'csv' | 'xlsx';
  /** How the CSV was decoded: utf-8, utf-8 with BOM, gb18030 (covers GBK), utf-16le or utf-16be. */
  encoding: string | null;
  headerRow: number;
  headers: string[];
  mapping: RosterMapping;
  totalRows: number;
  /** Every row, checked; rows with issues appear here too, with the values that could be read. */
  rows: RosterRow[];
  issues: RosterIssue[];
  /** Enterprise names in the file that match no enterprise. */
  unknownEnterprises: string[];
}

export interface RosterImportResult {
  imported: number;
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
