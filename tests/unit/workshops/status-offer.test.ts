import { describe, expect, it } from 'vitest';
import { localToday, offeredStatus } from '../../../shared/domain/workshop-status-offer';

const sessions = (marked: number) => [
  { date: '2025-03-04', marked },
  { date: '2025-03-05', marked: 0 },
];

describe('offering the next workshop status', () => {
  it('offers "in progress" once a planned workshop has attendance recorded', () => {
    expect(offeredStatus({ status: 'planned', sessions: sessions(0) }, '2025-03-04')).toBeNull();
    expect(offeredStatus({ status: 'planned', sessions: sessions(3) }, '2025-03-04')).toBe('running');
    expect(offeredStatus({ status: 'running', sessions: sessions(3) }, '2025-03-05')).toBeNull();
  });

  it('offers "finished" once the last session\'s date has passed, and nothing for a finished workshop', () => {
    expect(offeredStatus({ status: 'running', sessions: sessions(3) }, '2025-03-06')).toBe('done');
    expect(offeredStatus({ status: 'planned', sessions: sessions(0) }, '2025-04-01')).toBe('done');
    expect(offeredStatus({ status: 'done', sessions: sessions(3) }, '2025-04-01')).toBeNull();
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2025, 2, 5, 23, 30))).toBe('2025-03-05');
    expect(localToday(new Date(2025, 2, 5, 0, 15))).toBe('2025-03-05');
  });
});
