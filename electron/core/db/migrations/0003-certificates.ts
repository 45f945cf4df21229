import type { Migration } from './migration';

/**
 * Certificates: the eligibility rules of each workshop, the public keys of other trainers whose certificates
 * this installation can verify, and the seed of each workshop's paper test (so the printed paper and the typed
 * answers draw the same questions). The certificates table itself is in 0001.
 */
export const certificatesSchema: Migration = {
  version: 3,
  name: 'certificates',
  up(db) {
    db.exec(`
      CREATE TABLE certificate_rules (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL UNIQUE REFERENCES workshops(id) ON DELETE CASCADE,
        min_attendance_percent INTEGER NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
        require_post_test_passed INTEGER NOT NULL CHECK (require_post_test_passed IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE trusted_keys (
        id TEXT PRIMARY KEY,
        key_id TEXT NOT NULL UNIQUE CHECK (length(key_id) = 8),
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE paper_test_seeds (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('pre', 'post')),
        seed INTEGER NOT NULL CHECK (seed BETWEEN 0 AND 4294967295),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (workshop_id, kind)
      ) STRICT;

      CREATE INDEX certificates_workshop ON certificates(workshop_id);
    `);
  },
};
