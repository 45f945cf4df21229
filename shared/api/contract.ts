import type { z } from 'zod';
import { appOperations } from './app-operations';
import { certificateOperations } from './certificate-operations';
import { documentOperations } from './document-operations';
import { followUpOperations } from './follow-up-operations';
import { followUpRecordOperations } from './follow-up-record-operations';
import { jobOperations } from './job-operations';
import { learnerOperations } from './learner-operations';
import { learningOperations } from './learning-operations';
import type { Operation } from './operation';
import { peopleOperations } from './people-operations';
import { backupOperations } from './backup-operations';
import { resultsOperations } from './results-operations';
import { rosterOperations } from './roster-operations';
import { trainerOperations } from './trainer-operations';
import { workshopOperations } from './workshop-operations';

/**
 * The one API contract. Each area declares its operations in its own file; this map joins them.
 * The preload, the HTTP server and the renderer's client are all derived from it.
 */
export const contract = {
  ...appOperations,
  ...learningOperations,
  ...learnerOperations,
  ...peopleOperations,
  ...trainerOperations,
  ...workshopOperations,
  ...certificateOperations,
  ...documentOperations,
  ...jobOperations,
  ...rosterOperations,
  ...backupOperations,
  ...resultsOperations,
  ...followUpOperations,
  ...followUpRecordOperations,
};

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type InputOf<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInputOf<K extends OperationName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends OperationName> = Contract[K] extends Operation<z.ZodType, infer O> ? O : never;

export { OPERATION_NAMES } from './operation-names';

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The client surface: one async function per operation, the same over IPC and HTTP. */
export type ApiClient = { [K in OperationName]: (input: InputOf<K>) => Promise<OutputOf<K>> };
