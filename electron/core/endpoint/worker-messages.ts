import type { ApiError, ApiResult } from '../../../shared/api/result';
import type { CoreOptions } from '../core';
import type { AddressedEvent } from './core-endpoint';

/** What the core worker starts with: plain data only, since it crosses a thread. */
export interface CoreWorkerData {
  options: Omit<CoreOptions, 'clock' | 'onJobProgress'>;
  /** The desktop app and browser mode save automatic backups; tests and the bench leave them off. */
  startBackupSchedule: boolean;
}

export type ToCoreWorker =
  | { kind: 'call'; id: number; client: string; name: string; input: unknown }
  | { kind: 'log'; id: number; where: string; error: { message: string; stack?: string } }
  | { kind: 'close' };

export type FromCoreWorker =
  | { kind: 'ready' }
  /** The core did not open (a newer or damaged database): the typed error, for the start-up screens. */
  | { kind: 'failed'; error: ApiError }
  | { kind: 'result'; id: number; result: ApiResult<unknown> }
  | { kind: 'logged'; id: number; reference: string }
  | { kind: 'event'; event: AddressedEvent }
  | { kind: 'closed' };
