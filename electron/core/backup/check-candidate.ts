import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/result';
import { expectedSchemaObjects, schemaObjects } from '../db/expected-schema';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import type { Db } from '../db/open-database';

/** Tables every database of this app has had since its first schema: a file without them is someone else's. */
const OUR_TABLES = ['settings', 'enterprises', 'participants', 'workshops', 'workshop_sessions', 'enrollments', 'attendance', 'quiz_attempts'];

/**
 * Checks a database file before it may replace ours: opened read-only with SQLite's defensive settings, it must
 * pass the integrity check, hold our tables, have a schema this app can read (an older one is migrated after the
 * restore), and hold exactly the tables, indexes, triggers and views a fresh database of its version has. A trigger
 * or view added by hand would run inside our app after the restore. Refusals carry a code the screen explains;
 * the candidate is never modified.
 */
export function checkCandidate(file: string): { schemaVersion: number } {
  let db: Db | undefined;
  try {
    db = openDefensively(file);
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('BACKUP_CORRUPT', { detail: String(integrity).slice(0, 200) });
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < 1 || !OUR_TABLES.every((t) => tables.has(t))) throw new AppError('BACKUP_NOT_OURS');
    if (schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('BACKUP_TOO_NEW', { found: schemaVersion, supported: LATEST_SCHEMA_VERSION });
    if (!sameSet(schemaObjects(db), expectedSchemaObjects(schemaVersion))) throw new AppError('BACKUP_TAMPERED');
    return { schemaVersion };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // SQLITE_NOTADB, SQLITE_CORRUPT and the like: the bytes are not a sound database.
    throw new AppError('BACKUP_CORRUPT');
  } finally {
    db?.close();
  }
}

/**
 * Read-only; better-sqlite3 keeps SQLITE_DBCONFIG_DEFENSIVE on unless unsafe mode is asked for, and SQL cannot
 * call load_extension(). trusted_schema=OFF stops anything in the file's schema from calling functions with side
 * effects while it is being checked.
 */
function openDefensively(file: string): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.unsafeMode(false);
  db.pragma('trusted_schema = OFF');
  return db;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}
