import { AppError } from '../../../shared/api/result';
import type { Workshop, WorkshopInput, WorkshopPage, WorkshopSession, WorkshopStatus, WorkshopSummary } from '../../../shared/domain/workshops';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import type { TrainerRepository } from '../trainers/trainer-repository';

interface WorkshopRow {
  id: string;
  module_id: string;
  title: string;
  start_date: string;
  end_date: string;
  location: string;
  site_enterprise_id: string | null;
  site_name_zh: string | null;
  site_name_en: string | null;
  status: WorkshopStatus;
  hours_per_session: number;
  session_count: number;
  enrolled_count: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT w.id, w.module_id, w.title, w.start_date, w.end_date, w.location, w.site_enterprise_id,
    e.name_zh AS site_name_zh, e.name_en AS site_name_en, w.status, w.hours_per_session, w.created_at, w.updated_at,
    (SELECT count(*) FROM workshop_sessions s WHERE s.workshop_id = w.id) AS session_count,
    (SELECT count(*) FROM enrollments n WHERE n.workshop_id = w.id) AS enrolled_count
  FROM workshops w LEFT JOIN enterprises e ON e.id = w.site_enterprise_id`;

function toSummary(row: WorkshopRow): WorkshopSummary {
  return {
    id: row.id,
    moduleId: row.module_id,
    title: row.title,
    startDate: row.start_date,
    endDate: row.end_date,
    location: row.location,
    siteEnterprise: row.site_enterprise_id ? { id: row.site_enterprise_id, nameZh: row.site_name_zh ?? '', nameEn: row.site_name_en ?? '' } : null,
    status: row.status,
    sessionCount: row.session_count,
    enrolledCount: row.enrolled_count,
  };
}

/** Workshops with their trainers and half-day sessions, written together in one transaction. */
export class WorkshopRepository {
  constructor(
    private readonly db: Db,
    private readonly trainers: TrainerRepository,
  ) {}

  create(input: WorkshopInput): Workshop {
    const id = newId();
    this.db.transaction(() => {
      const now = nowIso();
      this.checked(() =>
        this.db
          .prepare(
            `INSERT INTO workshops (id, module_id, title, start_date, end_date, location, site_enterprise_id, status, hours_per_session, created_at, updated_at)
             VALUES (@id, @moduleId, @title, @startDate, @endDate, @location, @siteEnterpriseId, 'planned', @hoursPerSession, @now, @now)`,
          )
          .run({ ...input, id, now }),
      );
      this.writeTrainers(id, input.trainerNames);
      this.writeSessions(id, input.sessions);
    })();
    return this.require(id);
  }

  /** Sessions that already hold attendance marks cannot be dropped: the marks would be lost silently. */
  update(id: string, input: WorkshopInput): Workshop {
    this.db.transaction(() => {
      const result = this.checked(() =>
        this.db
          .prepare(
            `UPDATE workshops SET module_id = @moduleId, title = @title, start_date = @startDate, end_date = @endDate, location = @location,
               site_enterprise_id = @siteEnterpriseId, hours_per_session = @hoursPerSession, updated_at = @now
             WHERE id = @id`,
          )
          .run({ ...input, id, now: nowIso() }),
      );
      if (result.changes === 0) throw new AppError('NOT_FOUND');
      this.db.prepare('DELETE FROM workshop_trainers WHERE workshop_id = ?').run(id);
      this.writeTrainers(id, input.trainerNames);
      this.writeSessions(id, input.sessions);
    })();
    return this.require(id);
  }

  setStatus(id: string, status: WorkshopStatus): Workshop {
    if (this.db.prepare('UPDATE workshops SET status = ?, updated_at = ? WHERE id = ?').run(status, nowIso(), id).changes === 0) throw new AppError('NOT_FOUND');
    return this.require(id);
  }

  /** Removes the workshop with its sessions, enrollments and attendance; refused once certificates exist. */
  delete(id: string): void {
    this.db.transaction(() => {
      const { n } = this.db.prepare('SELECT count(*) AS n FROM certificates WHERE workshop_id = ?').get(id) as { n: number };
      if (n > 0) throw new AppError('WORKSHOP_CERTIFIED', { certificates: n });
      if (this.db.prepare('DELETE FROM workshops WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    })();
  }

  get(id: string): Workshop | undefined {
    const row = this.db.prepare(`${SELECT} WHERE w.id = ?`).get(id) as WorkshopRow | undefined;
    if (!row) return undefined;
    const trainerNames = (
      this.db.prepare('SELECT t.name FROM workshop_trainers wt JOIN trainers t ON t.id = wt.trainer_id WHERE wt.workshop_id = ? ORDER BY wt.created_at, t.name').all(id) as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    return { ...toSummary(row), hoursPerSession: row.hours_per_session, trainerNames, sessions: this.sessions(id), createdAt: row.created_at, updatedAt: row.updated_at };
  }

  require(id: string): Workshop {
    const workshop = this.get(id);
    if (!workshop) throw new AppError('NOT_FOUND');
    return workshop;
  }

  sessions(workshopId: string): WorkshopSession[] {
    return this.db
      .prepare(
        `SELECT s.id, s.date, s.half, (SELECT count(*) FROM attendance a WHERE a.session_id = s.id) AS marked
         FROM workshop_sessions s WHERE s.workshop_id = ? ORDER BY s.date, s.half`,
      )
      .all(workshopId) as WorkshopSession[];
  }

  /** Newest first; optionally only one status. */
  list(filter: { status?: WorkshopStatus }, page: { offset: number; limit: number }): WorkshopPage {
    const where = filter.status ? 'WHERE w.status = @status' : '';
    const params = { status: filter.status ?? null, offset: page.offset, limit: page.limit };
    const { total } = this.db.prepare(`SELECT count(*) AS total FROM workshops w ${where}`).get(params) as { total: number };
    const rows = this.db.prepare(`${SELECT} ${where} ORDER BY w.start_date DESC, w.id LIMIT @limit OFFSET @offset`).all(params) as WorkshopRow[];
    return { total, rows: rows.map(toSummary) };
  }

  countByStatus(): Record<WorkshopStatus, number> {
    const counts: Record<WorkshopStatus, number> = { planned: 0, running: 0, done: 0 };
    for (const row of this.db.prepare('SELECT status, count(*) AS n FROM workshops GROUP BY status').all() as Array<{ status: WorkshopStatus; n: number }>) counts[row.status] = row.n;
    return counts;
  }

  private writeTrainers(workshopId: string, names: readonly string[]): void {
    const insert = this.db.prepare('INSERT OR IGNORE INTO workshop_trainers (workshop_id, trainer_id, created_at) VALUES (?, ?, ?)');
    const now = nowIso();
    for (const name of names) insert.run(workshopId, this.trainers.idForName(name), now);
  }

  private writeSessions(workshopId: string, slots: WorkshopInput['sessions']): void {
    const wanted = new Set(slots.map((s) => `${s.date}/${s.half}`));
    const existing = this.sessions(workshopId);
    for (const session of existing) {
      if (wanted.has(`${session.date}/${session.half}`)) continue;
      if (session.marked > 0) throw new AppError('SESSION_HAS_ATTENDANCE', { date: session.date, half: session.half });
      this.db.prepare('DELETE FROM workshop_sessions WHERE id = ?').run(session.id);
    }
    const have = new Set(existing.map((s) => `${s.date}/${s.half}`));
    const insert = this.db.prepare('INSERT INTO workshop_sessions (id, workshop_id, date, half, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const now = nowIso();
    for (const slot of slots) if (!have.has(`${slot.date}/${slot.half}`)) insert.run(newId(), workshopId, slot.date, slot.half, now, now);
  }

  private checked<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('NOT_FOUND', { record: 'enterprise' });
      throw error;
    }
  }
}
