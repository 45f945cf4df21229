import type { z } from 'zod';
import { contract, isOperationName, type OperationName } from '../../shared/api/contract';
import { AppError, type ApiError, type ApiResult } from '../../shared/api/result';
import { appHandlers } from './handlers/app-handlers';
import { certificateHandlers } from './handlers/certificate-handlers';
import { documentHandlers } from './handlers/document-handlers';
import { followUpHandlers } from './handlers/follow-up-handlers';
import { followUpRecordHandlers } from './handlers/follow-up-record-handlers';
import { learnerHandlers } from './handlers/learner-handlers';
import { learningHandlers } from './handlers/learning-handlers';
import type { HandlerContext, HandlersFor } from './handlers/handler';
import { jobHandlers } from './handlers/job-handlers';
import { peopleHandlers } from './handlers/people-handlers';
import { backupHandlers } from './handlers/backup-handlers';
import { resultsHandlers } from './handlers/results-handlers';
import { rosterHandlers } from './handlers/roster-handlers';
import { trainerHandlers } from './handlers/trainer-handlers';
import { workshopHandlers } from './handlers/workshop-handlers';

/** Every operation of the contract, implemented; the compiler fails if one is missing. */
export const handlers: HandlersFor<typeof contract> = {
  ...appHandlers,
  ...learningHandlers,
  ...learnerHandlers,
  ...peopleHandlers,
  ...trainerHandlers,
  ...workshopHandlers,
  ...certificateHandlers,
  ...documentHandlers,
  ...jobHandlers,
  ...rosterHandlers,
  ...backupHandlers,
  ...resultsHandlers,
  ...followUpHandlers,
  ...followUpRecordHandlers,
};

/**
 * The single entry point both transports call: check the name, validate the input against the shared
 * schema, enforce trainer access in the core (whatever the UI shows), run, and wrap the outcome.
 */
export async function dispatch(name: unknown, rawInput: unknown, context: HandlerContext): Promise<ApiResult<unknown>> {
  if (!isOperationName(name)) return { ok: false, error: { code: 'UNKNOWN_OPERATION' } };
  const operation = contract[name];
  const parsed = (operation.input as z.ZodType).safeParse(rawInput ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', fields: parsed.error.issues.map((issue) => issue.path.join('.') || '(input)') },
    };
  }
  if (operation.access === 'trainer' && !context.session.touchTrainer()) {
    return { ok: false, error: { code: 'TRAINER_LOCKED' } };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: HandlerContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    const constraint = constraintError(error);
    if (constraint) return { ok: false, error: constraint };
    console.error(`[api] ${name} failed:`, error);
    return { ok: false, error: { code: 'INTERNAL' } };
  }
}

/**
 * The schema's own constraints are the last line of defence: a reference to a record that does not exist, or a
 * second copy of a unique one, becomes a typed error instead of INTERNAL.
 */
function constraintError(error: unknown): ApiError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return { code: 'NOT_FOUND' };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return { code: 'CONFLICT' };
  return undefined;
}

export type { OperationName };
