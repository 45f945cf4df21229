import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

export interface TrainerRecord {
  id: string;
  name: string;
  organisation: string;
}

/** The people who run workshops; a workshop names them, certificates carry their name. */
export class TrainerRepository {
  constructor(private readonly db: Db) {}

  list(): TrainerRecord[] {
    return this.db.prepare('SELECT id, name, organisation FROM trainers ORDER BY name, id').all() as TrainerRecord[];
  }

  /** The trainer with this exact name, created if there is none yet (workshop forms take names). */
  idForName(name: string): string {
    const existing = this.db.prepare('SELECT id FROM trainers WHERE name = ? ORDER BY created_at LIMIT 1').get(name) as { id: string } | undefined;
    if (existing) return existing.id;
    const id = newId();
    const now = nowIso();
    this.db.prepare("INSERT INTO trainers (id, name, organisation, created_at, updated_at) VALUES (?, ?, '', ?, ?)").run(id, name, now, now);
    return id;
  }

  /** The signature image certificates print above the trainer's name (PNG or JPEG), or null. */
  signature(name: string): Uint8Array | null {
    const row = this.db.prepare('SELECT signature_png FROM trainers WHERE name = ? AND signature_png IS NOT NULL ORDER BY created_at LIMIT 1').get(name) as
      | { signature_png: Buffer }
      | undefined;
    return row ? new Uint8Array(row.signature_png) : null;
  }

  setSignature(name: string, image: Uint8Array | null): void {
    const id = this.idForName(name);
    this.db.prepare('UPDATE trainers SET signature_png = ?, updated_at = ? WHERE id = ?').run(image ? Buffer.from(image) : null, nowIso(), id);
  }

  /** Every trainer's name and whether a signature is on file, for the certificate settings. */
  signatures(): Array<{ name: string; hasSignature: boolean }> {
    const rows = this.db.prepare('SELECT name, max(signature_png IS NOT NULL) AS has FROM trainers GROUP BY name ORDER BY name').all() as Array<{ name: string; has: number }>;
    return rows.map((row) => ({ name: row.name, hasSignature: row.has === 1 }));
  }
}
