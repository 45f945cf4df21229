import { useSyncExternalStore } from 'react';

/** A test handed to a participant on the trainer's computer. Kept for the tab, so a reload does not end it. */
export interface HandOver {
  attemptId: string;
  moduleId: string;
  workshopId: string;
  participantName: string;
}

const KEY = 'score.handOver';
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: HandOver | null } = { raw: null, value: null };

function read(): HandOver | null {
  const raw = sessionStorage.getItem(KEY);
  if (raw !== cached.raw) {
    let value: HandOver | null;
    try {
      value = raw ? (JSON.parse(raw) as HandOver) : null;
    } catch {
      value = null;
    }
    cached = { raw, value };
  }
  return cached.value;
}

export function startHandOver(handOver: HandOver): void {
  sessionStorage.setItem(KEY, JSON.stringify(handOver));
  listeners.forEach((listener) => listener());
}

export function endHandOver(): void {
  sessionStorage.removeItem(KEY);
  listeners.forEach((listener) => listener());
}

export function useHandOver(): HandOver | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    read,
  );
}
