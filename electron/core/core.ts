import { join } from 'node:path';
import { PinAttempts } from './auth/pin-attempts';
import { openDatabase, type Db } from './db/open-database';
import { SettingsRepository } from './settings/settings-repository';

export interface CoreOptions {
  dataDir: string;
  runtime: 'electron' | 'browser';
  version: string;
}

export const DATABASE_FILE_NAME = 'score.sqlite';

/**
 * The application core: everything the API needs, in plain Node. One per process, opened once,
 * shared by whichever transport (IPC or HTTP) serves the renderer.
 */
export class Core {
  readonly settings: SettingsRepository;
  readonly pinAttempts = new PinAttempts();

  private constructor(
    readonly db: Db,
    readonly options: CoreOptions,
  ) {
    this.settings = new SettingsRepository(db);
  }

  static open(options: CoreOptions): Core {
    const db = openDatabase(join(options.dataDir, DATABASE_FILE_NAME));
    return new Core(db, options);
  }

  get databaseFile(): string {
    return join(this.options.dataDir, DATABASE_FILE_NAME);
  }

  close(): void {
    this.db.close();
  }
}
