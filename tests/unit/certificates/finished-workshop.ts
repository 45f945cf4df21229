import { randomUUID } from 'node:crypto';
import type { Core } from '../../../electron/core/core';
import type { AttendanceStatus } from '../../../shared/domain/workshops';
import { slotsBetween } from '../../../shared/domain/workshops';
import { enterprise, participant } from '../people/fixtures';

/** Who attends what, and how each does in the post-test: the cases eligibility must tell apart. */
export const PEOPLE = [
  { name: '张喆', gender: 'male', marks: ['present', 'present', 'late', 'present'], post: 0.9 },
  { name: '王堃', gender: 'male', marks: ['present', 'present', 'present', 'absent'], post: 0.8 },
  { name: '李珺', gender: 'female', marks: ['present', 'absent', 'absent', 'present'], post: 0.9 },
  { name: '刘昇', gender: 'male', marks: ['present', 'present', 'present', 'present'], post: 0.4 },
  { name: 'Zoë Brontë-Müller', gender: 'female', marks: ['present', 'excused', 'present', 'present'], post: 1 },
  { name: 'Łukasz Żółkiewski', gender: 'male', marks: ['present', 'present', 'present', 'present'], post: 0.75 },
  { name: 'María José Núñez', gender: 'female', marks: ['late', 'present', 'present', 'present'], post: null },
] as const;

/** A two-day OSH workshop with seven participants from two enterprises, attendance marked and post-tests taken. */
export function finishedWorkshop(core: Core, status: 'running' | 'done' = 'done') {
  const factory = core.enterprises.create(enterprise());
  const chemicals = core.enterprises.create(enterprise({ nameZh: '东方化工', nameEn: 'Dongfang Chemicals', sector: 'chemicals' }));
  const workshop = core.workshops.create({
    moduleId: 'osh',
    title: '职业安全与健康 吴江第一期',
    startDate: '2025-03-04',
    endDate: '2025-03-05',
    location: '吴江培训中心',
    siteEnterpriseId: null,
    hoursPerSession: 3.5,
    trainerNames: ['陈珺'],
    sessions: slotsBetween('2025-03-04', '2025-03-05'),
  });
  const ids = PEOPLE.map((person, i) =>
    core.participants.create(
      participant({ name: person.name, gender: person.gender, enterpriseId: i % 2 === 0 ? factory.id : chemicals.id, role: i === 0 ? 'manager' : 'worker', phone: `1380000${String(1000 + i)}` }),
    ).id,
  );
  core.enrollments.enroll(workshop.id, ids);
  PEOPLE.forEach((person, i) => {
    workshop.sessions.forEach((session, s) => core.attendance.set(session.id, ids[i]!, person.marks[s] as AttendanceStatus));
    if (person.post !== null) {
      const now = '2025-03-05T15:00:00.000Z';
      core.db
        .prepare(
          `INSERT INTO quiz_attempts (id, participant_id, module_id, workshop_id, kind, entry, seed, question_ids, started_at, finished_at, score, max_score, pass_mark, passed, created_at, updated_at)
           VALUES (?, ?, 'osh', ?, 'post', 'screen', 1, '[]', ?, ?, ?, 10, 70, ?, ?, ?)`,
        )
        .run(randomUUID(), ids[i], workshop.id, now, now, person.post * 10, person.post >= 0.7 ? 1 : 0, now, now);
    }
  });
  if (status === 'done') core.workshops.setStatus(workshop.id, 'done');
  return { workshop: core.workshops.require(workshop.id), ids, factory, chemicals };
}

/** A one-day workshop delivered by two trainers, marked done, with the first `count` people of finishedWorkshop(). */
export function coDeliveredWorkshop(core: Core, count: number): string {
  const workshop = core.workshops.create({
    moduleId: 'osh',
    title: '职业安全与健康 联合授课',
    startDate: '2025-03-04',
    endDate: '2025-03-04',
    location: '吴江',
    siteEnterpriseId: null,
    hoursPerSession: 3.5,
    trainerNames: ['陈珺', '李安全'],
    sessions: slotsBetween('2025-03-04', '2025-03-04'),
  });
  const { ids } = finishedWorkshop(core);
  core.enrollments.enroll(workshop.id, ids.slice(0, count));
  core.workshops.setStatus(workshop.id, 'done');
  return workshop.id;
}
