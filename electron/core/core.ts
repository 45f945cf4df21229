import { dirname, join } from 'node:path';
import { AppError } from '../../shared/api/result';
import type { JobProgress } from '../../shared/domain/jobs';
import { PinAttempts } from './auth/pin-attempts';
import { PinLockoutRepository } from './auth/pin-lockout-repository';
import { CertificateRepository } from './certificates/certificate-repository';
import { CertificateService } from './certificates/certificate-service';
import { DocumentService } from './documents/document-service';
import { PaperTestSeedRepository } from './documents/paper-test-seed-repository';
import { DatabaseRepository } from './db/database-repository';
import { openDatabase, type Db } from './db/open-database';
import { BackupService } from './backup/backup-service';
import { replaceDatabaseFile } from './db/replace-database';
import { removeStaleTemporaries } from './db/stale-temporaries';
import { isEmptyFile, newestBackup } from './backup/startup-recovery';
import { EnterpriseRepository } from './enterprises/enterprise-repository';
import { FollowUpStore } from './follow-up/follow-up-store';
import { JobRegistry } from './jobs/job-registry';
import { openAppLog, type AppLog } from './logging/app-log';
import { ParticipantRepository } from './participants/participant-repository';
import { SearchIndexRepository } from './participants/search-index-repository';
import { PdfService } from './pdf/pdf-service';
import { WorkshopTests } from './results/workshop-tests';
import { RosterImporter } from './roster/roster-import';
import { TrainerRepository } from './trainers/trainer-repository';
import { AttendanceRepository } from './workshops/attendance-repository';
import { EnrollmentRepository } from './workshops/enrollment-repository';
import { WorkshopRepository } from './workshops/workshop-repository';
import { SettingsRepository } from './settings/settings-repository';
import { ContentLibrary } from './content/content-library';
import { FacilitatorNotesRepository } from './learning/notes-repository';
import { ProgressRepository } from './learning/progress-repository';
import { AttemptRepository } from './quiz/attempt-repository';
import { QuizService } from './quiz/quiz-service';

export interface CoreOptions {
  dataDir: string;
  runtime: 'electron' | 'browser';
  version: string;
  /** The bundled module packs (read-only); installed packs live in <dataDir>/packs. */
  contentDir: string;
  /** The PDF fonts; by default resources/fonts, beside the content folder. */
  fontsDir?: string;
  /** Milliseconds since the epoch; tests pass their own clock to cross a PIN lockout without waiting. */
  clock?: () => number;
  /** Told of every change of a job's progress (the endpoint pushes it as an event). */
  onJobProgress?: (progress: JobProgress) => void;
}

export const DATABASE_FILE_NAME = 'score.sqlite';

/**
 * The application core: everything the API needs, in plain Node. One per process, opened once,
 * shared by whichever transport (IPC or HTTP) serves the renderer.
 */
export class Core {
  // The parts below that hold the connection are rebuilt on it by a restore (see wire()); the rest live as long as the core.
  database!: DatabaseRepository;
  settings!: SettingsRepository;
  pinAttempts!: PinAttempts;
  progress!: ProgressRepository;
  notes!: FacilitatorNotesRepository;
  attempts!: AttemptRepository;
  quizzes!: QuizService;
  enterprises!: EnterpriseRepository;
  participants!: ParticipantRepository;
  searchIndex!: SearchIndexRepository;
  trainers!: TrainerRepository;
  workshops!: WorkshopRepository;
  enrollments!: EnrollmentRepository;
  attendance!: AttendanceRepository;
  certificates!: CertificateService;
  documents!: DocumentService;
  roster!: RosterImporter;
  workshopTests!: WorkshopTests;
  followUp!: FollowUpStore;
  readonly content: ContentLibrary;
  readonly jobs: JobRegistry;
  readonly log: AppLog;
  readonly pdf: PdfService;
  readonly backups: BackupService;
  private connection: Db;

  private constructor(
    db: Db,
    readonly options: CoreOptions,
  ) {
    this.connection = db;
    this.log = openAppLog(options.dataDir);
    this.jobs = new JobRegistry(Date.now, (error) => this.log.internal('job', error), options.onJobProgress);
    this.content = new ContentLibrary(options.contentDir, join(options.dataDir, 'packs'));
    this.pdf = new PdfService(options.fontsDir ?? join(dirname(options.contentDir), 'fonts'));
    this.wire(db);
    this.backups = new BackupService(this);
  }

  /** The open connection; a restore replaces it, together with every part built on it. */
  get db(): Db {
    return this.connection;
  }

  /** Builds every part that holds the connection, so that none keeps a closed one after a restore. */
  private wire(db: Db): void {
    this.connection = db;
    const { options, content } = this;
    this.database = new DatabaseRepository(db);
    this.settings = new SettingsRepository(db);
    this.pinAttempts = new PinAttempts(new PinLockoutRepository(db), options.clock ?? Date.now);
    this.progress = new ProgressRepository(db);
    this.notes = new FacilitatorNotesRepository(db);
    this.attempts = new AttemptRepository(db);
    this.quizzes = new QuizService(content, this.attempts);
    this.enterprises = new EnterpriseRepository(db);
    this.participants = new ParticipantRepository(db);
    this.searchIndex = new SearchIndexRepository(db, this.settings);
    this.searchIndex.reindexIfStale();
    this.trainers = new TrainerRepository(db);
    this.workshops = new WorkshopRepository(db, this.trainers);
    this.enrollments = new EnrollmentRepository(db);
    this.attendance = new AttendanceRepository(db, this.workshops, this.enrollments);
    const { settings, trainers, workshops, attendance } = this;
    this.certificates = new CertificateService({ db, dataDir: options.dataDir, settings, content, trainers, workshops, attendance }, this.pdf, this.jobs);
    const { enrollments, participants, progress, attempts } = this;
    this.documents = new DocumentService(
      { certificates: new CertificateRepository(db), paperSeeds: new PaperTestSeedRepository(db), settings, content, workshops, attendance, enrollments, participants, progress, attempts },
      this.pdf,
    );
    this.roster = new RosterImporter(this.database, this.enterprises, this.participants, this.enrollments);
    this.followUp = new FollowUpStore(db, options.dataDir);
    this.workshopTests = new WorkshopTests({ attempts, content, workshops, enrollments, quizzes: this.quizzes, paperSeeds: this.documents.seeds });
  }

  /**
   * Opens the data folder. A damaged database (or one emptied to 0 bytes) fails with DATABASE_CORRUPT naming the
   * newest saved backup, which the start-up screens offer to restore (backup/startup-recovery.ts).
   */
  static open(options: CoreOptions): Core {
    const file = join(options.dataDir, DATABASE_FILE_NAME);
    removeStaleTemporaries(options.dataDir, DATABASE_FILE_NAME);
    const saved = newestBackup(options.dataDir);
    try {
      if (isEmptyFile(file) && saved) throw new AppError('DATABASE_CORRUPT', { empty: true });
      const core = new Core(openDatabase(file), options);
      // A crash between writing a photo file and recording it leaves a file no record links.
      core.collectOrphanPhotos();
      return core;
    } catch (error) {
      if (error instanceof AppError && error.code === 'DATABASE_CORRUPT' && saved) {
        throw new AppError('DATABASE_CORRUPT', { ...error.details, newestBackup: saved.name, backupCreatedAt: saved.createdAt });
      }
      throw error;
    }
  }

  /**
   * Restore: swaps the database file for a checked candidate and rebuilds every part on the new connection (see
   * backup/). Synchronous from close to reopen, so no call runs in between.
   */
  replaceDatabase(candidateFile: string): void {
    replaceDatabaseFile(this.db, this.databaseFile, candidateFile, (db) => this.wire(db));
  }

  collectOrphanPhotos(): void {
    this.followUp.photos.collectGarbage();
  }

  get databaseFile(): string {
    return join(this.options.dataDir, DATABASE_FILE_NAME);
  }

  close(): void {
    this.backups.stop();
    this.jobs.cancelAll();
    this.pdf.close();
    this.db.close();
    void this.log.close();
  }
}
