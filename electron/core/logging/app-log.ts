import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pino from 'pino';
import { createStream } from 'rotating-file-stream';
import { encodeBase32 } from '../certificates/base32';

export const LOG_FILE_NAME = 'score.log';

/** What an internal error leaves in the log: never the input of the call, which may hold names and phone numbers. */
export interface AppLog {
  /** Records an unexpected error and returns the short reference the user is shown, to find it again in the log. */
  internal(area: string, error: unknown): string;
  close(): Promise<void>;
}

/** 40 random bits as 8 base32 characters in two groups: short enough to read out over the phone. */
function newReference(): string {
  return encodeBase32(randomBytes(5)).replace(/^(.{4})/, '$1-');
}

/**
 * The error alone: its class, code, message and stack. Messages from SQLite and Node name tables, columns and paths,
 * not values; our own typed errors (which may carry user data) never reach the log (see api.ts).
 */
function describe(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  return { type: error.name, code: (error as { code?: unknown }).code, message: error.message, stack: error.stack };
}

/**
 * The app's log: JSON lines in <data folder>/logs/score.log, rotated at 2 MB and keeping five old files
 * (score.log.1 … score.log.5), so an installed app that nobody watches still leaves something to read. pino writes
 * straight into the rotating stream, in this process (no worker-thread transport to bundle).
 */
export function openAppLog(dataDir: string): AppLog {
  const stream = createStream(LOG_FILE_NAME, { path: join(dataDir, 'logs'), size: '2M', rotate: 5, mode: 0o600 });
  // A log that cannot be written (a full disk, a read-only folder) must not take the app down with it.
  stream.on('error', () => undefined);
  const logger = pino({ base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, stream);
  let closing: Promise<void> | undefined;
  return {
    internal(area, error) {
      const reference = newReference();
      logger.error({ reference, area, error: describe(error) }, 'internal error');
      return reference;
    },
    close() {
      closing ??= new Promise((resolve) => {
        stream.once('finish', () => resolve());
        stream.once('error', () => resolve());
        stream.end();
      });
      return closing;
    },
  };
}
