import type { Migration } from './migration';

/** A trainer's own notes for each session of a module's facilitator guide, kept between workshops. */
export const facilitatorNotes: Migration = {
  version: 4,
  name: 'facilitator-notes',
  up(db) {
    db.exec(`
      CREATE TABLE facilitator_notes (
        id TEXT PRIMARY KEY,
        module_id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (module_id, session_id)
      ) STRICT;
    `);
  },
};
