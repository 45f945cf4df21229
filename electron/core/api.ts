import type { z } from 'zod';
import { contract, isOperationName, type OperationName } from '../../shared/api/contract';
import { AppError, type ApiResult } from '../../shared/api/result';
import { UNSAFE_CHARACTERS_MESSAGE } from '../../shared/domain/safe-text';
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
import { knownFailure } from './handlers/known-failures';

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
    const fields = (issues: z.core.$ZodIssue[]) => issues.map((issue) => issue.path.join('.') || '(input)');
    const unsafe = parsed.error.issues.filter((issue) => issue.message === UNSAFE_CHARACTERS_MESSAGE);
    // Invisible characters get their own message: the trainer cannot see what is wrong with the text otherwise.
    if (unsafe.length > 0) return { ok: false, error: { code: 'TEXT_UNSAFE_CHARACTERS', fields: fields(unsafe) } };
    return { ok: false, error: { code: 'INVALID_INPUT', fields: fields(parsed.error.issues) } };
  }
  if (operation.access === 'trainer' && !context.session.touchTrainer()) {
    return { ok: false, error: { code: 'TRAINER_LOCKED' } };
  }
  try {
    const handler = handlers[name] as (input: unknown, context: HandlerContext) => unknown;
    return { ok: true, value: await handler(parsed.data, context) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toApiError() };
    const known = knownFailure(error);
    if (known) return { ok: false, error: known };
    // Only the error is logged, never the input, which may hold names and phone numbers.
    return { ok: false, error: { code: 'INTERNAL', reference: context.core.log.internal(`api ${name}`, error) } };
  }
}

export type { OperationName };
