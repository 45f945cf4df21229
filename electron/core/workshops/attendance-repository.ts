import { AppError } from '../../../shared/api/result';
import type { AttendanceSheet, AttendanceStatus } from '../../../shared/domain/workshops';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import type { EnrollmentRepository } from './enrollment-repository';
import type { WorkshopRepository } from './workshop-repository';

/** Attendance per half-day session: one mark per enrolled participant, or none yet. */
export class AttendanceRepository {
  constructor(
    private readonly db: Db,
    private readonly workshops: WorkshopRepository,
    private readonly enrollments: EnrollmentRepository,
  ) {}

  /** Sets one cell; `null` clears it. Only enrolled participants can be marked. */
  set(sessionId: string, participantId: string, status: AttendanceStatus | null): void {
    this.db.transaction(() => {
      const workshopId = this.workshopOf(sessionId);
      if (!this.enrollments.isEnrolled(workshopId, participantId)) throw new AppError('NOT_ENROLLED');
      if (status === null) {
        this.db.prepare('DELETE FROM attendance WHERE session_id = ? AND participant_id = ?').run(sessionId, participantId);
        return;
      }
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id, participant_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
        )
        .run(newId(), sessionId, participantId, status, now, now);
    })();
  }

  /** Marks everyone enrolled who has no mark yet in this session as present; returns how many were marked. */
  markAllPresent(sessionId: string): number {
    return this.db.transaction(() => {
      const workshopId = this.workshopOf(sessionId);
      const now = nowIso();
      const missing = this.db
        .prepare(
          `SELECT n.participant_id AS id FROM enrollments n
           WHERE n.workshop_id = ? AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = ? AND a.participant_id = n.participant_id)`,
        )
        .all(workshopId, sessionId) as Array<{ id: string }>;
      const insert = this.db.prepare("INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at) VALUES (?, ?, ?, 'present', ?, ?)");
      for (const { id } of missing) insert.run(newId(), sessionId, id, now, now);
      return missing.length;
    })();
  }

  sheet(workshopId: string): AttendanceSheet {
    this.workshops.require(workshopId);
    const sessions = this.workshops.sessions(workshopId);
    const participants = this.enrollments.list(workshopId);
    const marks: AttendanceSheet['marks'] = {};
    const rows = this.db
      .prepare(
        `SELECT a.participant_id, a.session_id, a.status FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id
         WHERE s.workshop_id = ? AND EXISTS (SELECT 1 FROM enrollments n WHERE n.workshop_id = s.workshop_id AND n.participant_id = a.participant_id)`,
      )
      .all(workshopId) as Array<{ participant_id: string; session_id: string; status: AttendanceStatus }>;
    for (const row of rows) (marks[row.participant_id] ??= {})[row.session_id] = row.status;
    return { workshopId, sessions, participants, marks };
  }

  private workshopOf(sessionId: string): string {
    const row = this.db.prepare('SELECT workshop_id FROM workshop_sessions WHERE id = ?').get(sessionId) as { workshop_id: string } | undefined;
    if (!row) throw new AppError('NOT_FOUND', { record: 'session' });
    return row.workshop_id;
  }
}
