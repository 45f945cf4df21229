import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

export class FacilitatorNotesRepository {
  constructor(private readonly db: Db) {}

  get(moduleId: string, sessionId: string): string {
    const row = this.db.prepare('SELECT text FROM facilitator_notes WHERE module_id = ? AND session_id = ?').get(moduleId, sessionId) as { text: string } | undefined;
    return row?.text ?? '';
  }

  save(moduleId: string, sessionId: string, text: string): void {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO facilitator_notes (id, module_id, session_id, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (module_id, session_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
      )
      .run(newId(), moduleId, sessionId, text, now, now);
  }
}
