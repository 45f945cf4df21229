import type { jobOperations } from '../../../shared/api/job-operations';
import type { HandlersFor } from './handler';

export const jobHandlers: HandlersFor<typeof jobOperations> = {
  getJobProgress: ({ jobId }, { core }) => core.jobs.progress(jobId),
  cancelJob: ({ jobId }, { core }) => core.jobs.cancel(jobId),
  takeJobFiles: ({ jobId }, { core }) => core.jobs.take(jobId),
};
