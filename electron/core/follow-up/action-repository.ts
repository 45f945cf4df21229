import { AppError } from '../../../shared/api/result';
import { riskBand, type Action, type ActionInput } from '../../../shared/domain/follow-up/action-ledger';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { enterpriseOf, requireMembersOf } from './enterprise-scope-repository';

interface ActionRow {
  id: string;
  enterprise_id: string;
  finding_id: string | null;
  title: string;
  hazard_category: Action['hazardCategory'];
  likelihood: number;
  severity: number;
  owner_member_id: string;
  owner_name: string;
  due_on: string;
  status: Action['status'];
  done_on: string | null;
  verified_by: string;
  verified_on: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT a.id, a.enterprise_id, a.finding_id, a.title, a.hazard_category, a.likelihood, a.severity, a.owner_member_id,
    p.name AS owner_name, a.due_on, a.status, a.done_on, a.verified_by, a.verified_on, a.created_at, a.updated_at
  FROM actions a JOIN eit_members m ON m.id = a.owner_member_id JOIN participants p ON p.id = m.participant_id`;

function toAction(row: ActionRow): Action {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    findingId: row.finding_id,
    title: row.title,
    hazardCategory: row.hazard_category,
    likelihood: row.likelihood,
    severity: row.severity,
    riskBand: riskBand(row.likelihood, row.severity),
    ownerMemberId: row.owner_member_id,
    ownerName: row.owner_name,
    dueOn: row.due_on,
    status: row.status,
    doneOn: row.done_on,
    verifiedBy: row.verified_by,
    verifiedOn: row.verified_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Actions of the ledger, each owned by an improvement-team member of its enterprise and followed until verified. */
export class ActionRepository {
  constructor(
    private readonly db: Db,
    /** Removes photo files no record links any more: run after every delete that may cascade to photo links. */
    private readonly collectPhotos: () => void,
  ) {}

  create(input: ActionInput): Action {
    const id = newId();
    this.db.transaction(() => {
      this.checkScope(input, true);
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO actions (id, enterprise_id, finding_id, title, hazard_category, likelihood, severity, owner_member_id, due_on,
             status, done_on, verified_by, verified_on, created_at, updated_at)
           VALUES (@id, @enterpriseId, @findingId, @title, @hazardCategory, @likelihood, @severity, @ownerMemberId, @dueOn,
             @status, @doneOn, @verifiedBy, @verifiedOn, @now, @now)`,
        )
        .run({ ...input, id, now });
    })();
    return this.require(id);
  }

  /** A new owner must be a current member; keeping the owner who has since left the team is allowed. */
  update(id: string, input: ActionInput): Action {
    this.db.transaction(() => {
      const existing = this.require(id);
      if (existing.enterpriseId !== input.enterpriseId) throw new AppError('CONFLICT', { field: 'enterpriseId' });
      this.checkScope(input, existing.ownerMemberId !== input.ownerMemberId);
      this.db
        .prepare(
          `UPDATE actions SET finding_id = @findingId, title = @title, hazard_category = @hazardCategory, likelihood = @likelihood,
             severity = @severity, owner_member_id = @ownerMemberId, due_on = @dueOn, status = @status, done_on = @doneOn,
             verified_by = @verifiedBy, verified_on = @verifiedOn, updated_at = @now
           WHERE id = @id`,
        )
        .run({ ...input, id, now: nowIso() });
    })();
    return this.require(id);
  }

  delete(id: string): void {
    if (this.db.prepare('DELETE FROM actions WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    this.collectPhotos();
  }

  require(id: string): Action {
    const row = this.db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return toAction(row);
  }

  /** Soonest due first, so that what is late leads the list. */
  listForEnterprise(enterpriseId: string): Action[] {
    const rows = this.db.prepare(`${SELECT} WHERE a.enterprise_id = ? ORDER BY a.due_on, a.created_at, a.id`).all(enterpriseId) as ActionRow[];
    return rows.map(toAction);
  }

  /** Not yet done (open or in progress): what a visit must look at first. */
  listUnfinished(enterpriseId: string): Action[] {
    const rows = this.db
      .prepare(`${SELECT} WHERE a.enterprise_id = ? AND a.status IN ('open', 'in-progress') ORDER BY a.due_on, a.created_at, a.id`)
      .all(enterpriseId) as ActionRow[];
    return rows.map(toAction);
  }

  private checkScope(input: ActionInput, ownerIsNew: boolean): void {
    requireMembersOf(this.db, input.enterpriseId, [input.ownerMemberId], 'ownerMemberId', ownerIsNew);
    if (input.findingId !== null && enterpriseOf(this.db, 'findings', input.findingId, 'findingId') !== input.enterpriseId) {
      throw new AppError('NOT_IN_ENTERPRISE', { field: 'findingId' });
    }
  }
}
