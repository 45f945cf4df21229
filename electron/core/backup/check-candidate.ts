import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/result';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';

/** Tables every database of this app has had since its first schema: a file without them is someone else's. */
const OUR_TABLES = ['settings', 'enterprises', 'participants', 'workshops', 'workshop_sessions', 'enrollments', 'attendance', 'quiz_attempts'];

/**
 * Checks a database file before it may replace ours: opened read-only, it must pass SQLite's integrity check,
 * hold our tables, and have a schema this app can read (an older one is migrated after the restore). Refusals
 * carry a code the screen explains; the candidate is never modified.
 */
export function checkCandidate(file: string): { schemaVersion: number } {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('BACKUP_CORRUPT', { detail: String(integrity).slice(0, 200) });
    const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((t) => t.name));
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    if (schemaVersion < 1 || !OUR_TABLES.every((t) => tables.has(t))) throw new AppError('BACKUP_NOT_OURS');
    if (schemaVersion > LATEST_SCHEMA_VERSION) throw new AppError('BACKUP_TOO_NEW', { found: schemaVersion, supported: LATEST_SCHEMA_VERSION });
    return { schemaVersion };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // SQLITE_NOTADB, SQLITE_CORRUPT and the like: the bytes are not a sound database.
    throw new AppError('BACKUP_CORRUPT');
  } finally {
    db?.close();
  }
}
