import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/domain/jobs';
import type { ErrorCode } from '../../../../shared/api/result';
import { api, ApiCallError } from '../../../api/client';

const POLL_MS = 250;

/**
 * Follows a job the core runs (a batch of PDFs): polls its progress (over IPC or HTTP alike) until it ends,
 * then hands over the files once. Leaving the screen cancels it.
 */
export function useJob(onDone: (files: { files: Array<{ name: string; bytes: Uint8Array }>; unprintable: string[] }) => Promise<void> | void) {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const running = useRef<string | null>(null);
  const latestOnDone = useRef(onDone);
  useEffect(() => {
    latestOnDone.current = onDone;
  });

  const follow = useCallback(async (jobId: string) => {
    running.current = jobId;
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (running.current !== jobId) return;
      const next = await api.getJobProgress({ jobId });
      setProgress(next);
      if (next.state === 'running') continue;
      running.current = null;
      if (next.state === 'done') await latestOnDone.current(await api.takeJobFiles({ jobId }));
      if (next.state === 'failed') setError(new ApiCallError({ code: (next.error ?? 'INTERNAL') as ErrorCode, reference: next.reference ?? undefined }));
      return;
    }
  }, []);

  const start = useCallback(
    async (begin: () => Promise<JobProgress>) => {
      setError(null);
      try {
        const first = await begin();
        setProgress(first);
        await follow(first.jobId);
      } catch (caught) {
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
