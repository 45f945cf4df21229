import { z } from 'zod';
import type { JobProgress } from '../domain/jobs';
import type { FileBytes } from './bridge';
import { operation } from './operation';

const byJob = z.object({ jobId: z.string().uuid() }).strict();

/** Long tasks started by other operations (a batch of PDFs): progress, cancel, and collecting the files once. */
export const jobOperations = {
  getJobProgress: operation<JobProgress>()(byJob, 'trainer'),
  cancelJob: operation<JobProgress>()(byJob, 'trainer'),
  /** The files of a finished job; characters no font has are listed so the screen can point them out. */
  takeJobFiles: operation<{ files: FileBytes[]; unprintable: string[] }>()(byJob, 'trainer'),
};
