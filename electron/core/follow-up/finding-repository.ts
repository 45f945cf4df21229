import { AppError } from '../../../shared/api/result';
import type { Finding, FindingInput } from '../../../shared/domain/follow-up/action-ledger';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { enterpriseOf } from './enterprise-scope-repository';

interface FindingRow {
  id: string;
  enterprise_id: string;
  visit_id: string;
  answer_id: string | null;
  description: string;
  hazard_category: Finding['hazardCategory'];
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'f.id, f.enterprise_id, f.visit_id, f.answer_id, f.description, f.hazard_category, f.created_at, f.updated_at';

function toFinding(row: FindingRow): Finding {
  return {
    id: row.id,
    enterpriseId: row.enterprise_id,
    visitId: row.visit_id,
    answerId: row.answer_id,
    description: row.description,
    hazardCategory: row.hazard_category,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Findings of visits: typed by the visitors, or created by a checklist answer (see checklist-repository.ts). Listed
 * in the order recorded; rowid breaks ties between findings saved in one transaction (one checklist batch).
 */
export class FindingRepository {
  constructor(
    private readonly db: Db,
    /** Removes photo files no record links any more: run after every delete that may cascade to photo links. */
    private readonly collectPhotos: () => void,
  ) {}

  create(input: FindingInput): Finding {
    const id = newId();
    const now = nowIso();
    const enterpriseId = enterpriseOf(this.db, 'visits', input.visitId, 'visitId');
    this.db
      .prepare(
        `INSERT INTO findings (id, enterprise_id, visit_id, description, hazard_category, created_at, updated_at)
         VALUES (@id, @enterpriseId, @visitId, @description, @hazardCategory, @now, @now)`,
      )
      .run({ ...input, id, enterpriseId, now });
    return this.require(id);
  }

  /** A finding stays with the visit where it was found. */
  update(id: string, input: FindingInput): Finding {
    const result = this.db
      .prepare('UPDATE findings SET description = @description, hazard_category = @hazardCategory, updated_at = @now WHERE id = @id AND visit_id = @visitId')
      .run({ ...input, id, now: nowIso() });
    if (result.changes === 0) throw new AppError('NOT_FOUND');
    return this.require(id);
  }

  /** Removes the finding with its actions (the schema cascades) and the checklist answer that created it, which would still ask for action. */
  delete(id: string): void {
    this.db.transaction(() => {
      const answerId = this.db.prepare('SELECT answer_id FROM findings WHERE id = ?').pluck().get(id) as string | null | undefined;
      if (answerId === undefined) throw new AppError('NOT_FOUND');
      this.db.prepare('DELETE FROM findings WHERE id = ?').run(id);
      if (answerId !== null) this.db.prepare('DELETE FROM checklist_answers WHERE id = ?').run(answerId);
    })();
    this.collectPhotos();
  }

  require(id: string): Finding {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM findings f WHERE f.id = ?`).get(id) as FindingRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return toFinding(row);
  }

  listForVisit(visitId: string): Finding[] {
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM findings f WHERE f.visit_id = ? ORDER BY f.created_at, f.rowid`).all(visitId) as FindingRow[];
    return rows.map(toFinding);
  }

  listForEnterprise(enterpriseId: string): Finding[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM findings f JOIN visits v ON v.id = f.visit_id WHERE f.enterprise_id = ? ORDER BY v.visited_on, f.created_at, f.rowid`)
      .all(enterpriseId) as FindingRow[];
    return rows.map(toFinding);
  }
}
