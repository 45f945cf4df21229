import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/migration';

export type Db = Database.Database;

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the one database of an installation: sets the pragmas and reads them back (a pragma that silently
 * fails to apply would weaken durability), checks integrity, then migrates.
 */
export function openDatabase(file: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  mkdirSync(dirname(file), { recursive: true });
  const existed = existsSync(file);
  const db = new Database(file);
  try {
    applyPragmas(db);
    if (existed) assertIntact(db);
    migrate(db, file, migrations);
    return db;
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw new AppError('DATABASE_CORRUPT');
    throw error;
  }
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const expected: Record<string, string | number> = { journal_mode: 'wal', synchronous: 2, foreign_keys: 1, busy_timeout: BUSY_TIMEOUT_MS };
  for (const [name, value] of Object.entries(expected)) {
    const actual = db.pragma(name, { simple: true });
    if (actual !== value) throw new Error(`PRAGMA ${name} is ${String(actual)}, expected ${value}`);
  }
}

function assertIntact(db: Db): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch {
    throw new AppError('DATABASE_CORRUPT');
  }
  if (result !== 'ok') throw new AppError('DATABASE_CORRUPT', { detail: String(result) });
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, file: string, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new AppError('DATABASE_TOO_NEW', { found: current, supported: latest });
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) keepCopyBeforeMigrating(db, file, current);
  for (const migration of pending) {
    // The pragma is a no-op inside a transaction, so it is switched around it.
    if (migration.rebuildsTables) db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        migration.up(db);
        if (migration.rebuildsTables && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error(`migration ${migration.version} broke a foreign key`);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } finally {
      if (migration.rebuildsTables) db.pragma('foreign_keys = ON');
    }
  }
}

/** A plain copy taken after a checkpoint, so a failed upgrade can always be undone by hand. */
function keepCopyBeforeMigrating(db: Db, file: string, version: number): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  copyFileSync(file, `${file}.before-v${version + 1}-${Date.now()}.bak`);
}

