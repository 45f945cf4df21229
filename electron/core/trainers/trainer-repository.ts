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

  /** What certificates print under the trainer's name instead of "Trainer" (co-trainer, labour inspector); '' for none. */
  title(name: string): string {
    const row = this.db.prepare("SELECT title FROM trainers WHERE name = ? AND title <> '' ORDER BY created_at LIMIT 1").get(name) as { title: string } | undefined;
    return row?.title ?? '';
  }

  setTitle(name: string, title: string): void {
    this.db.prepare('UPDATE trainers SET title = ?, updated_at = ? WHERE id = ?').run(title, nowIso(), this.idForName(name));
  }

  setSignature(name: string, image: Uint8Array | null): void {
    const id = this.idForName(name);
    this.db.prepare('UPDATE trainers SET signature_png = ?, updated_at = ? WHERE id = ?').run(image ? Buffer.from(image) : null, nowIso(), id);
  }

  /** Every trainer's name and whether a signature is on file, for the certificate settings. */
  signatures(): Array<{ name: string; title: string; hasSignature: boolean }> {
    const rows = this.db
      .prepare('SELECT name, max(title) AS title, max(signature_png IS NOT NULL) AS has FROM trainers GROUP BY name ORDER BY name')
      .all() as Array<{ name: string; title: string; has: number }>;
    return rows.map((row) => ({ name: row.name, title: row.title, hasSignature: row.has === 1 }));
  }
}
