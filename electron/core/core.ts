import { dirname, join } from 'node:path';
import { PinAttempts } from './auth/pin-attempts';
import { CertificateService } from './certificates/certificate-service';
import { DocumentService } from './documents/document-service';
import { openDatabase, type Db } from './db/open-database';
import { BackupService } from './backup/backup-service';
import { replaceDatabaseFile } from './db/replace-database';
import { swappable } from './db/swappable-database';
import { EnterpriseRepository } from './enterprises/enterprise-repository';
import { FollowUpStore } from './follow-up/follow-up-store';
import { JobRegistry } from './jobs/job-registry';
import { ParticipantRepository } from './participants/participant-repository';
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
}

export const DATABASE_FILE_NAME = 'score.sqlite';

/**
 * The application core: everything the API needs, in plain Node. One per process, opened once,
 * shared by whichever transport (IPC or HTTP) serves the renderer.
 */
export class Core {
  readonly settings: SettingsRepository;
  readonly pinAttempts = new PinAttempts();
  readonly content: ContentLibrary;
  readonly progress: ProgressRepository;
  readonly notes: FacilitatorNotesRepository;
  readonly attempts: AttemptRepository;
  readonly quizzes: QuizService;
  readonly enterprises: EnterpriseRepository;
  readonly participants: ParticipantRepository;
  readonly trainers: TrainerRepository;
  readonly workshops: WorkshopRepository;
  readonly enrollments: EnrollmentRepository;
  readonly attendance: AttendanceRepository;
  readonly jobs = new JobRegistry();
  readonly pdf: PdfService;
  readonly certificates: CertificateService;
  readonly documents: DocumentService;
  readonly roster: RosterImporter;
  readonly backups: BackupService;
  readonly workshopTests: WorkshopTests;
  readonly followUp: FollowUpStore;

  private constructor(
    readonly db: Db,
    readonly options: CoreOptions,
  ) {
    this.settings = new SettingsRepository(db);
    this.content = new ContentLibrary(options.contentDir, join(options.dataDir, 'packs'));
    this.progress = new ProgressRepository(db);
    this.notes = new FacilitatorNotesRepository(db);
    this.attempts = new AttemptRepository(db);
    this.quizzes = new QuizService(this.content, this.attempts);
    this.enterprises = new EnterpriseRepository(db);
    this.participants = new ParticipantRepository(db);
    this.trainers = new TrainerRepository(db);
    this.workshops = new WorkshopRepository(db, this.trainers);
    this.enrollments = new EnrollmentRepository(db);
    this.attendance = new AttendanceRepository(db, this.workshops, this.enrollments);
    this.pdf = new PdfService(options.fontsDir ?? join(dirname(options.contentDir), 'fonts'));
    const { settings, content, trainers, workshops, attendance } = this;
    this.certificates = new CertificateService({ db, dataDir: options.dataDir, settings, content, trainers, workshops, attendance }, this.pdf, this.jobs);
    const { enrollments, participants, progress, attempts } = this;
    this.documents = new DocumentService({ db, settings, content, workshops, attendance, enrollments, participants, progress, attempts }, this.pdf);
    this.roster = new RosterImporter(db, this.enterprises, this.participants, this.enrollments);
    this.backups = new BackupService(this);
    this.followUp = new FollowUpStore(db, options.dataDir);
    this.workshopTests = new WorkshopTests({ db, content, workshops, enrollments, quizzes: this.quizzes, paperSeeds: this.documents.seeds });
  }

  static open(options: CoreOptions): Core {
    // Swappable so that a restore can replace the file under every repository (see db/swappable-database.ts).
    const db = swappable(openDatabase(join(options.dataDir, DATABASE_FILE_NAME)));
    const core = new Core(db, options);
    // A crash between writing a photo file and recording it leaves a file no record links.
    core.collectOrphanPhotos();
    return core;
  }

  /** Restore: swaps the database file for a checked candidate; every repository sees the new one (see backup/). */
  replaceDatabase(candidateFile: string): void {
    replaceDatabaseFile(this.db, this.databaseFile, candidateFile);
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
  }
}
