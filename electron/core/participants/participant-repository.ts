import { AppError } from '../../../shared/api/result';
import type {
  DuplicateMatch,
  EnterpriseName,
  Participant,
  ParticipantInput,
  ParticipantPage,
  ParticipantSummary,
} from '../../../shared/domain/people';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { nameKey, nameKeys, participantSearchText, phoneKey } from './name-index';
import { buildMatchQuery } from './search-query';

interface ParticipantRow {
  id: string;
  name: string;
  gender: Participant['gender'];
  enterprise_id: string | null;
  role: Participant['role'];
  job_title: string;
  department: string;
  phone: string;
  created_at: string;
  updated_at: string;
  e_name_zh: string | null;
  e_name_en: string | null;
}

const COLUMNS = `p.id, p.name, p.gender, p.enterprise_id, p.role, p.job_title, p.department, p.phone, p.created_at, p.updated_at,
  e.name_zh AS e_name_zh, e.name_en AS e_name_en`;
const FROM_ALL = 'participants p LEFT JOIN enterprises e ON e.id = p.enterprise_id';
/** Search starts from the full-text index, so a rare name never scans the whole table. */
const FROM_MATCH = `participants_fts f JOIN participant_search s ON s.doc = f.rowid JOIN participants p ON p.id = s.participant_id
  LEFT JOIN enterprises e ON e.id = p.enterprise_id`;
const SELECT = `SELECT ${COLUMNS} FROM ${FROM_ALL}`;

/**
 * Duplicates by name: the same name in the same enterprise (or where either has none), unless both have phones
 * and they differ. Two plain queries rather than one UNION: a roster check runs them for every row, and the
 * UNION's temporary b-trees cost a third more.
 */
export const DUPLICATES_BY_NAME = `${SELECT} WHERE p.name_key = @nameKey AND (@enterpriseId IS NULL OR p.enterprise_id IS NULL OR p.enterprise_id = @enterpriseId)
  AND (@phone = '' OR p.phone_key = '' OR p.phone_key = @phone) AND p.id IS NOT @excludeId LIMIT 20`;
/**
 * Duplicates by phone. The phone index is partial (phone_key <> ''), and SQLite uses it only when the query
 * states that condition itself: it cannot know a bound @phone is not empty. Without the literal term every lookup
 * scans the whole table, and a 5,000-row roster checked against 20,000 people takes 23 s instead of 0.3 s.
 */
export const DUPLICATES_BY_PHONE = `${SELECT} WHERE @phone <> '' AND p.phone_key <> '' AND p.phone_key = @phone AND p.id IS NOT @excludeId LIMIT 20`;

function enterpriseOf(row: ParticipantRow): EnterpriseName | null {
  return row.enterprise_id ? { id: row.enterprise_id, nameZh: row.e_name_zh ?? '', nameEn: row.e_name_en ?? '' } : null;
}

function toParticipant(row: ParticipantRow): Participant {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    enterpriseId: row.enterprise_id,
    role: row.role,
    jobTitle: row.job_title,
    department: row.department,
    phone: row.phone,
    enterprise: enterpriseOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toSummary(row: ParticipantRow): ParticipantSummary {
  return { id: row.id, name: row.name, gender: row.gender, role: row.role, enterprise: enterpriseOf(row) };
}

export type DuplicateQuery = Pick<ParticipantInput, 'name' | 'enterpriseId' | 'phone'>;

export interface ParticipantFilter {
  /** Name as typed: Chinese characters, pinyin (full or initials) or a Latin name. */
  query?: string;
  enterpriseId?: string;
}

/**
 * Participants and their search index, always written together in one transaction.
 *
 * Reusable beyond the trainer area: `create` makes a learner profile, `search` finds people by name and returns
 * no phone numbers, so it can back a public picker.
 */
export class ParticipantRepository {
  constructor(private readonly db: Db) {}

  create(input: ParticipantInput): Participant {
    const [id] = this.createMany([input]);
    return this.require(id!);
  }

  /** Several participants in one transaction: all are written or none (a roster import). */
  createMany(inputs: readonly ParticipantInput[]): string[] {
    const db = this.db;
    const insert = db.prepare(
      `INSERT INTO participants (id, name, gender, enterprise_id, role, job_title, department, phone, name_key, sort_key, phone_key, created_at, updated_at)
       VALUES (@id, @name, @gender, @enterpriseId, @role, @jobTitle, @department, @phone, @nameKey, @sortKey, @phoneKey, @now, @now)`,
    );
    const index = db.prepare('INSERT INTO participant_search (participant_id, tokens) VALUES (?, ?)');
    return db.transaction(() => {
      const now = nowIso();
      return inputs.map((input) => {
        const id = newId();
        const keys = nameKeys(input.name);
        runChecked(() => insert.run({ ...input, id, now, nameKey: keys.nameKey, sortKey: keys.sortKey, phoneKey: phoneKey(input.phone) }));
        index.run(id, participantSearchText(input));
        return id;
      });
    })();
  }

  update(id: string, input: ParticipantInput): Participant {
    const db = this.db;
    const keys = nameKeys(input.name);
    db.transaction(() => {
      const result = runChecked(() =>
        db
          .prepare(
            `UPDATE participants SET name = @name, gender = @gender, enterprise_id = @enterpriseId, role = @role,
               job_title = @jobTitle, department = @department, phone = @phone, name_key = @nameKey, sort_key = @sortKey, phone_key = @phoneKey,
               updated_at = @now
             WHERE id = @id`,
          )
          .run({ ...input, id, now: nowIso(), nameKey: keys.nameKey, sortKey: keys.sortKey, phoneKey: phoneKey(input.phone) }),
      );
      if (result.changes === 0) throw new AppError('NOT_FOUND');
      db.prepare('UPDATE participant_search SET tokens = ? WHERE participant_id = ?').run(participantSearchText(input), id);
    })();
    return this.require(id);
  }

  /**
   * Removes the person with their attendance and test results (the schema cascades); refused once certified, or
   * while on an improvement team (the team's history and the owners of actions need the person).
   */
  delete(id: string): void {
    const db = this.db;
    const { n } = db
      .prepare('SELECT (SELECT count(*) FROM certificates WHERE participant_id = ?) + (SELECT count(*) FROM programme_certificates WHERE participant_id = ?) AS n')
      .get(id, id) as { n: number };
    if (n > 0) throw new AppError('PARTICIPANT_CERTIFIED');
    if (db.prepare('SELECT 1 FROM eit_members WHERE participant_id = ?').get(id)) throw new AppError('PARTICIPANT_ON_TEAM');
    if (db.prepare('DELETE FROM participants WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
  }

  get(id: string): Participant | undefined {
    const row = this.db.prepare(`${SELECT} WHERE p.id = ?`).get(id) as ParticipantRow | undefined;
    return row && toParticipant(row);
  }

  require(id: string): Participant {
    const participant = this.get(id);
    if (!participant) throw new AppError('NOT_FOUND');
    return participant;
  }

  /**
   * Finds people by name: 张伟, "zhangwei", "zw" and "Maria" (any case) all work. Exact names come first, then
   * pinyin order. Returns no phone numbers.
   */
  search(text: string, options: { limit?: number; enterpriseId?: string } = {}): ParticipantSummary[] {
    const match = buildMatchQuery(text);
    if (match === null) return [];
    const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM ${FROM_MATCH}
         WHERE participants_fts MATCH @match AND (@enterpriseId IS NULL OR p.enterprise_id = @enterpriseId)
         ORDER BY p.name_key = @exact DESC, p.sort_key, p.id
         LIMIT @limit`,
      )
      .all({ match, enterpriseId: options.enterpriseId ?? null, exact: nameKeys(text).nameKey, limit }) as ParticipantRow[];
    return rows.map(toSummary);
  }

  /** One page of the trainer's list, in pinyin order, optionally narrowed by a name search and an enterprise. */
  list(filter: ParticipantFilter, page: { offset: number; limit: number }): ParticipantPage {
    const db = this.db;
    const match = filter.query ? buildMatchQuery(filter.query) : null;
    if (filter.query && match === null) return { total: 0, offset: page.offset, rows: [] };
    const where: string[] = [];
    const params: Record<string, unknown> = { offset: page.offset, limit: page.limit };
    if (match !== null) {
      where.push('participants_fts MATCH @match');
      params.match = match;
    }
    if (filter.enterpriseId) {
      where.push('p.enterprise_id = @enterpriseId');
      params.enterpriseId = filter.enterpriseId;
    }
    // Only ids are paged (from a covering index, or the full-text matches); the rows are read for the one page.
    // Skipping 90,000 rows then costs index steps, not 90,000 row reads and joins.
    const ids = match !== null ? 'participants_fts f JOIN participant_search s ON s.doc = f.rowid JOIN participants p ON p.id = s.participant_id' : 'participants p';
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const { total } = db.prepare(`SELECT count(*) AS total FROM ${ids} ${clause}`).get(params) as { total: number };
    const rows = db
      .prepare(
        `SELECT ${COLUMNS} FROM ${FROM_ALL}
         WHERE p.id IN (SELECT p.id FROM ${ids} ${clause} ORDER BY p.sort_key, p.id LIMIT @limit OFFSET @offset)
         ORDER BY p.sort_key, p.id`,
      )
      .all(params) as ParticipantRow[];
    return { total, offset: page.offset, rows: rows.map(toParticipant) };
  }

  /**
   * People who may be the same person. A phone number decides when both records have one: the same phone is the
   * same person however the name is written, and the same name with a different phone is someone else (two
   * 李堃 in one factory). Without a phone on either side, the same name (ignoring case, width and spaces) in the
   * same enterprise, or where either has none, is a likely duplicate. Phone matches come first.
   */
  findDuplicates(input: DuplicateQuery, excludeId?: string): DuplicateMatch[] {
    return this.duplicateFinder()(input, excludeId);
  }

  /**
   * `findDuplicates` with its statements prepared once, for a caller that asks for many people in one synchronous
   * run (a roster check asks for each of up to 5,000 rows, and preparing these queries costs more than running them).
   * Use it within that run only: a restore replaces the connection the statements belong to.
   */
  duplicateFinder(): (input: DuplicateQuery, excludeId?: string) => DuplicateMatch[] {
    const byName = this.db.prepare(DUPLICATES_BY_NAME);
    const byPhone = this.db.prepare(DUPLICATES_BY_PHONE);
    return (input, excludeId) => {
      const phone = phoneKey(input.phone);
      const params = { nameKey: nameKey(input.name), enterpriseId: input.enterpriseId, phone, excludeId: excludeId ?? null };
      const rows = new Map<string, ParticipantRow>();
      for (const row of [...(byPhone.all(params) as ParticipantRow[]), ...(byName.all(params) as ParticipantRow[])]) rows.set(row.id, row);
      // Phone matches come first by construction; a row found both ways keeps its first place.
      return [...rows.values()].slice(0, 20).map((row): DuplicateMatch => ({
        id: row.id,
        name: row.name,
        enterprise: enterpriseOf(row),
        reason: phone !== '' && phoneKey(row.phone) === phone ? 'phone' : 'name',
      }));
    };
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }).n;
  }
}

/** A missing enterprise shows up as a foreign key failure; the caller learns which record is missing. */
function runChecked<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('NOT_FOUND', { record: 'enterprise' });
    throw error;
  }
}
