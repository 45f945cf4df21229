import { AppError } from '../../../shared/api/result';
import type { Gender, Role } from '../../../shared/domain/people';
import type { ProposerRole, Suggestion, SuggestionInput } from '../../../shared/domain/follow-up/suggestions';
import type { TeamRole } from '../../../shared/domain/follow-up/improvement-team';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { enterpriseOf, requireParticipantsOf } from './enterprise-scope-repository';

interface SuggestionRow {
  id: string;
  enterprise_id: string;
  submitted_on: string;
  proposer_participant_id: string | null;
  proposer_name: string | null;
  proposer_role: ProposerRole;
  proposer_sex: Gender;
  category: Suggestion['category'];
  description: string;
  reply: Suggestion['reply'];
  reply_reason: string;
  replied_on: string | null;
  implemented_on: string | null;
  estimated_saving: number | null;
  actual_saving: number | null;
  project_id: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT s.id, s.enterprise_id, s.submitted_on, s.proposer_participant_id, p.name AS proposer_name, s.proposer_role, s.proposer_sex,
    s.category, s.description, s.reply, s.reply_reason, s.replied_on, s.implemented_on, s.estimated_saving, s.actual_saving, s.project_id,
    s.created_at, s.updated_at
  FROM suggestions s LEFT JOIN participants p ON p.id = s.proposer_participant_id`;

/** A participant's role in the roster, read as a proposer role (the team role wins when the person is on the team). */
const ROSTER_ROLE: Record<Role, ProposerRole> = {
  manager: 'manager',
  supervisor: 'supervisor',
  worker: 'worker',
  'eit-member': 'worker',
  'safety-officer': 'osh-officer',
  inspector: 'other',
  other: 'other',
};

function toSuggestion(row: SuggestionRow): Suggestion {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    submittedOn: row.submitted_on,
    proposer:
      row.proposer_participant_id === null
        ? { kind: 'anonymous', role: row.proposer_role, sex: row.proposer_sex }
        : { kind: 'participant', participantId: row.proposer_participant_id },
    proposerRole: row.proposer_role,
    proposerSex: row.proposer_sex,
    proposerName: row.proposer_name,
    category: row.category,
    description: row.description,
    reply: row.reply,
    replyReason: row.reply_reason,
    repliedOn: row.replied_on,
    implementedOn: row.implemented_on,
    estimatedSaving: row.estimated_saving,
    actualSaving: row.actual_saving,
    projectId: row.project_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The suggestion scheme of each enterprise. */
export class SuggestionRepository {
  constructor(private readonly db: Db) {}

  create(input: SuggestionInput): Suggestion {
    const id = newId();
    this.db.transaction(() => {
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO suggestions (id, enterprise_id, submitted_on, proposer_participant_id, proposer_role, proposer_sex, category, description,
             reply, reply_reason, replied_on, implemented_on, estimated_saving, actual_saving, project_id, created_at, updated_at)
           VALUES (@id, @enterpriseId, @submittedOn, @participantId, @role, @sex, @category, @description,
             @reply, @replyReason, @repliedOn, @implementedOn, @estimatedSaving, @actualSaving, @projectId, @now, @now)`,
        )
        .run({ ...input, ...this.proposerColumns(input), id, now });
    })();
    return this.require(id);
  }

  update(id: string, input: SuggestionInput): Suggestion {
    this.db.transaction(() => {
      const result = this.db
        .prepare(
          `UPDATE suggestions SET submitted_on = @submittedOn, proposer_participant_id = @participantId, proposer_role = @role,
             proposer_sex = @sex, category = @category, description = @description, reply = @reply, reply_reason = @replyReason,
             replied_on = @repliedOn, implemented_on = @implementedOn, estimated_saving = @estimatedSaving, actual_saving = @actualSaving,
             project_id = @projectId, updated_at = @now
           WHERE id = @id AND enterprise_id = @enterpriseId`,
        )
        .run({ ...input, ...this.proposerColumns(input), id, now: nowIso() });
      if (result.changes === 0) throw new AppError('NOT_FOUND');
    })();
    return this.require(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM suggestions WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
  }

  require(id: string): Suggestion {
    const row = this.db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SuggestionRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return toSuggestion(row);
  }

  /** Newest first. */
  listForEnterprise(enterpriseId: string): Suggestion[] {
    const rows = this.db.prepare(`${SELECT} WHERE s.enterprise_id = ? ORDER BY s.submitted_on DESC, s.created_at DESC`).all(enterpriseId) as SuggestionRow[];
    return rows.map(toSuggestion);
  }

  /**
   * The role and sex counted for the suggestion. A named proposer's are read from their records when the suggestion
   * is saved (the team role if they are on the team, else the roster role), so that a later change of job does not
   * rewrite past shares. A linked project must be of the same enterprise.
   */
  private proposerColumns(input: SuggestionInput): { participantId: string | null; role: ProposerRole; sex: Gender } {
    if (input.projectId !== null && enterpriseOf(this.db, 'improvement_projects', input.projectId, 'projectId') !== input.enterpriseId) {
      throw new AppError('NOT_IN_ENTERPRISE', { field: 'projectId' });
    }
    const proposer = input.proposer;
    if (proposer.kind === 'anonymous') return { participantId: null, role: proposer.role, sex: proposer.sex };
    requireParticipantsOf(this.db, input.enterpriseId, [proposer.participantId], 'proposer');
    const person = this.db
      .prepare(
        `SELECT p.gender, p.role, m.role AS team_role FROM participants p
         LEFT JOIN eit_members m ON m.participant_id = p.id AND m.enterprise_id = p.enterprise_id WHERE p.id = ?`,
      )
      .get(proposer.participantId) as { gender: Gender; role: Role; team_role: TeamRole | null };
    return { participantId: proposer.participantId, role: person.team_role ?? ROSTER_ROLE[person.role], sex: person.gender };
  }
}
