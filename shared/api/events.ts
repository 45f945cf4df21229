import type { JobProgress } from '../domain/jobs';

/**
 * Events the core pushes to the page, beside the operations of the contract: over IPC in the desktop app and as
 * Server-Sent Events in browser mode. Classroom joins and sync status will join this union.
 */
export type AppEvent =
  /** A job moved on (every certificate rendered) or ended; replaces polling its progress. */
  | { type: 'jobProgress'; progress: JobProgress }
  /** This client's trainer unlock began or ended (PIN, lock button, or idle time running out). */
  | { type: 'trainerLock'; unlocked: boolean };

export type AppEventType = AppEvent['type'];

/** IPC channel on which the desktop window receives events. */
export const EVENT_CHANNEL = 'events';

/** Browser mode: the path of the Server-Sent Events stream (a GET; the same token, Host and Origin checks). */
export const EVENTS_PATH = '/api/events';
