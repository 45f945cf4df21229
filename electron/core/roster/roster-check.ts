import { AppError } from '../../../shared/api/result';
import type { EnterpriseName } from '../../../shared/domain/people';
import { ROSTER_FIELDS, type RosterAction, type RosterField, type RosterIssue, type RosterMapping, type RosterOptions, type RosterPreview, type RosterRow } from '../../../shared/domain/roster';
import { enterpriseNameKey, type EnterpriseRepository } from '../enterprises/enterprise-repository';
import type { ParticipantRepository } from '../participants/participant-repository';
import { FileDuplicates } from './file-duplicates';
import { findHeaderRow, guessMapping } from './header-mapping';
import { JobTitleRoles } from './job-title-roles';
import type { RosterTable } from './read-table';
import { parseGender, parseRole } from './value-mapping';

const LIMITS = { name: 100, jobTitle: 60, department: 60, phone: 40, enterprise: 120 } as const;
/** Excel turns a long number in a General column into 1.38001E+10 when it saves CSV; the digits are gone. */
const SCIENTIFIC = /^\d+(\.\d+)?e\+?\d+$/i;

export interface CheckedRoster {
  preview: RosterPreview;
  /** Enterprise names to create, by name key, when that is on. */
  newEnterprises: Map<string, string>;
  /** The fields each row has a value for: an update changes only those. */
  filled: Map<number, Set<RosterField>>;
}

/**
 * Checks every row of a roster and decides what the import will do with it. Problems of a row that will be
 * skipped are only warnings: a row that is never written cannot block the others.
 */
export function checkRoster(table: RosterTable, options: RosterOptions, enterprises: EnterpriseRepository, participants: ParticipantRepository): CheckedRoster {
  const headerRow = findHeaderRow(table.rows);
  const headers = table.rows[headerRow] ?? [];
  const mapping: RosterMapping = options.mapping ?? guessMapping(headers);
  const columns = Math.max(...table.rows.map((r) => r.length), 0);
  for (const column of Object.values(mapping)) if (column !== null && column >= columns) throw new AppError('INVALID_INPUT', { fields: ['mapping'] });

  const existing = enterprises.list();
  const known = new Map<string, EnterpriseName>();
  for (const e of existing) {
    for (const name of [e.nameZh, e.nameEn]) if (name) known.set(enterpriseNameKey(name), { id: e.id, nameZh: e.nameZh, nameEn: e.nameEn });
  }
  const fallback = options.defaultEnterpriseId ? enterprises.get(options.defaultEnterpriseId) : undefined;
  if (options.defaultEnterpriseId && !fallback) throw new AppError('NOT_FOUND', { record: 'enterprise' });
  const createMissing = options.createMissingEnterprises ?? existing.length === 0;

  const preview: RosterPreview = {
    format: table.format,
    encoding: table.encoding,
    headerRow: headerRow + 1,
    headers: Array.from({ length: columns }, (_, i) => headers[i] ?? ''),
    mapping,
    summary: { rows: 0, newPeople: 0, updates: 0, duplicates: 0, newEnterprises: 0, warnings: 0, errors: 0 },
    rows: [],
    issues: [],
    warnings: [],
    jobTitles: [],
    unknownEnterprises: [],
    createMissingEnterprises: createMissing,
  };
  const checked: CheckedRoster = { preview, newEnterprises: new Map(), filled: new Map() };
  if (mapping.name === null) return checked;

  const titles = new JobTitleRoles(options.titleRoles);
  const fileDuplicates = new FileDuplicates();
  table.rows.forEach((cells, index) => {
    if (index <= headerRow || cells.every((cell) => cell === '')) return;
    const row = index + 1;
    const cell = (field: RosterField) => (mapping[field] === null ? '' : (cells[mapping[field]] ?? '').trim());
    checked.filled.set(row, new Set(ROSTER_FIELDS.filter((field) => cell(field) !== '')));
    const problems: RosterIssue[] = [];
    const issue = (field: RosterField, problem: RosterIssue['problem'], value: string) => problems.push({ row, field, problem, value });

    const name = cell('name');
    if (name === '') issue('name', 'required', '');
    else if (name.length > LIMITS.name) issue('name', 'tooLong', name);
    const genderText = cell('gender');
    const gender = genderText === '' ? 'undisclosed' : parseGender(genderText);
    if (gender === null) issue('gender', 'gender', genderText);
    const jobTitle = cell('jobTitle');
    if (jobTitle.length > LIMITS.jobTitle) issue('jobTitle', 'tooLong', jobTitle);
    // A role column the file fills in answers the question; an unreadable one falls back to the job title.
    const roleText = cell('role');
    const fileRole = roleText === '' ? null : parseRole(roleText);
    if (roleText !== '' && fileRole === null) preview.warnings.push({ row, field: 'role', problem: 'role', value: roleText });
    const role = fileRole ?? titles.roleFor(jobTitle, row);
    const department = cell('department');
    if (department.length > LIMITS.department) issue('department', 'tooLong', department);
    const phone = cell('phone');
    if (SCIENTIFIC.test(phone)) issue('phone', 'scientific', phone);
    else if (phone.length > LIMITS.phone) issue('phone', 'tooLong', phone);

    const enterpriseText = cell('enterprise');
    const enterpriseKey = enterpriseNameKey(enterpriseText);
    let enterprise: EnterpriseName | null = fallback ? { id: fallback.id, nameZh: fallback.nameZh, nameEn: fallback.nameEn } : null;
    if (enterpriseText !== '') enterprise = known.get(enterpriseKey) ?? null;
    const tooLongEnterprise = enterpriseText.length > LIMITS.enterprise;
    const unknownEnterprise = enterpriseText !== '' && !enterprise && !tooLongEnterprise;
    if (!enterprise && tooLongEnterprise) issue('enterprise', 'tooLong', enterpriseText);
    if (unknownEnterprise && !createMissing) issue('enterprise', 'enterprise', enterpriseText);

    let duplicateOf: RosterRow['duplicateOf'] = null;
    if (name !== '') {
      const earlier = fileDuplicates.earlierRow(row, name, enterprise?.id ?? enterpriseKey, phone);
      if (earlier !== undefined) duplicateOf = { kind: 'row', row: earlier };
      else {
        const match = participants.findDuplicates({ name, enterpriseId: enterprise?.id ?? (enterpriseText ? '' : null), phone })[0];
        const person = match && participants.get(match.id);
        if (person) duplicateOf = { kind: 'existing', person };
      }
    }
    const action = actionFor(row, duplicateOf, options);
    (action === 'skip' ? preview.warnings : preview.issues).push(...problems);
    // Only the enterprises of rows that will be written are listed and created: a skipped row creates nothing.
    if (action !== 'skip' && unknownEnterprise) {
      if (createMissing) checked.newEnterprises.set(enterpriseKey, enterpriseText);
      if (!preview.unknownEnterprises.some((n) => enterpriseNameKey(n) === enterpriseKey)) preview.unknownEnterprises.push(enterpriseText);
    }
    preview.rows.push({ row, name, gender: gender ?? 'undisclosed', jobTitle, role, enterpriseText, enterprise, department, phone, duplicateOf, action });
  });
  preview.jobTitles = titles.list();
  preview.warnings.push(...titles.warnings());
  preview.warnings.sort((a, b) => a.row - b.row);
  preview.summary = {
    rows: preview.rows.length,
    newPeople: preview.rows.filter((r) => r.action === 'create').length,
    updates: preview.rows.filter((r) => r.action === 'update').length,
    duplicates: preview.rows.filter((r) => r.duplicateOf !== null).length,
    newEnterprises: checked.newEnterprises.size,
    warnings: preview.warnings.length,
    errors: preview.issues.length,
  };
  return checked;
}

/** A row that repeats no one is created; a suspected duplicate follows the trainer's decision, else is skipped. */
function actionFor(row: number, duplicateOf: RosterRow['duplicateOf'], options: RosterOptions): RosterAction {
  if (!duplicateOf) return 'create';
  const decision = options.duplicates[String(row)] ?? 'skip';
  // Only a person on the list has a record to update; a repeated row of the file can be skipped or added.
  if (decision === 'update' && duplicateOf.kind === 'row') throw new AppError('INVALID_INPUT', { fields: ['duplicates'], row });
  return decision === 'new' ? 'create' : decision;
}
