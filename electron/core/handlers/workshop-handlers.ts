import type { workshopOperations } from '../../../shared/api/workshop-operations';
import type { WorkshopInput } from '../../../shared/domain/workshops';
import type { Core } from '../core';
import type { HandlersFor } from './handler';

/** The module must be installed: a workshop of an unknown module could never run its tests. */
function checked(core: Core, workshop: WorkshopInput): WorkshopInput {
  core.content.get(workshop.moduleId);
  return workshop;
}

export const workshopHandlers: HandlersFor<typeof workshopOperations> = {
  listWorkshops: ({ status, offset, limit }, { core }) => core.workshops.list({ status }, { offset, limit }),
  getWorkshop: ({ id }, { core }) => core.workshops.require(id),
  createWorkshop: ({ workshop }, { core }) => core.workshops.create(checked(core, workshop)),
  updateWorkshop: ({ id, workshop }, { core }) => core.workshops.update(id, checked(core, workshop)),
  setWorkshopStatus: ({ id, status }, { core }) => core.workshops.setStatus(id, status),
  deleteWorkshop: ({ id }, { core }) => {
    core.workshops.delete(id);
    return { deleted: true };
  },
  listTrainerNames: (_input, { core }) => core.trainers.list().map((t) => t.name),

  listEnrolled: ({ workshopId }, { core }) => core.enrollments.list(workshopId),
  enrollParticipants: ({ workshopId, participantIds }, { core }) => ({ added: core.enrollments.enroll(workshopId, participantIds) }),
  enrollEnterprise: ({ workshopId, enterpriseId }, { core }) => ({ added: core.enrollments.enrollEnterprise(workshopId, enterpriseId) }),
  unenrollParticipant: ({ workshopId, participantId }, { core }) => {
    core.enrollments.unenroll(workshopId, participantId);
    return { removed: true };
  },

  getAttendanceSheet: ({ workshopId }, { core }) => core.attendance.sheet(workshopId),
  setAttendance: ({ sessionId, participantId, status }, { core }) => {
    core.attendance.set(sessionId, participantId, status);
    return { saved: true };
  },
  markAllPresent: ({ sessionId }, { core }) => ({ marked: core.attendance.markAllPresent(sessionId) }),
};
