import { useEffect, useState } from 'react';

interface TimerState {
  index: number;
  /** Time spent on the current activity before the latest start. */
  spentMs: number;
  /** When the current run began, or null while paused. */
  runningSince: number | null;
  /** Minutes the trainer added to each activity. */
  extraMinutes: Record<number, number>;
  /** When the session was first started, for the planned clock times. */
  sessionStart: number | null;
}

/** A countdown per activity that survives pauses, computed from timestamps so it never drifts. */
export function useSessionTimer(activityCount: number) {
  const [state, setState] = useState<TimerState>({ index: 0, spentMs: 0, runningSince: null, extraMinutes: {}, sessionStart: null });
  const [now, setNow] = useState(0);

  useEffect(() => {
    if (state.runningSince === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [state.runningSince]);

  const elapsedMs = state.spentMs + (state.runningSince !== null ? Math.max(0, now - state.runningSince) : 0);
  const clock = () => Date.now();

  return {
    index: state.index,
    running: state.runningSince !== null,
    started: state.sessionStart !== null,
    sessionStart: state.sessionStart,
    elapsedMs,
    extraMinutes: (index: number) => state.extraMinutes[index] ?? 0,
    start: () => setState((s) => ({ ...s, runningSince: clock(), sessionStart: s.sessionStart ?? clock() })),
    pause: () => setState((s) => ({ ...s, spentMs: s.spentMs + (s.runningSince !== null ? clock() - s.runningSince : 0), runningSince: null })),
    addMinute: () => setState((s) => ({ ...s, extraMinutes: { ...s.extraMinutes, [s.index]: (s.extraMinutes[s.index] ?? 0) + 1 } })),
    goTo: (index: number) =>
      setState((s) => ({ ...s, index: Math.max(0, Math.min(activityCount, index)), spentMs: 0, runningSince: s.runningSince !== null && index < activityCount ? clock() : null })),
  };
}

export function formatDuration(ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}
