import { DEFAULT_CERTIFICATE_RULES, type CertificateRules } from '../../../shared/domain/certificates';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

/** Each workshop's eligibility rules; a workshop without its own uses the defaults. */
export class CertificateRulesRepository {
  constructor(private readonly db: Db) {}

  get(workshopId: string): CertificateRules {
    const row = this.db.prepare('SELECT min_attendance_percent, require_post_test_passed FROM certificate_rules WHERE workshop_id = ?').get(workshopId) as
      | { min_attendance_percent: number; require_post_test_passed: number }
      | undefined;
    return row ? { minAttendancePercent: row.min_attendance_percent, requirePostTestPassed: row.require_post_test_passed === 1 } : { ...DEFAULT_CERTIFICATE_RULES };
  }

  set(workshopId: string, rules: CertificateRules): void {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO certificate_rules (id, workshop_id, min_attendance_percent, require_post_test_passed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(workshop_id) DO UPDATE SET min_attendance_percent = excluded.min_attendance_percent,
           require_post_test_passed = excluded.require_post_test_passed, updated_at = excluded.updated_at`,
      )
      .run(newId(), workshopId, rules.minAttendancePercent, Number(rules.requirePostTestPassed), now, now);
  }
}
