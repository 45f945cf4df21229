// @vitest-environment happy-dom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatDuration, useSessionTimer } from '../../../renderer/screens/trainer/modules/session-timer';

type Timer = ReturnType<typeof useSessionTimer>;

// React warns unless it knows updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let timer: Timer;

function Probe({ activities }: { activities: number }) {
  timer = useSessionTimer(activities);
  return null;
}

function mount(activities: number): void {
  root = createRoot(document.createElement('div'));
  act(() => root.render(createElement(Probe, { activities })));
}

/** Moves the clock on and lets the timer's interval fire, as the screen would see it. */
function pass(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('session timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-10T09:00:00Z'));
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('counts only running time across pauses', () => {
    mount(3);
    expect(timer.started).toBe(false);
    act(() => timer.start());
    pass(90_000);
    expect(timer.running).toBe(true);
    expect(timer.elapsedMs).toBe(90_000);
    act(() => timer.pause());
    pass(60_000);
    expect(timer.running).toBe(false);
    expect(timer.elapsedMs).toBe(90_000);
    act(() => timer.start());
    pass(30_000);
    expect(timer.elapsedMs).toBe(120_000);
  });

  it('keeps the time the session first started through pauses and later activities', () => {
    mount(3);
    act(() => timer.start());
    const first = timer.sessionStart;
    expect(first).toBe(Date.parse('2026-03-10T09:00:00Z'));
    pass(5_000);
    act(() => timer.pause());
    pass(5_000);
    act(() => timer.start());
    act(() => timer.goTo(1));
    expect(timer.sessionStart).toBe(first);
  });

  it('starts the next activity from zero, still running, and stops after the last one', () => {
    mount(2);
    act(() => timer.start());
    pass(40_000);
    act(() => timer.goTo(1));
    expect(timer.index).toBe(1);
    expect(timer.elapsedMs).toBe(0);
    pass(10_000);
    expect(timer.elapsedMs).toBe(10_000);
    act(() => timer.goTo(5));
    expect(timer.index).toBe(2);
    expect(timer.running).toBe(false);
    act(() => timer.goTo(-1));
    expect(timer.index).toBe(0);
  });

  it('adds extra minutes to the current activity only', () => {
    mount(3);
    act(() => timer.addMinute());
    act(() => timer.addMinute());
    act(() => timer.goTo(1));
    act(() => timer.addMinute());
    expect(timer.extraMinutes(0)).toBe(2);
    expect(timer.extraMinutes(1)).toBe(1);
    expect(timer.extraMinutes(2)).toBe(0);
  });

  it('writes durations as minutes and seconds, overtime without its sign', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65_400)).toBe('1:05');
    expect(formatDuration(-65_000)).toBe('1:05');
    expect(formatDuration(45 * 60_000)).toBe('45:00');
  });
});
