import type { Db } from '../db/open-database';
import type { SettingsRepository } from '../settings/settings-repository';
import { nameKeys, participantSearchText, phoneKey, SEARCH_INDEX_VERSION } from './name-index';

/**
 * The search keys and tokens are computed in JS (pinyin cannot be computed in SQL), so they depend on the version of
 * name-index.ts that wrote them. Migrations stay frozen and never call that code; instead the stored keys carry a
 * version, and a database written by another version (or by a migration that created empty keys) is reindexed
 * here. Reindexing is idempotent, so running it again is harmless.
 */
export class SearchIndexRepository {
  constructor(
    private readonly db: Db,
    private readonly settings: SettingsRepository,
  ) {}

  /** Reindexes when the stored version differs from this app's; returns whether it did. */
  reindexIfStale(): boolean {
    if (this.settings.get('participant_search_version') === String(SEARCH_INDEX_VERSION)) return false;
    this.reindexAll();
    return true;
  }

  /** Recomputes every participant's keys and search tokens in one transaction, then records the version. */
  reindexAll(): void {
    const db = this.db;
    const people = db.prepare('SELECT id, name, job_title AS jobTitle, phone FROM participants').all() as Array<{ id: string; name: string; jobTitle: string; phone: string }>;
    const updateKeys = db.prepare('UPDATE participants SET name_key = ?, sort_key = ?, phone_key = ? WHERE id = ?');
    const upsertTokens = db.prepare(
      `INSERT INTO participant_search (participant_id, tokens) VALUES (?, ?)
       ON CONFLICT(participant_id) DO UPDATE SET tokens = excluded.tokens WHERE tokens <> excluded.tokens`,
    );
    db.transaction(() => {
      for (const person of people) {
        const keys = nameKeys(person.name);
        updateKeys.run(keys.nameKey, keys.sortKey, phoneKey(person.phone), person.id);
        upsertTokens.run(person.id, participantSearchText(person));
      }
      this.settings.set('participant_search_version', String(SEARCH_INDEX_VERSION));
    })();
  }
}
