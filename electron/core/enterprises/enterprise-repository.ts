import { AppError } from '../../../shared/api/result';
import type { Enterprise, EnterpriseInput, EnterpriseSummary } from '../../../shared/domain/people';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

interface EnterpriseRow {
  id: string;
  name_zh: string;
  name_en: string;
  sector: Enterprise['sector'];
  size_band: Enterprise['sizeBand'];
  city: string;
  district: string;
  contact_name: string;
  contact_phone: string;
  workers_female: number;
  workers_male: number;
  created_at: string;
  updated_at: string;
}

const COLUMNS = `e.id, e.name_zh, e.name_en, e.sector, e.size_band, e.city, e.district, e.contact_name, e.contact_phone,
  e.workers_female, e.workers_male, e.created_at, e.updated_at`;

/** Follow-up records that need no participant, so the participant check alone would not protect them. */
const FOLLOW_UP_RECORDS = `SELECT (SELECT count(*) FROM visits WHERE enterprise_id = @id) + (SELECT count(*) FROM suggestions WHERE enterprise_id = @id)
  + (SELECT count(*) FROM improvement_projects WHERE enterprise_id = @id) + (SELECT count(*) FROM indicator_values WHERE enterprise_id = @id)
  + (SELECT count(*) FROM eit_meetings WHERE enterprise_id = @id) AS records`;

function toEnterprise(row: EnterpriseRow): Enterprise {
  return {
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    sector: row.sector,
    sizeBand: row.size_band,
    city: row.city,
    district: row.district,
    contactName: row.contact_name,
    contactPhone: row.contact_phone,
    workersFemale: row.workers_female,
    workersMale: row.workers_male,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Enterprises: a few dozen per trainer, so plain queries; the participant counts come from an index. */
export class EnterpriseRepository {
  constructor(private readonly db: Db) {}

  create(input: EnterpriseInput): Enterprise {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO enterprises (id, name_zh, name_en, sector, size_band, city, district, contact_name, contact_phone,
           workers_female, workers_male, created_at, updated_at)
         VALUES (@id, @nameZh, @nameEn, @sector, @sizeBand, @city, @district, @contactName, @contactPhone,
           @workersFemale, @workersMale, @now, @now)`,
      )
      .run({ ...input, id, now });
    return this.require(id);
  }

  update(id: string, input: EnterpriseInput): Enterprise {
    const result = this.db
      .prepare(
        `UPDATE enterprises SET name_zh = @nameZh, name_en = @nameEn, sector = @sector, size_band = @sizeBand, city = @city,
           district = @district, contact_name = @contactName, contact_phone = @contactPhone,
           workers_female = @workersFemale, workers_male = @workersMale, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...input, id, now: nowIso() });
    if (result.changes === 0) throw new AppError('NOT_FOUND');
    return this.require(id);
  }

  /** Refused while participants or follow-up records belong to it: they must not lose their enterprise silently. */
  delete(id: string): void {
    const db = this.db;
    db.transaction(() => {
      const { n } = db.prepare('SELECT count(*) AS n FROM participants WHERE enterprise_id = ?').get(id) as { n: number };
      if (n > 0) throw new AppError('ENTERPRISE_IN_USE', { participants: n });
      const { records } = db.prepare(FOLLOW_UP_RECORDS).get({ id }) as { records: number };
      if (records > 0) throw new AppError('ENTERPRISE_HAS_FOLLOW_UP', { records });
      if (db.prepare('DELETE FROM enterprises WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    })();
  }

  get(id: string): Enterprise | undefined {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM enterprises e WHERE e.id = ?`).get(id) as EnterpriseRow | undefined;
    return row && toEnterprise(row);
  }

  require(id: string): Enterprise {
    const enterprise = this.get(id);
    if (!enterprise) throw new AppError('NOT_FOUND');
    return enterprise;
  }

  list(): EnterpriseSummary[] {
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS}, (SELECT count(*) FROM participants p WHERE p.enterprise_id = e.id) AS participant_count
         FROM enterprises e ORDER BY lower(CASE WHEN e.name_en <> '' THEN e.name_en ELSE e.name_zh END), e.name_zh, e.id`,
      )
      .all() as Array<EnterpriseRow & { participant_count: number }>;
    return rows.map((row) => ({ ...toEnterprise(row), participantCount: row.participant_count }));
  }
}

/** Compares enterprise names as typed in a roster: ignoring case, full/half width and spaces. */
export function enterpriseNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}
