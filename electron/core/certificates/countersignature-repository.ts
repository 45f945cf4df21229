import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import type { Countersignature } from './certificate-code';

/** Co-signers' signatures, each for one certificate number, imported from the co-signer's computer. */
export class CountersignatureRepository {
  constructor(private readonly db: Db) {}

  find(number: string): Countersignature | null {
    const row = this.db.prepare('SELECT key_id, signature FROM countersignatures WHERE number = ?').get(number) as { key_id: string; signature: string } | undefined;
    return row ? { keyId: row.key_id, signature: new Uint8Array(Buffer.from(row.signature, 'base64')) } : null;
  }

  /** Replaces any earlier countersignature of the same number (the co-signer signed again). */
  saveAll(entries: ReadonlyArray<{ number: string } & Countersignature>): void {
    const now = nowIso();
    const save = this.db.prepare(
      `INSERT INTO countersignatures (id, number, key_id, signature, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(number) DO UPDATE SET key_id = excluded.key_id, signature = excluded.signature, updated_at = excluded.updated_at`,
    );
    this.db.transaction(() => {
      for (const entry of entries) save.run(newId(), entry.number, entry.keyId, Buffer.from(entry.signature).toString('base64'), now, now);
    })();
  }
}
