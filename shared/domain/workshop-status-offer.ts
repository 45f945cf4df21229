import type { WorkshopSession, WorkshopStatus } from './workshops';

/**
 * Which status the workshop screen offers to move a workshop to, or null. Trainers forget to move the status on,
 * and certificates wait for "finished": once attendance is recorded a planned workshop has begun, and once the
 * last session's date has passed it is over. The trainer confirms; nothing changes by itself.
 */
export function offeredStatus(workshop: { status: WorkshopStatus; sessions: Array<Pick<WorkshopSession, 'date' | 'marked'>> }, today: string): WorkshopStatus | null {
  if (workshop.status === 'done') return null;
  const lastDate = workshop.sessions.reduce((latest, session) => (session.date > latest ? session.date : latest), '');
  if (lastDate !== '' && today > lastDate) return 'done';
  if (workshop.status === 'planned' && workshop.sessions.some((session) => session.marked > 0)) return 'running';
  return null;
}

/** Today's calendar date on this computer, YYYY-MM-DD, comparable with session dates. */
export function localToday(now = new Date()): string {
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())).toISOString().slice(0, 10);
}
