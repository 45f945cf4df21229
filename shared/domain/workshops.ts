/**
 * Workshops: a module taught over half-day sessions to participants from several enterprises, with attendance
 * per session. Enum values are stored as they are; labels live in the locale files.
 */
import { z } from 'zod';
import { lineText } from './safe-text';
import { recordId, type EnterpriseName, type Gender, type Role } from './people';

export const WORKSHOP_STATUSES = ['planned', 'running', 'done'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

export const HALVES = ['am', 'pm'] as const;
export type Half = (typeof HALVES)[number];

export const ATTENDANCE_STATUSES = ['present', 'late', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Present and late both count as attended (for the rate and for certificates). */
export function attended(status: AttendanceStatus | undefined): boolean {
  return status === 'present' || status === 'late';
}

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'not a date');

export const sessionSlot = z.object({ date: isoDate, half: z.enum(HALVES) }).strict();
export type SessionSlot = z.infer<typeof sessionSlot>;

/** A workshop lasts at most two weeks: long enough for any SCORE module, short enough to list its half-days. */
export const MAX_WORKSHOP_DAYS = 14;

export const workshopInput = z
  .object({
    moduleId: z.string().min(1).max(64),
    title: lineText(160).pipe(z.string().min(1)),
    startDate: isoDate,
    endDate: isoDate,
    location: lineText(160),
    /** Held at one of the enterprises (an in-factory workshop), or elsewhere (location text). */
    siteEnterpriseId: recordId.nullable(),
    hoursPerSession: z.number().min(0.5).max(12),
    trainerNames: z.array(lineText(80).pipe(z.string().min(1))).max(8),
    sessions: z.array(sessionSlot).min(1).max(MAX_WORKSHOP_DAYS * 2),
  })
  .strict()
  .superRefine((w, context) => {
    if (w.endDate < w.startDate) context.addIssue({ code: 'custom', path: ['endDate'], message: 'ends before it starts' });
    const days = (Date.parse(w.endDate) - Date.parse(w.startDate)) / 86_400_000 + 1;
    if (days > MAX_WORKSHOP_DAYS) context.addIssue({ code: 'custom', path: ['endDate'], message: 'longer than two weeks' });
    const seen = new Set<string>();
    w.sessions.forEach((s, i) => {
      const key = `${s.date}/${s.half}`;
      if (s.date < w.startDate || s.date > w.endDate) context.addIssue({ code: 'custom', path: ['sessions', i], message: 'outside the dates' });
      if (seen.has(key)) context.addIssue({ code: 'custom', path: ['sessions', i], message: 'twice' });
      seen.add(key);
    });
  });
export type WorkshopInput = z.infer<typeof workshopInput>;

export interface WorkshopSession {
  id: string;
  date: string;
  half: Half;
  /** How many participants have a mark in this session; a session with marks cannot be removed. */
  marked: number;
}

/** What every view of a workshop shows: which module, when, where, and how far along it is. */
interface WorkshopHeader {
  id: string;
  moduleId: string;
  title: string;
  startDate: string;
  endDate: string;
  location: string;
  siteEnterprise: EnterpriseName | null;
  status: WorkshopStatus;
  enrolledCount: number;
}

export interface Workshop extends WorkshopHeader {
  hoursPerSession: number;
  trainerNames: string[];
  sessions: WorkshopSession[];
  createdAt: string;
  updatedAt: string;
}

export interface WorkshopSummary extends WorkshopHeader {
  sessionCount: number;
}

export interface WorkshopPage {
  total: number;
  rows: WorkshopSummary[];
}

/** An enrolled participant as the attendance grid and the enrollment list show them. */
export interface EnrolledParticipant {
  id: string;
  name: string;
  gender: Gender;
  role: Role;
  department: string;
  enterprise: EnterpriseName | null;
}

export interface AttendanceSheet {
  workshopId: string;
  sessions: WorkshopSession[];
  participants: EnrolledParticipant[];
  /** participantId -> sessionId -> status; a missing entry is not yet marked. */
  marks: Record<string, Record<string, AttendanceStatus>>;
}

/** Every half-day from start to end, in order: the default sessions of a new workshop. */
export function slotsBetween(startDate: string, endDate: string): SessionSlot[] {
  const slots: SessionSlot[] = [];
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return slots;
  for (let day = start, n = 0; day <= end && n < MAX_WORKSHOP_DAYS; day += 86_400_000, n++) {
    const date = new Date(day).toISOString().slice(0, 10);
    slots.push({ date, half: 'am' }, { date, half: 'pm' });
  }
  return slots;
}
