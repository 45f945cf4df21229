import { useEffect, useRef } from 'react';
import { api } from '../../api/client';

const REPORT_EVERY_MS = 20_000;
/** Reading counts while the learner has touched, scrolled or typed within the last two minutes. */
const IDLE_AFTER_MS = 120_000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'scroll', 'touchstart'] as const;

/**
 * Records where the learner is and how long they read: the furthest block seen on screen, and the seconds the
 * window was visible and in use, reported every 20 seconds and when the reader closes. A window left open on a
 * shared PC stops counting after two idle minutes.
 */
export function useReadingProgress(
  target: { participantId: string; moduleId: string; lessonId: string },
  container: React.RefObject<HTMLElement | null>,
  /** False until the lesson's blocks are on screen. */
  ready: boolean,
) {
  const furthest = useRef(0);
  const countingSince = useRef<number | null>(null);
  const lastInput = useRef(0);
  const pendingMs = useRef(0);
  const { participantId, moduleId, lessonId } = target;

  const takeSeconds = () => {
    const now = Date.now();
    if (countingSince.current !== null) {
      const activeUntil = Math.min(now, lastInput.current + IDLE_AFTER_MS);
      pendingMs.current += Math.max(0, activeUntil - countingSince.current);
      countingSince.current = document.visibilityState === 'visible' ? now : null;
    }
    const seconds = Math.min(60, Math.floor(pendingMs.current / 1000));
    pendingMs.current -= seconds * 1000;
    return seconds;
  };

  const report = (completed = false) =>
    api.recordLessonProgress({ participantId, moduleId, lessonId, lastBlock: furthest.current, addSeconds: takeSeconds(), completed });

  useEffect(() => {
    const root = container.current;
    if (!ready || !root) return;
    const now = Date.now();
    countingSince.current = document.visibilityState === 'visible' ? now : null;
    lastInput.current = now;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.block);
        if (entry.isIntersecting && index > furthest.current) furthest.current = index;
      }
    });
    root.querySelectorAll('[data-block]').forEach((el) => observer.observe(el));
    const onInput = () => {
      const at = Date.now();
      // Coming back from idle starts a new counting window; the idle gap is not reading time.
      if (at - lastInput.current > IDLE_AFTER_MS) {
        takeSeconds();
        countingSince.current = document.visibilityState === 'visible' ? at : null;
      }
      lastInput.current = at;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') countingSince.current = Date.now();
      else takeSeconds();
    };
    INPUT_EVENTS.forEach((name) => window.addEventListener(name, onInput, { passive: true }));
    document.addEventListener('visibilitychange', onVisibility);
    const timer = window.setInterval(() => void report(), REPORT_EVERY_MS);
    return () => {
      observer.disconnect();
      INPUT_EVENTS.forEach((name) => window.removeEventListener(name, onInput));
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearInterval(timer);
      void report();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one observer per lesson; report reads refs.
  }, [participantId, moduleId, lessonId, container, ready]);

  return { markComplete: () => report(true), setFurthest: (block: number) => (furthest.current = Math.max(furthest.current, block)) };
}
