import type { Migration } from './migration';

/**
 * Job titles as rosters write them (质检员, 叉车司机), and "other" as a SCORE role for titles that fit none of the
 * rest. The role CHECK can only change by rebuilding the table; every row, key and index is carried over, and the
 * tables that reference participants keep their rows (foreign keys are off during the rebuild, see Migration).
 * Existing participants get an empty job title: nothing was recorded before.
 */
export const jobTitles: Migration = {
  version: 5,
  name: 'job-titles',
  rebuildsTables: true,
  up(db) {
    db.exec(`
      CREATE TABLE participants_new (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other', 'undisclosed')),
        enterprise_id TEXT REFERENCES enterprises(id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('manager', 'supervisor', 'worker', 'eit-member', 'safety-officer', 'inspector', 'other')),
        job_title TEXT NOT NULL DEFAULT '',
        department TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        name_key TEXT NOT NULL DEFAULT '',
        sort_key TEXT NOT NULL DEFAULT '',
        phone_key TEXT NOT NULL DEFAULT ''
      ) STRICT;
      INSERT INTO participants_new (id, name, gender, enterprise_id, role, department, phone, created_at, updated_at, name_key, sort_key, phone_key)
        SELECT id, name, gender, enterprise_id, role, department, phone, created_at, updated_at, name_key, sort_key, phone_key FROM participants;
      DROP TABLE participants;
      ALTER TABLE participants_new RENAME TO participants;

      CREATE INDEX participants_enterprise ON participants(enterprise_id);
      CREATE INDEX participants_name_key ON participants(name_key);
      CREATE INDEX participants_phone_key ON participants(phone_key) WHERE phone_key <> '';
      CREATE INDEX participants_sort ON participants(sort_key, id);
      CREATE INDEX participants_enterprise_sort ON participants(enterprise_id, sort_key, id);
    `);
  },
};
