import type { Migration } from './migration';

/**
 * Certificates after printing. A reissued certificate's old record moves to replaced_certificates (history is
 * never deleted; the certificates row becomes the corrected one, so each participant still has one current
 * certificate per workshop). Revocations keep their reason. Imported keys carry their owner's name and
 * organisation and may be withdrawn from a date; each key may have one imported revocation list, the newest.
 * A co-signer's own signature, made on their computer, is kept per certificate number. A trainer may have a title that certificates print under their name. A programme lists the workshops a participant must complete for one programme certificate.
 */
export const certificateLifetime: Migration = {
  version: 7,
  name: 'certificate-lifetime',
  up(db) {
    db.exec(`
      CREATE TABLE replaced_certificates (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE RESTRICT,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE RESTRICT,
        issued_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        signature TEXT NOT NULL,
        replaced_by TEXT NOT NULL,
        replaced_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE countersignatures (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        key_id TEXT NOT NULL CHECK (length(key_id) = 8),
        signature TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE certificate_revocations (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        reason TEXT NOT NULL,
        revoked_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE trainers ADD COLUMN title TEXT NOT NULL DEFAULT '';

      ALTER TABLE trusted_keys ADD COLUMN trainer_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE trusted_keys ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
      ALTER TABLE trusted_keys ADD COLUMN withdrawn_from TEXT;

      CREATE TABLE revocation_lists (
        id TEXT PRIMARY KEY,
        key_id TEXT NOT NULL UNIQUE REFERENCES trusted_keys(key_id) ON DELETE CASCADE,
        issued_at TEXT NOT NULL,
        entries TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE programmes (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE programme_workshops (
        id TEXT PRIMARY KEY,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (programme_id, workshop_id)
      ) STRICT;
      CREATE INDEX programme_workshops_workshop ON programme_workshops(workshop_id);

      CREATE TABLE programme_certificates (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE RESTRICT,
        programme_id TEXT NOT NULL REFERENCES programmes(id) ON DELETE RESTRICT,
        issued_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        signature TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (participant_id, programme_id)
      ) STRICT;
    `);
  },
};
