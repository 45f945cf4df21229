import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { Db } from './open-database';

/** SQLite's own bookkeeping tables, which appear as the database is used (AUTOINCREMENT, ANALYZE), not through our migrations. */
const SQLITE_INTERNAL = /^sqlite_(sequence|stat\d)$/;

/** Every schema object as `type name: sql`, SQLite's internal tables left out. */
export function schemaObjects(db: Db): Set<string> {
  const rows = db.prepare('SELECT type, name, sql FROM sqlite_master').all() as Array<{ type: string; name: string; sql: string | null }>;
  return new Set(rows.filter((row) => !SQLITE_INTERNAL.test(row.name)).map((row) => `${row.type} ${row.name}: ${row.sql ?? ''}`));
}

const cache = new Map<number, Set<string>>();

/** The schema objects of a fresh database migrated to `version`, built in memory once per version. */
export function expectedSchemaObjects(version: number): Set<string> {
  let objects = cache.get(version);
  if (!objects) {
    const db = new Database(':memory:');
    try {
      for (const migration of MIGRATIONS.filter((m) => m.version <= version)) migration.up(db);
      objects = schemaObjects(db);
    } finally {
      db.close();
    }
    cache.set(version, objects);
  }
  return objects;
}
