import { AppError } from '../../../shared/api/result';
import type { FileBytes } from '../../../shared/api/bridge';
import type { JobProgress } from '../../../shared/domain/jobs';
import { newId } from '../db/timestamps';

export interface JobControl {
  signal: AbortSignal;
  setTotal(total: number): void;
  setDone(done: number): void;
}

export interface JobOutput {
  files: FileBytes[];
  /** Characters that no shipped font has (printed as 〓), for the screen to point out. */
  unprintable: string[];
}

interface Job {
  progress: JobProgress;
  controller: AbortController;
  output: JobOutput | null;
  finishedAt: number | null;
}

/** A finished job's files wait this long to be collected, then are dropped. */
const KEEP_FINISHED_MS = 30 * 60_000;

/**
 * Long-running work (a batch of PDFs) as jobs: start returns an id at once, progress is pushed to the screens as
 * events (and may still be asked for) over either transport, the screen may cancel; the files are collected once when done.
 */
export class JobRegistry {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly now: () => number = Date.now,
    /** Where an unexpected failure is recorded (the app log); returns the reference shown with it. */
    private readonly recordInternal: (error: unknown) => string = () => '',
    /** Told of every change of a job's progress, to push it to the screens (shared/api/events.ts). */
    private readonly announce: (progress: JobProgress) => void = () => {},
  ) {}

  start(run: (control: JobControl) => Promise<JobOutput>): JobProgress {
    this.sweep();
    const jobId = newId();
    const job: Job = { progress: { jobId, state: 'running', done: 0, total: 0, error: null }, controller: new AbortController(), output: null, finishedAt: null };
    this.jobs.set(jobId, job);
    const control: JobControl = {
      signal: job.controller.signal,
      setTotal: (total) => {
        job.progress.total = total;
        this.announce({ ...job.progress });
      },
      setDone: (done) => {
        job.progress.done = Math.min(done, job.progress.total || done);
        this.announce({ ...job.progress });
      },
    };
    void run(control).then(
      (output) => {
        if (job.progress.state !== 'running') return;
        job.output = output;
        job.progress = { ...job.progress, state: 'done', done: job.progress.total };
        job.finishedAt = this.now();
        this.announce({ ...job.progress });
      },
      (error: unknown) => {
        job.finishedAt = this.now();
        if (job.progress.state !== 'running') return;
        if (job.controller.signal.aborted || (error instanceof AppError && error.code === 'CANCELLED')) {
          job.progress = { ...job.progress, state: 'cancelled' };
          this.announce({ ...job.progress });
          return;
        }
        const failure = error instanceof AppError ? error.code : 'INTERNAL';
        job.progress = { ...job.progress, state: 'failed', error: failure, reference: error instanceof AppError ? null : this.recordInternal(error) };
        this.announce({ ...job.progress });
      },
    );
    return { ...job.progress };
  }

  progress(jobId: string): JobProgress {
    return { ...this.require(jobId).progress };
  }

  cancel(jobId: string): JobProgress {
    const job = this.require(jobId);
    if (job.progress.state === 'running') {
      job.controller.abort();
      job.progress = { ...job.progress, state: 'cancelled' };
      job.finishedAt = this.now();
      this.announce({ ...job.progress });
    }
    return { ...job.progress };
  }

  /** The files of a finished job, once: collecting them forgets the job. */
  take(jobId: string): JobOutput {
    const job = this.require(jobId);
    if (job.progress.state !== 'done' || !job.output) throw new AppError('CONFLICT', { reason: 'job-not-done', state: job.progress.state });
    this.jobs.delete(jobId);
    return job.output;
  }

  cancelAll(): void {
    for (const id of this.jobs.keys()) this.cancel(id);
  }

  private require(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', { jobId });
    return job;
  }

  private sweep(): void {
    for (const [id, job] of this.jobs) {
      if (job.finishedAt !== null && this.now() - job.finishedAt > KEEP_FINISHED_MS) this.jobs.delete(id);
    }
  }
}
