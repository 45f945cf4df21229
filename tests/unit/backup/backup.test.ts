import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { BackupService } from '../../../electron/core/backup/backup-service';
import type { Core } from '../../../electron/core/core';
import { openDatabase } from '../../../electron/core/db/open-database';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { closeCoresAfterEach, contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();
const KEY_FILE = join('keys', 'certificate-signing-key.pem');
const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function seeded(dir = tempDir()): Core {
  const core = openTestCore(dir);
  const huafeng = core.enterprises.create(enterprise());
  core.participants.create(participant({ name: '张伟', enterpriseId: huafeng.id }));
  core.participants.create(participant({ name: '王芳', gender: 'female', enterpriseId: huafeng.id }));
  mkdirSync(join(dir, 'keys'), { recursive: true });
  writeFileSync(join(dir, KEY_FILE), 'key as it was at backup time');
  return core;
}

async function expectUnchangedAfter(core: Core, attempt: () => Promise<unknown>, code: string) {
  const before = core.participants.count();
  const file = core.databaseFile;
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  const hash = hashOf(file);
  await expect(attempt()).rejects.toMatchObject({ code });
  core.db.pragma('wal_checkpoint(TRUNCATE)');
  expect(hashOf(file)).toBe(hash);
  expect(core.participants.count()).toBe(before);
  expect(core.backups.list()).toEqual([]);
  expect(readdirSync(core.options.dataDir).filter((n) => n.startsWith('.restore-') || n.startsWith('.backup-'))).toEqual([]);
}

describe('backup and restore', () => {
  it('restores the database and the signing key exactly as they were backed up, and keeps the state it replaced', async () => {
    const dir = tempDir();
    const core = seeded(dir);
    const backup = await core.backups.createArchive();
    expect(backup.fileName).toMatch(/^SCORE-backup-\d{8}-\d{6}\.zip$/);

    core.participants.create(participant({ name: '赵敏' }));
    core.participants.delete(core.participants.search('王芳')[0]!.id);
    writeFileSync(join(dir, KEY_FILE), 'a different key');

    const result = await core.backups.restore(backup.bytes);
    expect(result).toMatchObject({ participants: 2, workshops: 0, schemaVersion: MIGRATIONS.at(-1)!.version });
    expect(result.backupCreatedAt).toMatch(/^\d{4}-/);
    expect(core.participants.search('zm')).toEqual([]);
    expect(core.participants.search('wf').map((p) => p.name)).toEqual(['王芳']);
    expect(readFileSync(join(dir, KEY_FILE), 'utf8')).toBe('key as it was at backup time');
    expect(core.backups.list()).toEqual([expect.objectContaining({ kind: 'before-restore' })]);
    expect(() => core.db.prepare("INSERT INTO participants_fts(participants_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
    core.participants.create(participant({ name: '新人' }));
    expect(core.participants.count()).toBe(3);
  });

  it('rebuilds every part of the core on the restored connection and closes the one it replaced', async () => {
    const core = seeded();
    const { bytes } = await core.backups.createArchive();
    const [connection, participants, certificates] = [core.db, core.participants, core.certificates];
    await core.backups.restore(bytes);
    expect(connection.open).toBe(false);
    expect(core.db).not.toBe(connection);
    expect(core.db.open).toBe(true);
    expect(core.participants).not.toBe(participants);
    expect(core.certificates).not.toBe(certificates);
    expect(core.participants.count()).toBe(2);
  });

  it('moves an installation to another computer: a backup restores into a fresh data folder', async () => {
    const source = seeded();
    const { bytes } = await source.backups.createArchive();
    source.close();
    const target = openTestCore(tempDir());
    await target.backups.restore(bytes);
    expect(target.participants.list({}, { offset: 0, limit: 10 }).rows.map((p) => p.name)).toEqual(['王芳', '张伟']);
    target.close();
  });

  it('accepts a bare copy of the database, and migrates one from an older schema', async () => {
    const old = join(tempDir(), 'old.sqlite');
    const db = openDatabase(old, MIGRATIONS.slice(0, 1));
    db.prepare("INSERT INTO participants (id, name, gender, role, created_at, updated_at) VALUES ('p1', '李娜', 'female', 'worker', '', '')").run();
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const core = openTestCore(tempDir());
    const result = await core.backups.restore(readFileSync(old));
    expect(result).toMatchObject({ participants: 1, backupCreatedAt: null, schemaVersion: MIGRATIONS.at(-1)!.version });
    expect(core.participants.search('ln').map((p) => p.name)).toEqual(['李娜']);
  });

  it('refuses a backup whose database was damaged in the archive, and changes nothing', async () => {
    const core = seeded();
    const { bytes } = await core.backups.createArchive();
    const damaged = new Uint8Array(bytes);
    for (let i = Math.floor(bytes.length / 2); i < Math.floor(bytes.length / 2) + 200; i++) damaged[i] = damaged[i]! ^ 0xff;
    await expectUnchangedAfter(core, () => core.backups.restore(damaged), 'BACKUP_CORRUPT');
  });

  it('refuses a corrupt database file, and changes nothing', async () => {
    const core = seeded();
    const source = join(tempDir(), 'copy.sqlite');
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const copy = new Uint8Array(readFileSync(core.databaseFile));
    for (let i = 4096; i < copy.length; i += 997) copy[i] = copy[i]! ^ 0x5a;
    writeFileSync(source, copy);
    await expectUnchangedAfter(core, () => core.backups.restore(readFileSync(source)), 'BACKUP_CORRUPT');
  });

  it('refuses another program’s database, a newer schema and a file that is no backup', async () => {
    const core = seeded();
    const foreign = join(tempDir(), 'foreign.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.pragma('user_version = 7');
    other.close();
    await expectUnchangedAfter(core, () => core.backups.restore(readFileSync(foreign)), 'BACKUP_NOT_OURS');

    const newer = join(tempDir(), 'newer.sqlite');
    openDatabase(newer).close();
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    await expectUnchangedAfter(core, () => core.backups.restore(readFileSync(newer)), 'BACKUP_TOO_NEW');

    await expectUnchangedAfter(core, () => core.backups.restore(new TextEncoder().encode('%PDF-1.7 not a backup')), 'BACKUP_NOT_OURS');
  });

  it('refuses a database carrying a trigger or view a fresh one of its version lacks, and changes nothing', async () => {
    const core = seeded();
    const hostile = join(tempDir(), 'hostile.sqlite');
    openDatabase(hostile).close();
    const raw = new Database(hostile);
    raw.exec("CREATE TRIGGER wipe AFTER INSERT ON participants BEGIN DELETE FROM participants WHERE id = new.id; END");
    raw.exec("CREATE VIEW loader AS SELECT load_extension('/tmp/evil.so') AS x");
    raw.close();
    await expectUnchangedAfter(core, () => core.backups.restore(readFileSync(hostile)), 'BACKUP_TAMPERED');

    const extraTable = join(tempDir(), 'extra.sqlite');
    openDatabase(extraTable).close();
    const other = new Database(extraTable);
    other.exec('CREATE TABLE stash (secret TEXT)');
    other.close();
    await expectUnchangedAfter(core, () => core.backups.restore(readFileSync(extraTable)), 'BACKUP_TAMPERED');
  });

  it('still restores an untouched older schema, which is migrated after the restore', async () => {
    const core = seeded();
    const older = join(tempDir(), 'older.sqlite');
    openDatabase(older, MIGRATIONS.slice(0, 2)).close();
    const result = await core.backups.restore(readFileSync(older));
    expect(result.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
  });

  it('is a trainer-only operation, refused through the API with a clear code', async () => {
    const core = seeded();
    const { bytes } = await core.backups.createArchive();
    expect(await dispatch('restoreBackup', { bytes }, contextFor(core))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    const session = new ClientSession();
    session.unlockTrainer();
    expect(await dispatch('restoreBackup', { bytes: new Uint8Array([1, 2, 3]) }, contextFor(core, session))).toEqual({ ok: false, error: { code: 'BACKUP_NOT_OURS' } });
    expect(await dispatch('restoreBackup', { bytes }, contextFor(core, session))).toMatchObject({ ok: true, value: { participants: 2 } });
  });
});

describe('automatic backups', () => {
  it('run when due, into the backups folder, keeping only the newest ones', async () => {
    const core = seeded();
    let now = Date.parse('2026-03-10T08:00:00Z');
    const service = new BackupService(core, () => new Date(now));
    service.setSettings({ intervalHours: 4, keep: 3 });
    expect(await service.backupIfDue()).toMatchObject({ kind: 'auto', name: 'score-auto-20260310-080000.zip' });
    now += 60 * 60_000;
    expect(await service.backupIfDue()).toBeNull();
    for (let i = 0; i < 4; i++) {
      now += 4 * 3_600_000;
      await service.backupIfDue();
    }
    expect(service.list().map((b) => b.name)).toEqual(['score-auto-20260311-010000.zip', 'score-auto-20260310-210000.zip', 'score-auto-20260310-170000.zip']);
    expect(existsSync(join(service.backupsDir, 'score-auto-20260310-080000.zip'))).toBe(false);
    await service.restoreSaved('score-auto-20260310-170000.zip');
    expect(core.participants.count()).toBe(2);
  });

  it('are skipped when turned off and while the database is still empty', async () => {
    const empty = openTestCore(tempDir());
    expect(await empty.backups.backupIfDue()).toBeNull();
    empty.close();
    const core = seeded();
    core.backups.setSettings({ intervalHours: 0, keep: 5 });
    expect(await core.backups.backupIfDue()).toBeNull();
    expect(core.backups.list()).toEqual([]);
  });
});
