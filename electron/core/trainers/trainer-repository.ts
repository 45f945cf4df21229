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
}
