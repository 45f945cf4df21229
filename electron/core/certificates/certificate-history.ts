import { AppError } from '../../../shared/api/result';
import type { RevocationEntry } from '../../../shared/domain/certificates';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

/**
 * What happened to this installation's certificates after issue: replaced by a corrected one, or revoked. Nothing
 * here is ever deleted; it is the source of the revocation list this installation signs.
 */
export class CertificateHistory {
  constructor(private readonly db: Db) {}

  replacement(number: string): { by: string; on: string } | undefined {
    const row = this.db.prepare('SELECT replaced_by, replaced_at FROM replaced_certificates WHERE number = ?').get(number) as
      | { replaced_by: string; replaced_at: string }
      | undefined;
    return row && { by: row.replaced_by, on: row.replaced_at.slice(0, 10) };
  }

  revocation(number: string): { on: string; reason: string } | undefined {
    const row = this.db.prepare('SELECT reason, revoked_at FROM certificate_revocations WHERE number = ?').get(number) as { reason: string; revoked_at: string } | undefined;
    return row && { on: row.revoked_at.slice(0, 10), reason: row.reason };
  }

  /** Revokes a current workshop or programme certificate of this installation. */
  revoke(number: string, reason: string): void {
    const current = this.db.prepare('SELECT 1 FROM certificates WHERE number = ? UNION ALL SELECT 1 FROM programme_certificates WHERE number = ?').get(number, number);
    if (!current) throw new AppError('NOT_FOUND', { number });
    if (this.revocation(number)) throw new AppError('CERTIFICATE_REVOKED', { number });
    const now = nowIso();
    this.db.prepare('INSERT INTO certificate_revocations (id, number, reason, revoked_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(newId(), number, reason, now, now, now);
  }

  /** Keeps the old certificate's record when a corrected one takes its place. Call inside the reissue transaction. */
  recordReplaced(
    old: { number: string; participant_id: string; workshop_id: string; issued_at: string; payload: string; signature: string },
    by: string,
    at: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO replaced_certificates (id, number, participant_id, workshop_id, issued_at, payload, signature, replaced_by, replaced_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(newId(), old.number, old.participant_id, old.workshop_id, old.issued_at, old.payload, old.signature, by, at, at, at);
  }

  /** Everything the revocation list carries, oldest first. */
  entries(): RevocationEntry[] {
    const revoked = this.db.prepare('SELECT number, reason, revoked_at FROM certificate_revocations ORDER BY revoked_at, number').all() as Array<{
      number: string;
      reason: string;
      revoked_at: string;
    }>;
    const replaced = this.db.prepare('SELECT number, replaced_by, replaced_at FROM replaced_certificates ORDER BY replaced_at, number').all() as Array<{
      number: string;
      replaced_by: string;
      replaced_at: string;
    }>;
    return [
      ...revoked.map((r): RevocationEntry => ({ number: r.number, kind: 'revoked', on: r.revoked_at.slice(0, 10), reason: r.reason })),
      ...replaced.map((r): RevocationEntry => ({ number: r.number, kind: 'replaced', on: r.replaced_at.slice(0, 10), by: r.replaced_by })),
    ];
  }
}
