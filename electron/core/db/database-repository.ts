import type { Db } from './open-database';
import { schemaVersion } from './open-database';

export interface RecordCounts {
  enterprises: number;
  participants: number;
  workshops: number;
}

/** Facts about the database as a whole (versions, how much it holds) and its online backup. */
export class DatabaseRepository {
  constructor(private readonly db: Db) {}

  sqliteVersion(): string {
    return (this.db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  }

  schemaVersion(): number {
    return schemaVersion(this.db);
  }

  recordCounts(): RecordCounts {
    return this.db
      .prepare('SELECT (SELECT count(*) FROM enterprises) AS enterprises, (SELECT count(*) FROM participants) AS participants, (SELECT count(*) FROM workshops) AS workshops')
      .get() as RecordCounts;
  }

  /** A consistent copy of the live database, taken while it stays in use (SQLite's online backup). */
  async backupTo(file: string): Promise<void> {
    await this.db.backup(file);
  }

  /** Runs `work` in one transaction: several repositories' writes stand or fall together. */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work)();
  }
}
