import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { AppError } from '../../../shared/api/result';
import { DEFAULT_BACKUP_SETTINGS, type BackupKind, type BackupSettings, type BackupStatus, type RestoreResult, type SavedBackup } from '../../../shared/domain/backup';
import type { ExportedFile } from '../../../shared/domain/roster';
import { BACKUP_EXTRA_FILES } from '../backup-extra-files';
import type { DatabaseRepository } from '../db/database-repository';
import { hashOfPhotoPath, listPhotoFolder } from '../follow-up/photo-files';
import { writeFileAtomically } from '../files/write-atomically';
import type { SettingsRepository } from '../settings/settings-repository';
import { writeBackupArchive } from './backup-archive';
import { readBackup } from './backup-reader';
import { placeStagedPhotos, removeStagedPhotos } from './staged-photos';
import { checkCandidate } from './check-candidate';
import { listSavedBackups } from './saved-backups';

/** What the backup service needs from the Core. */
export interface BackupHost {
  readonly database: DatabaseRepository;
  readonly settings: SettingsRepository;
  readonly options: { dataDir: string; version: string };
  readonly log: { internal(area: string, error: unknown): string };
  replaceDatabase(candidateFile: string): void;
  /** Removes photo files the (restored) database no longer links. */
  collectOrphanPhotos(): void;
}

const CHECK_EVERY_MS = 10 * 60 * 1000;
const toPosix = (path: string) => path.split(sep).join('/');

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/**
 * Backups and restores of the data folder, and the automatic backups into <data folder>/backups.
 * One operation at a time: a restore never runs while a backup reads the database, and the reverse.
 */
export class BackupService {
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly host: BackupHost,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get backupsDir(): string {
    return join(this.host.options.dataDir, 'backups');
  }

  getSettings(): BackupSettings {
    const interval = Number(this.host.settings.get('backup_interval_hours') ?? DEFAULT_BACKUP_SETTINGS.intervalHours);
    const keep = Number(this.host.settings.get('backup_keep') ?? DEFAULT_BACKUP_SETTINGS.keep);
    return { intervalHours: Number.isFinite(interval) ? interval : DEFAULT_BACKUP_SETTINGS.intervalHours, keep: Number.isInteger(keep) && keep > 0 ? keep : DEFAULT_BACKUP_SETTINGS.keep };
  }

  setSettings(settings: BackupSettings): void {
    this.host.settings.set('backup_interval_hours', String(settings.intervalHours));
    this.host.settings.set('backup_keep', String(settings.keep));
    this.prune();
  }

  status(): BackupStatus {
    return {
      dataDir: this.host.options.dataDir,
      backupsDir: this.backupsDir,
      databaseFile: join(this.host.options.dataDir, 'score.sqlite'),
      settings: this.getSettings(),
      saved: this.list(),
      extraFiles: BACKUP_EXTRA_FILES.map(toPosix),
    };
  }

  /** The whole backup as bytes, for the platform to save where the trainer chooses. */
  createArchive(): Promise<ExportedFile> {
    return this.exclusive(async () => {
      const createdAt = this.now();
      return { fileName: `SCORE-backup-${stamp(createdAt)}.zip`, bytes: await this.archive(createdAt) };
    });
  }

  /** A backup into the backups folder, then old ones beyond the retention count are removed. */
  saveToFolder(kind: BackupKind = 'auto'): Promise<SavedBackup> {
    return this.exclusive(() => this.save(kind));
  }

  restore(bytes: Uint8Array): Promise<RestoreResult> {
    return this.exclusive(() => this.restoreUnlocked(bytes));
  }

  restoreSaved(name: string): Promise<RestoreResult> {
    const saved = this.list().find((b) => b.name === name);
    if (!saved) throw new AppError('NOT_FOUND');
    return this.exclusive(() => this.restoreUnlocked(readFileSync(join(this.backupsDir, saved.name))));
  }

  list(): SavedBackup[] {
    return listSavedBackups(this.backupsDir);
  }

  /**
   * Automatic backups: one at start when the newest is older than the interval, then a check every ten minutes
   * while the app runs. A database with nothing in it yet is not backed up. Timers never keep the process alive.
   */
  startSchedule(): void {
    if (this.timer) return;
    const check = () => void this.backupIfDue().catch((error: unknown) => this.host.log.internal('automatic backup', error));
    check();
    this.timer = setInterval(check, CHECK_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Runs an automatic backup if one is due; returns it, or null. */
  async backupIfDue(): Promise<SavedBackup | null> {
    const { intervalHours } = this.getSettings();
    if (intervalHours === 0 || this.isEmpty()) return null;
    const newest = this.list().find((b) => b.kind === 'auto');
    if (newest && this.now().getTime() - Date.parse(newest.createdAt) < intervalHours * 3_600_000) return null;
    return this.saveToFolder('auto');
  }

  private isEmpty(): boolean {
    const { enterprises, participants, workshops } = this.host.database.recordCounts();
    return enterprises + participants + workshops === 0;
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** SQLite's online backup copies a consistent snapshot while the app keeps running. */
  private async archive(createdAt: Date): Promise<Uint8Array> {
    const { dataDir, version } = this.host.options;
    const temporary = join(dataDir, `.backup-${randomUUID()}.sqlite`);
    let database: Uint8Array;
    try {
      await this.host.database.backupTo(temporary);
      database = readFileSync(temporary);
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${temporary}${suffix}`, { force: true });
    }
    const files = new Map<string, Uint8Array>();
    for (const path of BACKUP_EXTRA_FILES) {
      const file = join(dataDir, path);
      if (existsSync(file)) files.set(toPosix(path), readFileSync(file));
    }
    // Photos go in as they are: their names are their checksums, and the manifest lists each one's again.
    for (const path of listPhotoFolder(dataDir)) {
      if (hashOfPhotoPath(path) !== undefined) files.set(path, readFileSync(join(dataDir, ...path.split('/'))));
    }
    return writeBackupArchive(database, files, { appVersion: version, schemaVersion: this.host.database.schemaVersion(), createdAt });
  }

  private async save(kind: BackupKind): Promise<SavedBackup> {
    const createdAt = this.now();
    const bytes = await this.archive(createdAt);
    mkdirSync(this.backupsDir, { recursive: true });
    let name = `score-${kind}-${stamp(createdAt)}.zip`;
    for (let n = 2; existsSync(join(this.backupsDir, name)); n++) name = `score-${kind}-${stamp(createdAt)}-${n}.zip`;
    writeFileAtomically(join(this.backupsDir, name), bytes, 0o600);
    this.prune();
    return { name, kind, createdAt: createdAt.toISOString(), bytes: bytes.length };
  }

  private prune(): void {
    const { keep } = this.getSettings();
    for (const old of this.list().slice(keep)) rmSync(join(this.backupsDir, old.name), { force: true });
  }

  /**
   * Everything is checked before anything changes: the archive's checksums, then the database read-only
   * (integrity, our tables, a schema we can read). Only then is the current state saved into the backups folder
   * and the database swapped; the extra files (the signing key, the photos) follow, and photos the restored
   * database does not link are removed.
   */
  private async restoreUnlocked(bytes: Uint8Array): Promise<RestoreResult> {
    const { dataDir } = this.host.options;
    const candidate = join(dataDir, `.restore-${randomUUID()}.sqlite`);
    let contents: Awaited<ReturnType<typeof readBackup>>;
    try {
      contents = await readBackup(bytes, candidate);
      checkCandidate(candidate);
      await this.save('before-restore');
      this.host.replaceDatabase(candidate);
      placeStagedPhotos(candidate, dataDir, contents.photos);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${candidate}${suffix}`, { force: true });
      removeStagedPhotos(candidate);
    }
    const allowed = new Set(BACKUP_EXTRA_FILES.map(toPosix));
    for (const [path, data] of contents.files) {
      if (allowed.has(path)) writeFileAtomically(join(dataDir, ...path.split('/')), data, 0o600);
    }
    this.host.collectOrphanPhotos();
    const { participants, workshops } = this.host.database.recordCounts();
    return { schemaVersion: this.host.database.schemaVersion(), backupCreatedAt: contents.manifest?.createdAt ?? null, participants, workshops };
  }
}
