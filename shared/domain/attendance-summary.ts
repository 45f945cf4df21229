import { GENDERS, type Gender } from './people';
import { ATTENDANCE_STATUSES, attended, type AttendanceSheet, type AttendanceStatus } from './workshops';

export type CellState = AttendanceStatus | 'unmarked';
export type StatusCounts = Record<CellState, number>;

export interface GenderAttendance {
  gender: Gender;
  participants: number;
  /** Sessions attended (present or late), summed over the participants of this gender. */
  attended: number;
  /** Sessions they could have attended: participants × sessions. */
  possible: number;
  rate: number;
}

export interface AttendanceSummary {
  bySession: Record<string, StatusCounts>;
  byParticipant: Record<string, { attended: number; rate: number }>;
  byStatus: StatusCounts;
  byGender: GenderAttendance[];
}

function emptyCounts(): StatusCounts {
  return { present: 0, late: 0, excused: 0, absent: 0, unmarked: 0 };
}

/**
 * Totals for the attendance grid, the export and certificates. A participant's rate is the share of all the
 * workshop's sessions they attended (present or late), so an unmarked session counts as not attended.
 */
export function summarizeAttendance(sheet: Pick<AttendanceSheet, 'sessions' | 'participants' | 'marks'>): AttendanceSummary {
  const sessionCount = sheet.sessions.length;
  const bySession: Record<string, StatusCounts> = Object.fromEntries(sheet.sessions.map((s) => [s.id, emptyCounts()]));
  const byParticipant: AttendanceSummary['byParticipant'] = {};
  const byStatus = emptyCounts();
  const genders = new Map<Gender, GenderAttendance>(GENDERS.map((g) => [g, { gender: g, participants: 0, attended: 0, possible: 0, rate: 0 }]));

  for (const participant of sheet.participants) {
    const marks = sheet.marks[participant.id] ?? {};
    let count = 0;
    for (const session of sheet.sessions) {
      const status = marks[session.id];
      const state: CellState = status && (ATTENDANCE_STATUSES as readonly string[]).includes(status) ? status : 'unmarked';
      bySession[session.id]![state] += 1;
      byStatus[state] += 1;
      if (attended(status)) count += 1;
    }
    byParticipant[participant.id] = { attended: count, rate: sessionCount > 0 ? count / sessionCount : 0 };
    const group = genders.get(participant.gender)!;
    group.participants += 1;
    group.attended += count;
    group.possible += sessionCount;
  }
  const byGender = [...genders.values()].filter((g) => g.participants > 0).map((g) => ({ ...g, rate: g.possible > 0 ? g.attended / g.possible : 0 }));
  return { bySession, byParticipant, byStatus, byGender };
}
