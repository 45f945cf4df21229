/**
 * Errors cross every boundary as a code plus data; the renderer turns them into localized text
 * (`errors.<CODE>` in the locale files), so a user never sees a stack trace.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'TEXT_UNSAFE_CHARACTERS',
  'UNKNOWN_OPERATION',
  'FORBIDDEN_ORIGIN',
  'TRAINER_LOCKED',
  'PIN_NOT_SET',
  'PIN_ALREADY_SET',
  'PIN_WRONG',
  'PIN_TOO_MANY_TRIES',
  'RECOVERY_CODE_WRONG',
  'NOT_FOUND',
  'CONFLICT',
  'DATABASE_TOO_NEW',
  'DATABASE_CORRUPT',
  'PACK_INVALID',
  'PACK_REPLACES_BUNDLED',
  'IMPORT_INVALID',
  'BACKUP_INVALID',
  'CANCELLED',
  'ENTERPRISE_IN_USE',
  'PARTICIPANT_DUPLICATE',
  'PARTICIPANT_CERTIFIED',
  'WORKSHOP_CERTIFIED',
  'SESSION_HAS_ATTENDANCE',
  'NOT_ENROLLED',
  'WORKSHOP_NOT_FINISHED',
  'NO_CERTIFICATES',
  'CERTIFICATE_REVOKED',
  'CERTIFICATE_TOO_LONG',
  'COUNTERSIGN_REFUSED',
  'COUNTERSIGNATURES_INVALID',
  'REVOCATION_LIST_UNTRUSTED',
  'REVOCATION_LIST_OUTDATED',
  'IMAGE_INVALID',
  'ROSTER_UNREADABLE',
  'ROSTER_EMPTY',
  'ROSTER_OLD_EXCEL',
  'ROSTER_TOO_LARGE',
  'ROSTER_FILE_TOO_LARGE',
  'ROSTER_UNSAFE_CHARACTERS',
  'ROSTER_NO_NAME_COLUMN',
  'BACKUP_CORRUPT',
  'BACKUP_NOT_OURS',
  'BACKUP_TOO_NEW',
  'BACKUP_TAMPERED',
  'PAPER_ANSWER_INVALID',
  'NOT_IN_ENTERPRISE',
  'NOT_IN_TEAM',
  'MEMBER_OWNS_ACTIONS',
  'PARTICIPANT_ON_TEAM',
  'ENTERPRISE_HAS_FOLLOW_UP',
  'FINDING_HAS_ACTIONS',
  'DISK_FULL',
  'INTERNAL',
  /** Raised by the renderer's HTTP client when the local server does not answer. */
  'NETWORK',
  /** Raised by the renderer when the desktop window has no preload bridge (the preload failed to run). */
  'DESKTOP_BRIDGE_MISSING',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  /** Data for the localized message (a row number, a field name, seconds to wait...). */
  [detail: string]: unknown;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Thrown inside the core; the dispatcher turns it into `{ok: false, error}`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return { ...this.details, code: this.code };
  }
}
