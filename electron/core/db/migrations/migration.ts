import type { Database } from 'better-sqlite3';

/** One schema step. Migrations are append-only: never edit one that has shipped, add the next. */
export interface Migration {
  version: number;
  name: string;
  /**
   * Rebuilds a table (SQLite cannot change a CHECK in place). The runner then turns foreign keys off around the
   * migration, as SQLite's documented rebuild requires (https://sqlite.org/lang_altertable.html#otheralter):
   * with them on, dropping the old table would cascade into every table that references it. It checks all
   * foreign keys before the migration commits.
   */
  rebuildsTables?: boolean;
  up(db: Database): void;
}
