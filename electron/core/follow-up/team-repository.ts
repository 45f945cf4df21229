import { AppError } from '../../../shared/api/result';
import { GENDERS, type Gender } from '../../../shared/domain/people';
import {
  TEAM_ROLES,
  type TeamBalance,
  type TeamMeeting,
  type TeamMeetingInput,
  type TeamMember,
  type TeamMemberInput,
  type TeamRole,
} from '../../../shared/domain/follow-up/improvement-team';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { requireMembersOf, requireParticipantsOf } from './enterprise-scope-repository';

interface MemberRow {
  id: string;
  enterprise_id: string;
  participant_id: string;
  name: string;
  gender: Gender;
  role: TeamRole;
  joined_on: string;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT_MEMBER = `SELECT m.id, m.enterprise_id, m.participant_id, p.name, p.gender, m.role, m.joined_on, m.left_on, m.created_at, m.updated_at
  FROM eit_members m JOIN participants p ON p.id = m.participant_id`;

function toMember(row: MemberRow): TeamMember {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    participantId: row.participant_id,
    name: row.name,
    sex: row.gender,
    role: row.role,
    joinedOn: row.joined_on,
    leftOn: row.left_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

interface MeetingRow {
  id: string;
  enterprise_id: string;
  held_on: string;
  topics: string;
  decisions: string;
  next_on: string | null;
  created_at: string;
  updated_at: string;
}

/** The Enterprise Improvement Team of each enterprise: its members (participants of that enterprise) and meetings. */
export class TeamRepository {
  constructor(private readonly db: Db) {}

  addMember(input: TeamMemberInput): TeamMember {
    const id = newId();
    this.db.transaction(() => {
      requireParticipantsOf(this.db, input.enterpriseId, [input.participantId], 'participantId');
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO eit_members (id, enterprise_id, participant_id, role, joined_on, left_on, created_at, updated_at)
           VALUES (@id, @enterpriseId, @participantId, @role, @joinedOn, @leftOn, @now, @now)`,
        )
        .run({ ...input, id, now });
    })();
    return this.requireMember(id);
  }

  /** The enterprise and the person stay; role and dates change (a member who leaves gets a left day, not deleted). */
  updateMember(id: string, input: TeamMemberInput): TeamMember {
    const existing = this.requireMember(id);
    if (existing.enterpriseId !== input.enterpriseId || existing.participantId !== input.participantId) throw new AppError('CONFLICT', { field: 'participantId' });
    this.db
      .prepare('UPDATE eit_members SET role = @role, joined_on = @joinedOn, left_on = @leftOn, updated_at = @now WHERE id = @id')
      .run({ ...input, id, now: nowIso() });
    return this.requireMember(id);
  }

  /** Refused while the member owns actions: the ledger must keep who was responsible. */
  deleteMember(id: string): void {
    this.db.transaction(() => {
      const { n } = this.db.prepare('SELECT count(*) AS n FROM actions WHERE owner_member_id = ?').get(id) as { n: number };
      if (n > 0) throw new AppError('MEMBER_OWNS_ACTIONS', { actions: n });
      if (this.db.prepare('DELETE FROM eit_members WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    })();
  }

  getMember(id: string): TeamMember | undefined {
    const row = this.db.prepare(`${SELECT_MEMBER} WHERE m.id = ?`).get(id) as MemberRow | undefined;
    return row && toMember(row);
  }

  requireMember(id: string): TeamMember {
    const member = this.getMember(id);
    if (!member) throw new AppError('NOT_FOUND');
    return member;
  }

  listMembers(enterpriseId: string): TeamMember[] {
    const rows = this.db.prepare(`${SELECT_MEMBER} WHERE m.enterprise_id = ? ORDER BY m.left_on IS NOT NULL, p.sort_key, m.id`).all(enterpriseId) as MemberRow[];
    return rows.map(toMember);
  }

  /** Managers against workers, women against men: counted over the members who have not left. */
  balance(enterpriseId: string): TeamBalance {
    const byRole = Object.fromEntries(TEAM_ROLES.map((role) => [role, 0])) as Record<TeamRole, number>;
    const bySex = Object.fromEntries(GENDERS.map((sex) => [sex, 0])) as Record<Gender, number>;
    for (const member of this.listMembers(enterpriseId)) {
      if (member.leftOn !== null) continue;
      byRole[member.role] += 1;
      bySex[member.sex] += 1;
    }
    return { byRole, bySex };
  }

  createMeeting(input: TeamMeetingInput): TeamMeeting {
    const id = newId();
    this.db.transaction(() => {
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO eit_meetings (id, enterprise_id, held_on, topics, decisions, next_on, created_at, updated_at)
           VALUES (@id, @enterpriseId, @heldOn, @topics, @decisions, @nextOn, @now, @now)`,
        )
        .run({ ...input, id, now });
      this.writeAttendees(id, input, now);
    })();
    return this.requireMeeting(id);
  }

  updateMeeting(id: string, input: TeamMeetingInput): TeamMeeting {
    this.db.transaction(() => {
      const now = nowIso();
      const result = this.db
        .prepare(
          `UPDATE eit_meetings SET held_on = @heldOn, topics = @topics, decisions = @decisions, next_on = @nextOn, updated_at = @now
           WHERE id = @id AND enterprise_id = @enterpriseId`,
        )
        .run({ ...input, id, now });
      if (result.changes === 0) throw new AppError('NOT_FOUND');
      this.db.prepare('DELETE FROM eit_meeting_attendees WHERE meeting_id = ?').run(id);
      this.writeAttendees(id, input, now);
    })();
    return this.requireMeeting(id);
  }

  deleteMeeting(id: string): void {
    if (this.db.prepare('DELETE FROM eit_meetings WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
  }

  requireMeeting(id: string): TeamMeeting {
    const row = this.db.prepare('SELECT * FROM eit_meetings WHERE id = ?').get(id) as MeetingRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return this.toMeeting(row);
  }

  listMeetings(enterpriseId: string): TeamMeeting[] {
    const rows = this.db.prepare('SELECT * FROM eit_meetings WHERE enterprise_id = ? ORDER BY held_on DESC, id').all(enterpriseId) as MeetingRow[];
    return rows.map((row) => this.toMeeting(row));
  }

  private writeAttendees(meetingId: string, input: TeamMeetingInput, now: string): void {
    const attendeeIds = [...new Set(input.attendeeIds)];
    requireMembersOf(this.db, input.enterpriseId, attendeeIds, 'attendeeIds');
    const insert = this.db.prepare('INSERT INTO eit_meeting_attendees (meeting_id, member_id, created_at) VALUES (?, ?, ?)');
    for (const memberId of attendeeIds) insert.run(meetingId, memberId, now);
  }

  private toMeeting(row: MeetingRow): TeamMeeting {
    const attendeeIds = this.db
      .prepare('SELECT member_id FROM eit_meeting_attendees WHERE meeting_id = ? ORDER BY member_id')
      .pluck()
      .all(row.id) as string[];
    return {
      id: row.id,
      enterpriseId: row.enterprise_id,
      heldOn: row.held_on,
      attendeeIds,
      topics: row.topics,
      decisions: row.decisions,
      nextOn: row.next_on,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
