import { AppError } from '../../../shared/api/result';
import type { Visit, VisitInput, VisitorInput } from '../../../shared/domain/follow-up/visits';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { requireParticipantsOf } from './enterprise-scope-repository';

interface VisitRow {
  id: string;
  enterprise_id: string;
  visited_on: string;
  duration_minutes: number;
  purpose: Visit['purpose'];
  module_id: string;
  notes: string;
  created_at: string;
  updated_at: string;
}

const VISIT_COLUMNS = 'id, enterprise_id, visited_on, duration_minutes, purpose, module_id, notes, created_at, updated_at';

/** Factory visits with their visitors (in the order typed) and the enterprise's people who took part. */
export class VisitRepository {
  constructor(
    private readonly db: Db,
    /** Removes photo files no record links any more: run after every delete that may cascade to photo links. */
    private readonly collectPhotos: () => void,
  ) {}

  create(input: VisitInput): Visit {
    const id = newId();
    this.db.transaction(() => {
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO visits (id, enterprise_id, visited_on, duration_minutes, purpose, module_id, notes, created_at, updated_at)
           VALUES (@id, @enterpriseId, @visitedOn, @durationMinutes, @purpose, @moduleId, @notes, @now, @now)`,
        )
        .run({ ...input, id, now });
      this.writePeople(id, input, now);
    })();
    return this.require(id);
  }

  /** The enterprise of a visit never changes: its findings and actions belong there. */
  update(id: string, input: VisitInput): Visit {
    this.db.transaction(() => {
      const now = nowIso();
      const result = this.db
        .prepare(
          `UPDATE visits SET visited_on = @visitedOn, duration_minutes = @durationMinutes, purpose = @purpose, module_id = @moduleId,
             notes = @notes, updated_at = @now
           WHERE id = @id AND enterprise_id = @enterpriseId`,
        )
        .run({ ...input, id, now });
      if (result.changes === 0) throw new AppError('NOT_FOUND');
      this.db.prepare('DELETE FROM visit_visitors WHERE visit_id = ?').run(id);
      this.db.prepare('DELETE FROM visit_participants WHERE visit_id = ?').run(id);
      this.writePeople(id, input, now);
    })();
    return this.require(id);
  }

  /** Removes the visit with its checklists, findings and their actions (the schema cascades); photos are collected after. */
  delete(id: string): void {
    if (this.db.prepare('DELETE FROM visits WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    this.collectPhotos();
  }

  get(id: string): Visit | undefined {
    const row = this.db.prepare(`SELECT ${VISIT_COLUMNS} FROM visits WHERE id = ?`).get(id) as VisitRow | undefined;
    return row && this.toVisit(row);
  }

  require(id: string): Visit {
    const visit = this.get(id);
    if (!visit) throw new AppError('NOT_FOUND');
    return visit;
  }

  /** Newest first. */
  list(enterpriseId: string): Visit[] {
    const rows = this.db
      .prepare(`SELECT ${VISIT_COLUMNS} FROM visits WHERE enterprise_id = ? ORDER BY visited_on DESC, created_at DESC`)
      .all(enterpriseId) as VisitRow[];
    return rows.map((row) => this.toVisit(row));
  }

  /** The visit before this one at the same enterprise (by day, then by when it was recorded). */
  previous(visit: Pick<Visit, 'id' | 'enterpriseId' | 'visitedOn' | 'createdAt'>): Visit | undefined {
    const row = this.db
      .prepare(
        `SELECT ${VISIT_COLUMNS} FROM visits
         WHERE enterprise_id = @enterpriseId AND id <> @id AND (visited_on < @visitedOn OR (visited_on = @visitedOn AND created_at < @createdAt))
         ORDER BY visited_on DESC, created_at DESC LIMIT 1`,
      )
      .get(visit) as VisitRow | undefined;
    return row && this.toVisit(row);
  }

  private writePeople(visitId: string, input: VisitInput, now: string): void {
    const participantIds = [...new Set(input.participantIds)];
    requireParticipantsOf(this.db, input.enterpriseId, participantIds, 'participantIds');
    const visitor = this.db.prepare(
      `INSERT INTO visit_visitors (id, visit_id, position, name, role, organisation, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    input.visitors.forEach((v, position) => visitor.run(newId(), visitId, position, v.name, v.role, v.organisation, now, now));
    const person = this.db.prepare('INSERT INTO visit_participants (visit_id, participant_id, created_at) VALUES (?, ?, ?)');
    for (const participantId of participantIds) person.run(visitId, participantId, now);
  }

  private toVisit(row: VisitRow): Visit {
    const visitors = this.db
      .prepare('SELECT name, role, organisation FROM visit_visitors WHERE visit_id = ? ORDER BY position')
      .all(row.id) as VisitorInput[];
    const participantIds = this.db
      .prepare('SELECT participant_id FROM visit_participants WHERE visit_id = ? ORDER BY participant_id')
      .pluck()
      .all(row.id) as string[];
    return {
      id: row.id,
      enterpriseId: row.enterprise_id,
      visitedOn: row.visited_on,
      durationMinutes: row.duration_minutes,
      purpose: row.purpose,
      moduleId: row.module_id,
      visitors,
      participantIds,
      notes: row.notes,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
