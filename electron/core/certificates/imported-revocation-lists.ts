import { AppError } from '../../../shared/api/result';
import type { RevocationEntry } from '../../../shared/domain/certificates';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import type { RevocationList } from './revocation-list';

/** The newest revocation list imported for each trusted key, its signature already checked. */
export class ImportedRevocationLists {
  constructor(private readonly db: Db) {}

  /**
   * Keeps the list unless one at least as new is already kept: an old copy passed on later must not bring back a
   * certificate the trainer has since revoked.
   */
  save(list: RevocationList): void {
    const held = this.issuedAt(list.keyId);
    if (held && held >= list.issuedAt) throw new AppError('REVOCATION_LIST_OUTDATED', { held: held.slice(0, 10), offered: list.issuedAt.slice(0, 10) });
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO revocation_lists (id, key_id, issued_at, entries, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT(key_id) DO UPDATE SET issued_at = excluded.issued_at, entries = excluded.entries, updated_at = excluded.updated_at`,
      )
      .run(newId(), list.keyId, list.issuedAt, JSON.stringify(list.entries), now, now);
  }

  issuedAt(keyId: string): string | undefined {
    const row = this.db.prepare('SELECT issued_at FROM revocation_lists WHERE key_id = ?').get(keyId) as { issued_at: string } | undefined;
    return row?.issued_at;
  }

  /** The list's date and what it says about this certificate number, or undefined when no list is held. */
  lookup(keyId: string, number: string): { issuedAt: string; entry: RevocationEntry | undefined } | undefined {
    const row = this.db.prepare('SELECT issued_at, entries FROM revocation_lists WHERE key_id = ?').get(keyId) as { issued_at: string; entries: string } | undefined;
    if (!row) return undefined;
    const entries = JSON.parse(row.entries) as RevocationEntry[];
    return { issuedAt: row.issued_at, entry: entries.find((e) => e.number === number) };
  }
}
