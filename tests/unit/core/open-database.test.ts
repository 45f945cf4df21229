import Database from 'better-sqlite3';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrations/migration';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

describe('openDatabase', () => {
  it('creates the schema from empty and records the latest version', () => {
    const db = openDatabase(join(tempDir(), 'a.sqlite'));
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    const tables = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string; sql: string }>;
    const names = tables.map((t) => t.name);
    for (const expected of ['enterprises', 'participants', 'trainers', 'workshops', 'workshop_sessions', 'enrollments', 'attendance', 'lesson_progress', 'quiz_attempts', 'quiz_answers', 'certificates', 'settings']) {
      expect(names).toContain(expected);
    }
    for (const table of tables.filter((t) => !t.sql.includes('VIRTUAL') && !t.name.includes('_fts'))) {
      expect(table.sql, table.name).toMatch(/STRICT\s*$/);
    }
    db.close();
  });

  it('sets and keeps WAL, full sync, foreign keys and a busy timeout', () => {
    const db = openDatabase(join(tempDir(), 'b.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
    expect(() => db.prepare("INSERT INTO enrollments (id, workshop_id, participant_id, created_at, updated_at) VALUES ('e', 'nope', 'nope', '', '')").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('refuses a database written by a newer app and leaves it untouched', () => {
    const file = join(tempDir(), 'c.sqlite');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW', details: expect.objectContaining({ found: 999 }) }));
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(999);
    again.close();
  });

  it('keeps a copy of the database before it migrates an existing one', () => {
    const dir = tempDir();
    const file = join(dir, 'd.sqlite');
    const v1 = MIGRATIONS.slice(0, 1);
    openDatabase(file, v1).close();
    const extra: Migration = { version: 2, name: 'extra', up: (db) => db.exec('CREATE TABLE extra (id TEXT PRIMARY KEY) STRICT') };
    const db = openDatabase(file, [...v1, extra]);
    expect(schemaVersion(db)).toBe(2);
    db.close();
    const copies = readdirSync(dir).filter((name) => name.startsWith('d.sqlite.before-v2-'));
    expect(copies).toHaveLength(1);
    const copy = new Database(join(dir, copies[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
  });

  it('rolls a failing migration back completely', () => {
    const file = join(tempDir(), 'e.sqlite');
    const v1 = MIGRATIONS.slice(0, 1);
    openDatabase(file, v1).close();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openDatabase(file, [...v1, broken])).toThrow();
    const db = openDatabase(file, v1);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a file that is not a database with a typed error, leaving it as it was', () => {
    const file = join(tempDir(), 'f.sqlite');
    const content = 'this is a spreadsheet, not a database'.repeat(200);
    writeFileSync(file, content);
    expect(() => openDatabase(file)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }));
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});
