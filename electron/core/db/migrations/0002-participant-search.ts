import type { Migration } from './migration';

/**
 * Participant search at 100,000 people, plus the keys for duplicate warnings and pinyin ordering.
 *
 * participant_search holds one row per participant with the tokens computed in JS (pinyin cannot be computed in
 * SQL); participants_fts indexes it as external content. Its INTEGER PRIMARY KEY gives the FTS rowid a stable
 * value (a plain rowid may change on VACUUM). Triggers keep the FTS index in step with participant_search, and
 * the cascade removes a participant's row, so the index cannot drift from the table.
 *
 * Existing participants get empty keys here: a migration never runs the live tokenizer, which may change after it
 * shipped. The core fills them at start-up (participants/search-index-repository.ts).
 */
export const participantSearch: Migration = {
  version: 2,
  name: 'participant-search',
  up(db) {
    db.exec(`
      ALTER TABLE participants ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE participants ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE participants ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
      CREATE INDEX participants_name_key ON participants(name_key);
      CREATE INDEX participants_phone_key ON participants(phone_key) WHERE phone_key <> '';
      CREATE INDEX participants_sort ON participants(sort_key, id);
      CREATE INDEX participants_enterprise_sort ON participants(enterprise_id, sort_key, id);

      CREATE TABLE participant_search (
        doc INTEGER PRIMARY KEY,
        participant_id TEXT NOT NULL UNIQUE REFERENCES participants(id) ON DELETE CASCADE,
        tokens TEXT NOT NULL
      ) STRICT;

      CREATE VIRTUAL TABLE participants_fts USING fts5(
        tokens,
        content = 'participant_search',
        content_rowid = 'doc',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '1 2 3'
      );

      CREATE TRIGGER participant_search_ai AFTER INSERT ON participant_search BEGIN
        INSERT INTO participants_fts(rowid, tokens) VALUES (new.doc, new.tokens);
      END;
      CREATE TRIGGER participant_search_ad AFTER DELETE ON participant_search BEGIN
        INSERT INTO participants_fts(participants_fts, rowid, tokens) VALUES ('delete', old.doc, old.tokens);
      END;
      CREATE TRIGGER participant_search_au AFTER UPDATE ON participant_search BEGIN
        INSERT INTO participants_fts(participants_fts, rowid, tokens) VALUES ('delete', old.doc, old.tokens);
        INSERT INTO participants_fts(rowid, tokens) VALUES (new.doc, new.tokens);
      END;

      CREATE INDEX workshops_start ON workshops(start_date, id);
    `);
  },
};
