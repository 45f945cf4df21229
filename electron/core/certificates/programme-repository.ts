import { AppError } from '../../../shared/api/result';
import type { ProgrammeSummary } from '../../../shared/domain/programmes';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

interface WorkshopRow {
  programme_id: string;
  id: string;
  title: string;
  module_id: string;
  start_date: string;
  end_date: string;
  status: string;
}

/** Programme records: a title and the workshops that make it up, in the order certificates list them. */
export class ProgrammeRepository {
  constructor(private readonly db: Db) {}

  list(): ProgrammeSummary[] {
    const programmes = this.db
      .prepare('SELECT p.id, p.title, (SELECT count(*) FROM programme_certificates c WHERE c.programme_id = p.id) AS issued FROM programmes p ORDER BY p.created_at DESC, p.id')
      .all() as Array<{ id: string; title: string; issued: number }>;
    const workshops = this.db
      .prepare(
        `SELECT pw.programme_id, w.id, w.title, w.module_id, w.start_date, w.end_date, w.status FROM programme_workshops pw
         JOIN workshops w ON w.id = pw.workshop_id ORDER BY pw.position`,
      )
      .all() as WorkshopRow[];
    return programmes.map((p) => ({
      id: p.id,
      title: p.title,
      issued: p.issued,
      workshops: workshops
        .filter((w) => w.programme_id === p.id)
        .map((w) => ({ id: w.id, title: w.title, moduleId: w.module_id, startDate: w.start_date, endDate: w.end_date, finished: w.status === 'done' })),
    }));
  }

  require(id: string): ProgrammeSummary {
    const programme = this.list().find((p) => p.id === id);
    if (!programme) throw new AppError('NOT_FOUND', { programmeId: id });
    return programme;
  }

  create(title: string, workshopIds: readonly string[]): ProgrammeSummary {
    const id = newId();
    const now = nowIso();
    this.db.transaction(() => {
      this.db.prepare('INSERT INTO programmes (id, title, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, title, now, now);
      const add = this.db.prepare('INSERT INTO programme_workshops (id, programme_id, workshop_id, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      workshopIds.forEach((workshopId, position) => {
        if (!this.db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) throw new AppError('NOT_FOUND', { workshopId });
        add.run(newId(), id, workshopId, position, now, now);
      });
    })();
    return this.require(id);
  }
}
