/** Long tasks (a batch of PDFs) run as jobs: start returns an id, the screen polls progress and may cancel. */
export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobProgress {
  jobId: string;
  state: JobState;
  done: number;
  total: number;
  /** The error code when state is 'failed'. */
  error: string | null;
  /** For an INTERNAL failure: the reference of its entry in the app log, shown to the user. */
  reference?: string | null;
}
