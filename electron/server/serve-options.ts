import { defaultDataDir } from '../core/app-paths';

export interface ServeOptions {
  port: number;
  dataDir: string;
  /** Put the newest saved backup in place of a damaged database before starting (the damaged file is kept). */
  restoreNewestBackup: boolean;
}

/**
 * `--port N` (0 picks a free port) and `--data-dir DIR`. The server always binds 127.0.0.1: the API answers only
 * Host headers naming loopback, and there is no reason for a trainer's records to be reachable from the network.
 */
export function parseServeArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): ServeOptions {
  const options: ServeOptions = { port: 5180, dataDir: defaultDataDir(env), restoreNewestBackup: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--port' && value !== undefined) {
      options.port = Number(value);
      if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`--port must be 0-65535, not ${value}`);
      i++;
    } else if (flag === '--data-dir' && value !== undefined) {
      options.dataDir = defaultDataDir({ SCORE_DATA_DIR: value });
      i++;
    } else if (flag === '--restore-newest-backup') {
      options.restoreNewestBackup = true;
    } else {
      throw new Error(`unknown option ${flag ?? ''}; use --port N, --data-dir DIR, --restore-newest-backup`);
    }
  }
  return options;
}
