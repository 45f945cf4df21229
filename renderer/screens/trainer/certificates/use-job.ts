import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/domain/jobs';
import type { ErrorCode } from '../../../../shared/api/result';
import { api, ApiCallError } from '../../../api/client';
import { eventsReady, subscribeToEvents } from '../../../api/events';

/**
 * Follows a job the core runs (a batch of PDFs) through the progress events it pushes (over IPC or HTTP alike)
 * until it ends, then hands over the files once. Leaving the screen cancels it.
 */
export function useJob(onDone: (files: { files: Array<{ name: string; bytes: Uint8Array }>; unprintable: string[] }) => Promise<void> | void) {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = useRef<string | null>(null);
  /** Progress pushed while the start call is still answering: a short batch can end before its id arrives. */
  const early = useRef<Map<string, JobProgress> | null>(null);
  const latestOnDone = useRef(onDone);
  useEffect(() => {
    latestOnDone.current = onDone;
  });

  /** Shows a progress of the running job; once it has ended, collects the files or the error, exactly once. */
  const follow = useCallback(async (next: JobProgress) => {
    if (running.current !== next.jobId) return;
    setProgress(next);
    if (next.state === 'running') return;
    running.current = null;
    try {
      if (next.state === 'done') await latestOnDone.current(await api.takeJobFiles({ jobId: next.jobId }));
      if (next.state === 'failed') setError(new ApiCallError({ code: (next.error ?? 'INTERNAL') as ErrorCode, reference: next.reference ?? undefined }));
    } catch (caught) {
      setError(caught);
    }
  }, []);

  useEffect(() => {
    const resync = () => {
      const jobId = running.current;
      if (jobId) void api.getJobProgress({ jobId }).then(follow, setError);
    };
    return subscribeToEvents((event) => {
      if (event.type !== 'jobProgress') return;
      early.current?.set(event.progress.jobId, event.progress);
      void follow(event.progress);
    }, resync);
  }, [follow]);

  const start = useCallback(
    async (begin: () => Promise<JobProgress>) => {
      setError(null);
      try {
        // Subscribed before the job starts, so not even a batch that ends at once goes unseen.
        await eventsReady();
        early.current = new Map();
        const first = await begin();
        const latest = early.current.get(first.jobId) ?? first;
        early.current = null;
        running.current = first.jobId;
        await follow(latest);
      } catch (caught) {
        early.current = null;
        running.current = null;
        setError(caught);
      }
    },
    [follow],
  );

  const cancel = useCallback(async () => {
    const jobId = running.current;
    if (!jobId) return;
    running.current = null;
    setProgress(await api.cancelJob({ jobId }));
  }, []);

  useEffect(
    () => () => {
      const jobId = running.current;
      running.current = null;
      if (jobId) void api.cancelJob({ jobId }).catch(() => undefined);
    },
    [],
  );

  return { progress, error, start, cancel, running: progress?.state === 'running' };
}
