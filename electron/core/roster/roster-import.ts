import { AppError } from '../../../shared/api/result';
import { BLANK_ENTERPRISE, type Participant, type ParticipantInput } from '../../../shared/domain/people';
import type { RosterField, RosterImportResult, RosterOptions, RosterPreview, RosterRow } from '../../../shared/domain/roster';
import type { DatabaseRepository } from '../db/database-repository';
import { enterpriseNameKey, type EnterpriseRepository } from '../enterprises/enterprise-repository';
import type { ParticipantRepository } from '../participants/participant-repository';
import type { EnrollmentRepository } from '../workshops/enrollment-repository';
import { readRosterTable } from './read-table';
import { checkRoster } from './roster-check';

const HAN = /\p{Script=Han}/u;

/**
 * Reads a roster, checks every row, and imports it in one transaction: all rows or none. The same checks run
 * for the preview and for the import, so what the trainer saw is what is written.
 */
export class RosterImporter {
  constructor(
    private readonly database: DatabaseRepository,
    private readonly enterprises: EnterpriseRepository,
    private readonly participants: ParticipantRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  async preview(bytes: Uint8Array, options: RosterOptions): Promise<RosterPreview> {
    return checkRoster(await readRosterTable(bytes), options, this.enterprises, this.participants).preview;
  }

  async import(bytes: Uint8Array, options: RosterOptions): Promise<RosterImportResult> {
    const { preview, newEnterprises, filled } = checkRoster(await readRosterTable(bytes), options, this.enterprises, this.participants);
    if (preview.mapping.name === null) throw new AppError('ROSTER_NO_NAME_COLUMN');
    if (preview.issues.length > 0) {
      const [first] = preview.issues;
      throw new AppError('IMPORT_INVALID', { count: preview.issues.length, row: first!.row, field: first!.field, problem: first!.problem, issues: preview.issues.slice(0, 100) });
    }
    if (preview.rows.length === 0) throw new AppError('ROSTER_EMPTY');
    return this.database.transaction(() => {
      const created = new Map<string, string>();
      for (const [key, name] of newEnterprises) {
        const zh = HAN.test(name);
        const enterprise = this.enterprises.create({ ...BLANK_ENTERPRISE, nameZh: zh ? name : '', nameEn: zh ? '' : name });
        created.set(key, enterprise.id);
      }
      const enterpriseId = (row: RosterRow) => row.enterprise?.id || created.get(enterpriseNameKey(row.enterpriseText)) || null;
      const toCreate = preview.rows.filter((row) => row.action === 'create');
      const ids = this.participants.createMany(
        toCreate.map((row) => ({ name: row.name, gender: row.gender, role: row.role, jobTitle: row.jobTitle, department: row.department, phone: row.phone, enterpriseId: enterpriseId(row) })),
      );
      // A person already on the list who is on this roster belongs in the workshop too, updated or not.
      const known: string[] = [];
      let updated = 0;
      for (const row of preview.rows) {
        if (row.duplicateOf?.kind !== 'existing') continue;
        const person = row.duplicateOf.person;
        if (row.action === 'update') {
          this.participants.update(person.id, merged(person, row, filled.get(row.row) ?? new Set(), enterpriseId(row)));
          updated += 1;
        }
        if (row.action !== 'create') known.push(person.id);
      }
      const enrolled = options.enrollInWorkshopId ? this.enrollments.enroll(options.enrollInWorkshopId, [...ids, ...known]) : 0;
      return { imported: ids.length, updated, skipped: preview.rows.filter((r) => r.action === 'skip').length, createdEnterprises: created.size, enrolled };
    });
  }
}

/** The existing record with what the row says: a cell left empty keeps what the record has. */
function merged(person: Participant, row: RosterRow, filled: ReadonlySet<RosterField>, enterpriseId: string | null): ParticipantInput {
  const has = (field: RosterField) => filled.has(field);
  return {
    name: has('name') ? row.name : person.name,
    gender: has('gender') ? row.gender : person.gender,
    role: has('role') || has('jobTitle') ? row.role : person.role,
    jobTitle: has('jobTitle') ? row.jobTitle : person.jobTitle,
    department: has('department') ? row.department : person.department,
    phone: has('phone') ? row.phone : person.phone,
    enterpriseId: enterpriseId ?? person.enterpriseId,
  };
}
