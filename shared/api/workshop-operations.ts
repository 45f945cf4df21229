import { z } from 'zod';
import { recordId } from '../domain/people';
import {
  ATTENDANCE_STATUSES,
  WORKSHOP_STATUSES,
  workshopInput,
  type AttendanceSheet,
  type EnrolledParticipant,
  type Workshop,
  type WorkshopPage,
} from '../domain/workshops';
import { operation } from './operation';

const byId = z.object({ id: recordId }).strict();
const byWorkshop = z.object({ workshopId: recordId }).strict();

/** Workshops, enrollment and attendance: trainer-only. */
export const workshopOperations = {
  listWorkshops: operation<WorkshopPage>()(
    z
      .object({
        status: z.enum(WORKSHOP_STATUSES).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    'trainer',
  ),
  getWorkshop: operation<Workshop>()(byId, 'trainer'),
  createWorkshop: operation<Workshop>()(z.object({ workshop: workshopInput }).strict(), 'trainer'),
  updateWorkshop: operation<Workshop>()(z.object({ id: recordId, workshop: workshopInput }).strict(), 'trainer'),
  setWorkshopStatus: operation<Workshop>()(z.object({ id: recordId, status: z.enum(WORKSHOP_STATUSES) }).strict(), 'trainer'),
  deleteWorkshop: operation<{ deleted: true }>()(byId, 'trainer'),
  listTrainerNames: operation<string[]>()(z.object({}).strict(), 'trainer'),

  listEnrolled: operation<EnrolledParticipant[]>()(byWorkshop, 'trainer'),
  enrollParticipants: operation<{ added: number }>()(z.object({ workshopId: recordId, participantIds: z.array(recordId).min(1).max(5000) }).strict(), 'trainer'),
  enrollEnterprise: operation<{ added: number }>()(z.object({ workshopId: recordId, enterpriseId: recordId }).strict(), 'trainer'),
  unenrollParticipant: operation<{ removed: true }>()(z.object({ workshopId: recordId, participantId: recordId }).strict(), 'trainer'),

  getAttendanceSheet: operation<AttendanceSheet>()(byWorkshop, 'trainer'),
  /** One cell of the grid; `null` clears it. */
  setAttendance: operation<{ saved: true }>()(
    z.object({ sessionId: recordId, participantId: recordId, status: z.enum(ATTENDANCE_STATUSES).nullable() }).strict(),
    'trainer',
  ),
  /** Everyone enrolled without a mark in this session becomes present; existing marks stay. */
  markAllPresent: operation<{ marked: number }>()(z.object({ sessionId: recordId }).strict(), 'trainer'),
};
