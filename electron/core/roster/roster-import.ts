import { AppError } from '../../../shared/api/result';
import type { EnterpriseName, ParticipantInput } from '../../../shared/domain/people';
import type { RosterImportResult, RosterIssue, RosterMapping, RosterOptions, RosterPreview, RosterRow } from '../../../shared/domain/roster';
import type { Db } from '../db/open-database';
import { enterpriseNameKey, type EnterpriseRepository } from '../enterprises/enterprise-repository';
import { nameKeys, phoneKey } from '../participants/name-index';
import type { ParticipantRepository } from '../participants/participant-repository';
import type { EnrollmentRepository } from '../workshops/enrollment-repository';
import { findHeaderRow, guessMapping } from './header-mapping';
import { readRosterTable } from './read-table';
import { parseGender, parseRole } from './value-mapping';

const LIMITS = { name: 100, department: 60, phone: 40, enterprise: 120 } as const;
/** Excel turns a long number in a General column into 1.38001E+10 when it saves CSV; the digits are gone. */
const SCIENTIFIC = /^\d+(\.\d+)?e\+?\d+$/i;
const HAN = /\p{Script=Han}/u;

interface Checked {
  preview: RosterPreview;
  /** Enterprise names to create, by name key, when the trainer allowed it. */
  newEnterprises: Map<string, string>;
}

/**
 * Reads a roster, checks every row, and imports it in one transaction: all rows or none. The same checks run
 * for the preview and for the import, so what the trainer saw is what is written.
 */
export class RosterImporter {
  constructor(
    private readonly db: Db,
    private readonly enterprises: EnterpriseRepository,
    private readonly participants: ParticipantRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  async preview(bytes: Uint8Array, options: RosterOptions): Promise<RosterPreview> {
    return (await this.check(bytes, options)).preview;
  }

  async import(bytes: Uint8Array, options: RosterOptions): Promise<RosterImportResult> {
    const { preview, newEnterprises } = await this.check(bytes, options);
    if (preview.mapping.name === null) throw new AppError('ROSTER_NO_NAME_COLUMN');
    if (preview.issues.length > 0) {
      const [first] = preview.issues;
      throw new AppError('IMPORT_INVALID', { count: preview.issues.length, row: first!.row, field: first!.field, problem: first!.problem, issues: preview.issues.slice(0, 100) });
    }
    if (preview.rows.length === 0) throw new AppError('ROSTER_EMPTY');
    return this.db.transaction(() => {
      const created = new Map<string, string>();
      for (const [key, name] of newEnterprises) {
        const zh = HAN.test(name);
        const enterprise = this.enterprises.create({
          nameZh: zh ? name : '',
          nameEn: zh ? '' : name,
          sector: 'other',
          sizeBand: '',
          city: '',
          district: '',
          contactName: '',
          contactPhone: '',
          workersFemale: 0,
          workersMale: 0,
        });
        created.set(key, enterprise.id);
      }
      const kept = preview.rows.filter((row) => !(options.skipExisting && row.duplicateOf?.kind === 'existing'));
      const inputs: ParticipantInput[] = kept.map((row) => ({
        name: row.name,
        gender: row.gender,
        role: row.role,
        department: row.department,
        phone: row.phone,
        enterpriseId: row.enterprise?.id || created.get(enterpriseNameKey(row.enterpriseText)) || null,
      }));
      const ids = this.participants.createMany(inputs);
      const enrolled = options.enrollInWorkshopId ? this.enrollments.enroll(options.enrollInWorkshopId, ids) : 0;
      return { imported: ids.length, skipped: preview.rows.length - kept.length, createdEnterprises: created.size, enrolled };
    })();
  }

  private async check(bytes: Uint8Array, options: RosterOptions): Promise<Checked> {
    const table = await readRosterTable(bytes);
    const headerRow = findHeaderRow(table.rows);
    const headers = table.rows[headerRow] ?? [];
    const mapping: RosterMapping = options.mapping ?? guessMapping(headers);
    const columns = Math.max(...table.rows.map((r) => r.length), 0);
    for (const column of Object.values(mapping)) if (column !== null && column >= columns) throw new AppError('INVALID_INPUT', { fields: ['mapping'] });

    const known = new Map<string, EnterpriseName>();
    for (const e of this.enterprises.list()) {
      for (const name of [e.nameZh, e.nameEn]) if (name) known.set(enterpriseNameKey(name), { id: e.id, nameZh: e.nameZh, nameEn: e.nameEn });
    }
    const fallback = options.defaultEnterpriseId ? this.enterprises.get(options.defaultEnterpriseId) : undefined;
    if (options.defaultEnterpriseId && !fallback) throw new AppError('NOT_FOUND', { record: 'enterprise' });

    const preview: RosterPreview = {
      format: table.format,
      encoding: table.encoding,
      headerRow: headerRow + 1,
      headers: Array.from({ length: columns }, (_, i) => headers[i] ?? ''),
      mapping,
      totalRows: 0,
      rows: [],
      issues: [],
      unknownEnterprises: [],
    };
    const newEnterprises = new Map<string, string>();
    if (mapping.name === null) return { preview, newEnterprises };

    const seenNames = new Map<string, number>();
    const seenPhones = new Map<string, number>();
    table.rows.forEach((cells, index) => {
      if (index <= headerRow || cells.every((cell) => cell === '')) return;
      const row = index + 1;
      const cell = (field: keyof RosterMapping) => (mapping[field] === null ? '' : (cells[mapping[field]] ?? '').trim());
      const issue = (field: RosterIssue['field'], problem: RosterIssue['problem'], value: string) => preview.issues.push({ row, field, problem, value });

      const name = cell('name');
      if (name === '') issue('name', 'required', '');
      else if (name.length > LIMITS.name) issue('name', 'tooLong', name);
      const genderText = cell('gender');
      const gender = parseGender(genderText);
      if (gender === null) issue('gender', 'gender', genderText);
      const roleText = cell('role');
      const role = parseRole(roleText);
      if (role === null) issue('role', 'role', roleText);
      const department = cell('department');
      if (department.length > LIMITS.department) issue('department', 'tooLong', department);
      const phone = cell('phone');
      if (SCIENTIFIC.test(phone)) issue('phone', 'scientific', phone);
      else if (phone.length > LIMITS.phone) issue('phone', 'tooLong', phone);

      const enterpriseText = cell('enterprise');
      let enterprise: EnterpriseName | null = fallback ? { id: fallback.id, nameZh: fallback.nameZh, nameEn: fallback.nameEn } : null;
      if (enterpriseText !== '') {
        const key = enterpriseNameKey(enterpriseText);
        enterprise = known.get(key) ?? null;
        if (!enterprise) {
          if (enterpriseText.length > LIMITS.enterprise) issue('enterprise', 'tooLong', enterpriseText);
          else if (options.createMissingEnterprises) newEnterprises.set(key, enterpriseText);
          else issue('enterprise', 'enterprise', enterpriseText);
          if (!preview.unknownEnterprises.some((n) => enterpriseNameKey(n) === key)) preview.unknownEnterprises.push(enterpriseText);
        }
      }

      let duplicateOf: RosterRow['duplicateOf'] = null;
      if (name !== '') {
        const nameKey = `${nameKeys(name).nameKey}\u0000${enterprise?.id ?? enterpriseNameKey(enterpriseText)}`;
        const phoneDigits = phoneKey(phone);
        const earlier = seenNames.get(nameKey) ?? (phoneDigits ? seenPhones.get(phoneDigits) : undefined);
        if (earlier !== undefined) duplicateOf = { kind: 'row', row: earlier };
        else {
          const match = this.participants.findDuplicates({ name, enterpriseId: enterprise?.id ?? (enterpriseText ? '' : null), phone })[0];
          if (match) duplicateOf = { kind: 'existing', name: match.name, enterprise: match.enterprise };
        }
        if (!seenNames.has(nameKey)) seenNames.set(nameKey, row);
        if (phoneDigits && !seenPhones.has(phoneDigits)) seenPhones.set(phoneDigits, row);
      }

      preview.rows.push({ row, name, gender: gender ?? 'undisclosed', role: role ?? 'worker', enterpriseText, enterprise, department, phone, duplicateOf });
    });
    preview.totalRows = preview.rows.length;
    return { preview, newEnterprises };
  }
}
