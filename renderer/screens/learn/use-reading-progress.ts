import { useEffect, useRef } from 'react';
import { api } from '../../api/client';

const REPORT_EVERY_MS = 20_000;
const MAX_REPORT_SECONDS = 600;

/**
 * Records where the learner is and how long they read: the furthest block seen on screen, and the seconds the
 * window was visible, reported every 20 seconds and when the reader closes.
 */
export function useReadingProgress(
  target: { participantId: string; moduleId: string; lessonId: string },
  container: React.RefObject<HTMLElement | null>,
  /** False until the lesson's blocks are on screen. */
  ready: boolean,
) {
  const furthest = useRef(0);
  const visibleSince = useRef<number | null>(null);
  const pendingMs = useRef(0);
  const { participantId, moduleId, lessonId } = target;

  const takeSeconds = () => {
    const now = Date.now();
    if (visibleSince.current !== null) {
      pendingMs.current += now - visibleSince.current;
      visibleSince.current = document.visibilityState === 'visible' ? now : null;
    }
    const seconds = Math.min(MAX_REPORT_SECONDS, Math.floor(pendingMs.current / 1000));
    pendingMs.current -= seconds * 1000;
    return seconds;
  };

  const report = (completed = false) =>
    api.recordLessonProgress({ participantId, moduleId, lessonId, lastBlock: furthest.current, addSeconds: takeSeconds(), completed });

  useEffect(() => {
    const root = container.current;
    if (!ready || !root) return;
    visibleSince.current = document.visibilityState === 'visible' ? Date.now() : null;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.block);
        if (entry.isIntersecting && index > furthest.current) furthest.current = index;
      }
    });
    root.querySelectorAll('[data-block]').forEach((el) => observer.observe(el));
    const onVisibility = () => {
      if (document.visibilityState === 'visible') visibleSince.current = Date.now();
      else takeSeconds();
    };
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(() => void report(), REPORT_EVERY_MS);
    return () => {
      observer.disconnect();
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
      void report();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one observer per lesson; report reads refs.
  }, [participantId, moduleId, lessonId, container, ready]);

  return { markComplete: () => report(true), setFurthest: (block: number) => (furthest.current = Math.max(furthest.current, block)) };
}
