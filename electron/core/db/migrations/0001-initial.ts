import type { Migration } from './migration';

/**
 * Every record has a UUID key and created/updated timestamps (ISO 8601, UTC) so that data from several
 * trainers' machines can later be merged without key clashes.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE enterprises (
        id TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        sector TEXT NOT NULL CHECK (sector IN ('manufacturing', 'chemicals', 'textiles', 'other')),
        size_band TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        district TEXT NOT NULL DEFAULT '',
        contact_name TEXT NOT NULL DEFAULT '',
        contact_phone TEXT NOT NULL DEFAULT '',
        workers_female INTEGER NOT NULL DEFAULT 0 CHECK (workers_female >= 0),
        workers_male INTEGER NOT NULL DEFAULT 0 CHECK (workers_male >= 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (name_zh <> '' OR name_en <> '')
      ) STRICT;

      CREATE TABLE participants (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        gender TEXT NOT NULL CHECK (gender IN ('female', 'male', 'other', 'undisclosed')),
        enterprise_id TEXT REFERENCES enterprises(id) ON DELETE RESTRICT,
        role TEXT NOT NULL CHECK (role IN ('manager', 'supervisor', 'worker', 'eit-member', 'safety-officer', 'inspector')),
        department TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX participants_enterprise ON participants(enterprise_id);

      CREATE TABLE trainers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (name <> ''),
        organisation TEXT NOT NULL DEFAULT '',
        signature_png BLOB,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE workshops (
        id TEXT PRIMARY KEY,
        module_id TEXT NOT NULL,
        title TEXT NOT NULL CHECK (title <> ''),
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        site_enterprise_id TEXT REFERENCES enterprises(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'done')),
        hours_per_session REAL NOT NULL DEFAULT 3.5 CHECK (hours_per_session > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (end_date >= start_date)
      ) STRICT;

      CREATE TABLE workshop_trainers (
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        trainer_id TEXT NOT NULL REFERENCES trainers(id) ON DELETE RESTRICT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (workshop_id, trainer_id)
      ) STRICT;

      -- Half-day granularity: a two-day workshop has four sessions.
      CREATE TABLE workshop_sessions (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        half TEXT NOT NULL CHECK (half IN ('am', 'pm')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (workshop_id, date, half)
      ) STRICT;

      CREATE TABLE enrollments (
        id TEXT PRIMARY KEY,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (workshop_id, participant_id)
      ) STRICT;
      CREATE INDEX enrollments_participant ON enrollments(participant_id);

      CREATE TABLE attendance (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES workshop_sessions(id) ON DELETE CASCADE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (session_id, participant_id)
      ) STRICT;
      CREATE INDEX attendance_participant ON attendance(participant_id);

      CREATE TABLE lesson_progress (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        lesson_id TEXT NOT NULL,
        last_block INTEGER NOT NULL DEFAULT 0,
        seconds_spent INTEGER NOT NULL DEFAULT 0 CHECK (seconds_spent >= 0),
        completed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (participant_id, module_id, lesson_id)
      ) STRICT;

      CREATE TABLE quiz_attempts (
        id TEXT PRIMARY KEY,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
        module_id TEXT NOT NULL,
        lesson_id TEXT,
        workshop_id TEXT REFERENCES workshops(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('practice', 'pre', 'post')),
        entry TEXT NOT NULL DEFAULT 'screen' CHECK (entry IN ('screen', 'paper')),
        seed INTEGER NOT NULL,
        question_ids TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        score REAL,
        max_score REAL,
        pass_mark INTEGER,
        passed INTEGER CHECK (passed IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX quiz_attempts_participant ON quiz_attempts(participant_id, module_id);
      CREATE INDEX quiz_attempts_workshop ON quiz_attempts(workshop_id);

      CREATE TABLE quiz_answers (
        id TEXT PRIMARY KEY,
        attempt_id TEXT NOT NULL REFERENCES quiz_attempts(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        response TEXT NOT NULL,
        score REAL NOT NULL,
        max_score REAL NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (attempt_id, question_id)
      ) STRICT;

      CREATE TABLE certificates (
        id TEXT PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE RESTRICT,
        workshop_id TEXT NOT NULL REFERENCES workshops(id) ON DELETE RESTRICT,
        issued_at TEXT NOT NULL,
        payload TEXT NOT NULL,
        signature TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (participant_id, workshop_id)
      ) STRICT;
    `);
  },
};
