import { AppError } from '../../../shared/api/result';
import type { EnrolledParticipant } from '../../../shared/domain/workshops';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

interface EnrolledRow {
  id: string;
  name: string;
  gender: EnrolledParticipant['gender'];
  role: EnrolledParticipant['role'];
  department: string;
  enterprise_id: string | null;
  name_zh: string | null;
  name_en: string | null;
}

/** Who takes part in which workshop. */
export class EnrollmentRepository {
  constructor(private readonly db: Db) {}

  /** Adds the participants not yet enrolled, in one transaction; returns how many were added. */
  enroll(workshopId: string, participantIds: readonly string[]): number {
    const insert = this.db.prepare(
      `INSERT INTO enrollments (id, workshop_id, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (workshop_id, participant_id) DO NOTHING`,
    );
    return this.db.transaction(() => {
      this.requireWorkshop(workshopId);
      const now = nowIso();
      let added = 0;
      for (const participantId of participantIds) {
        try {
          added += insert.run(newId(), workshopId, participantId, now, now).changes;
        } catch (error) {
          if (error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw new AppError('NOT_FOUND', { record: 'participant' });
          throw error;
        }
      }
      return added;
    })();
  }

  enrollEnterprise(workshopId: string, enterpriseId: string): number {
    const ids = (this.db.prepare('SELECT id FROM participants WHERE enterprise_id = ?').all(enterpriseId) as Array<{ id: string }>).map((r) => r.id);
    return this.enroll(workshopId, ids);
  }

  /** Takes the participant off the workshop with their attendance marks in it; refused once certified. */
  unenroll(workshopId: string, participantId: string): void {
    this.db.transaction(() => {
      const certified = this.db.prepare('SELECT 1 FROM certificates WHERE workshop_id = ? AND participant_id = ?').get(workshopId, participantId);
      if (certified) throw new AppError('PARTICIPANT_CERTIFIED');
      this.db
        .prepare('DELETE FROM attendance WHERE participant_id = ? AND session_id IN (SELECT id FROM workshop_sessions WHERE workshop_id = ?)')
        .run(participantId, workshopId);
      if (this.db.prepare('DELETE FROM enrollments WHERE workshop_id = ? AND participant_id = ?').run(workshopId, participantId).changes === 0) {
        throw new AppError('NOT_FOUND');
      }
    })();
  }

  /** Grouped by enterprise, then in pinyin order: the order of a sign-in sheet. */
  list(workshopId: string): EnrolledParticipant[] {
    const rows = this.db
      .prepare(
        `SELECT p.id, p.name, p.gender, p.role, p.department, p.enterprise_id, e.name_zh, e.name_en
         FROM enrollments n JOIN participants p ON p.id = n.participant_id LEFT JOIN enterprises e ON e.id = p.enterprise_id
         WHERE n.workshop_id = ?
         ORDER BY e.id IS NULL, coalesce(nullif(e.name_zh, ''), e.name_en), p.sort_key, p.id`,
      )
      .all(workshopId) as EnrolledRow[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      gender: row.gender,
      role: row.role,
      department: row.department,
      enterprise: row.enterprise_id ? { id: row.enterprise_id, nameZh: row.name_zh ?? '', nameEn: row.name_en ?? '' } : null,
    }));
  }

  /** The workshops a participant is enrolled in, by id. */
  workshopIdsOf(participantId: string): string[] {
    return this.db.prepare('SELECT workshop_id FROM enrollments WHERE participant_id = ?').pluck().all(participantId) as string[];
  }

  isEnrolled(workshopId: string, participantId: string): boolean {
    return this.db.prepare('SELECT 1 FROM enrollments WHERE workshop_id = ? AND participant_id = ?').get(workshopId, participantId) !== undefined;
  }

  private requireWorkshop(workshopId: string): void {
    if (!this.db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) throw new AppError('NOT_FOUND', { record: 'workshop' });
  }
}
