import type { ApiError } from '../../../shared/api/result';

/**
 * The schema's own constraints are the last line of defence: a reference to a record that does not exist, or a
 * second copy of a unique one, becomes a typed error instead of INTERNAL. So does a full disk, which the trainer
 * can fix.
 */
export function knownFailure(error: unknown): ApiError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  // The write did not happen, and SQLite rolled its transaction back: what was acknowledged before is intact.
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return { code: 'DISK_FULL' };
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { code: 'NOT_FOUND' };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return { code: 'CONFLICT' };
  return undefined;
}
