import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/api/result';
import { JobRegistry, type JobControl } from '../../../electron/core/jobs/job-registry';

function manualJob() {
  let finish!: (files: number) => void;
  let fail!: (error: unknown) => void;
  let control!: JobControl;
  const run = (given: JobControl) => {
    control = given;
    given.setTotal(3);
    return new Promise<{ files: Array<{ name: string; bytes: Uint8Array }>; unprintable: string[] }>((resolve, reject) => {
      finish = (count) => resolve({ files: Array.from({ length: count }, (_, i) => ({ name: `${i}.pdf`, bytes: new Uint8Array([i]) })), unprintable: [] });
      fail = reject;
    });
  };
  return { run, finish: (n: number) => finish(n), fail: (e: unknown) => fail(e), control: () => control };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('job registry', () => {
  it('reports progress while running, then hands the files over once', async () => {
    const jobs = new JobRegistry();
    const job = manualJob();
    const started = jobs.start(job.run);
    expect(started).toMatchObject({ state: 'running', done: 0, total: 3 });
    job.control().setDone(2);
    expect(jobs.progress(started.jobId)).toMatchObject({ state: 'running', done: 2, total: 3 });
    expect(() => jobs.take(started.jobId)).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
    job.finish(3);
    await settle();
    expect(jobs.progress(started.jobId)).toMatchObject({ state: 'done', done: 3 });
    expect(jobs.take(started.jobId).files.map((f) => f.name)).toEqual(['0.pdf', '1.pdf', '2.pdf']);
    expect(() => jobs.progress(started.jobId)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('signals the work to stop when cancelled, and never hands over files of a cancelled job', async () => {
    const jobs = new JobRegistry();
    const job = manualJob();
    const { jobId } = jobs.start(job.run);
    expect(jobs.cancel(jobId).state).toBe('cancelled');
    expect(job.control().signal.aborted).toBe(true);
    job.finish(3);
    await settle();
    expect(jobs.progress(jobId).state).toBe('cancelled');
    expect(() => jobs.take(jobId)).toThrowError(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('keeps the error code of a failed job, and INTERNAL for anything unexpected', async () => {
    const jobs = new JobRegistry();
    const a = manualJob();
    const b = manualJob();
    const first = jobs.start(a.run);
    const second = jobs.start(b.run);
    a.fail(new AppError('NO_CERTIFICATES'));
    b.fail(new TypeError('boom'));
    await settle();
    expect(jobs.progress(first.jobId)).toMatchObject({ state: 'failed', error: 'NO_CERTIFICATES' });
    expect(jobs.progress(second.jobId)).toMatchObject({ state: 'failed', error: 'INTERNAL' });
  });

  it('forgets finished jobs that nobody collects', async () => {
    let now = 0;
    const jobs = new JobRegistry(() => now);
    const job = manualJob();
    const { jobId } = jobs.start(job.run);
    job.finish(1);
    await settle();
    now += 31 * 60_000;
    jobs.start(manualJob().run);
    expect(() => jobs.progress(jobId)).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
