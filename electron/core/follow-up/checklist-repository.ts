import { AppError } from '../../../shared/api/result';
import type { HazardCategory } from '../../../shared/domain/follow-up/action-ledger';
import type { ChecklistAnswer, ChecklistAnswerInput, ChecklistRun } from '../../../shared/domain/follow-up/visits';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';

interface RunRow {
  id: string;
  visit_id: string;
  pack_id: string;
  template_id: string;
  template_version: number;
  created_at: string;
  updated_at: string;
}

interface AnswerRow {
  id: string;
  item_id: string;
  needs_action: ChecklistAnswer['needsAction'];
  priority: ChecklistAnswer['priority'];
  note: string;
  finding_id: string | null;
  updated_at: string;
}

/** What a finding created from an answer says: the item's own text (from the template) and its hazard category. */
export interface FindingFromItem {
  description: string;
  hazardCategory: HazardCategory;
}

export interface ChecklistTemplateRef {
  packId: string;
  templateId: string;
  templateVersion: number;
}

/**
 * Checklists run during a visit, one row per answered item. Saving "needs action: yes" creates the item's
 * finding in the same transaction; changing the answer back removes that finding, unless actions already hang on it.
 */
export class ChecklistRepository {
  constructor(
    private readonly db: Db,
    /** Removes photo files no record links any more: run after every delete that may cascade to photo links. */
    private readonly collectPhotos: () => void,
  ) {}

  /** Starting the same template twice in one visit returns the run already started (autosave may retry). */
  startRun(visitId: string, template: ChecklistTemplateRef): ChecklistRun {
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO checklist_runs (id, visit_id, pack_id, template_id, template_version, created_at, updated_at)
         VALUES (@id, @visitId, @packId, @templateId, @templateVersion, @now, @now)
         ON CONFLICT (visit_id, pack_id, template_id) DO NOTHING`,
      )
      .run({ ...template, id: newId(), visitId, now });
    const id = this.db
      .prepare('SELECT id FROM checklist_runs WHERE visit_id = ? AND pack_id = ? AND template_id = ?')
      .pluck()
      .get(visitId, template.packId, template.templateId) as string;
    return this.require(id);
  }

  /** Saves answers as a batch (one transaction): all of them, or none when one is refused. */
  saveAnswers(runId: string, answers: readonly ChecklistAnswerInput[], describe: (itemId: string) => FindingFromItem): ChecklistRun {
    this.db.transaction(() => {
      const run = this.db.prepare('SELECT r.id, v.enterprise_id, v.id AS visit_id FROM checklist_runs r JOIN visits v ON v.id = r.visit_id WHERE r.id = ?').get(runId) as
        | { id: string; enterprise_id: string; visit_id: string }
        | undefined;
      if (!run) throw new AppError('NOT_FOUND');
      const now = nowIso();
      for (const answer of answers) this.saveOne(run, answer, describe, now);
      this.db.prepare('UPDATE checklist_runs SET updated_at = ? WHERE id = ?').run(now, runId);
    })();
    // An answer changed back from "needs action" removed its finding, and that finding's photos with it.
    this.collectPhotos();
    return this.require(runId);
  }

  deleteRun(id: string): void {
    if (this.db.prepare('DELETE FROM checklist_runs WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    this.collectPhotos();
  }

  require(id: string): ChecklistRun {
    const row = this.db
      .prepare('SELECT id, visit_id, pack_id, template_id, template_version, created_at, updated_at FROM checklist_runs WHERE id = ?')
      .get(id) as RunRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return this.toRun(row);
  }

  listForVisit(visitId: string): ChecklistRun[] {
    const rows = this.db
      .prepare('SELECT id, visit_id, pack_id, template_id, template_version, created_at, updated_at FROM checklist_runs WHERE visit_id = ? ORDER BY created_at, id')
      .all(visitId) as RunRow[];
    return rows.map((row) => this.toRun(row));
  }

  private saveOne(
    run: { id: string; enterprise_id: string; visit_id: string },
    answer: ChecklistAnswerInput,
    describe: (itemId: string) => FindingFromItem,
    now: string,
  ): void {
    this.db
      .prepare(
        `INSERT INTO checklist_answers (id, run_id, item_id, needs_action, priority, note, created_at, updated_at)
         VALUES (@id, @runId, @itemId, @needsAction, @priority, @note, @now, @now)
         ON CONFLICT (run_id, item_id) DO UPDATE SET needs_action = excluded.needs_action, priority = excluded.priority,
           note = excluded.note, updated_at = excluded.updated_at`,
      )
      .run({ ...answer, id: newId(), runId: run.id, now });
    const answerId = this.db.prepare('SELECT id FROM checklist_answers WHERE run_id = ? AND item_id = ?').pluck().get(run.id, answer.itemId) as string;
    const findingId = this.db.prepare('SELECT id FROM findings WHERE answer_id = ?').pluck().get(answerId) as string | undefined;
    if (answer.needsAction === 'yes' && findingId === undefined) {
      const finding = describe(answer.itemId);
      const description = answer.note === '' ? finding.description : `${finding.description}\n${answer.note}`;
      this.db
        .prepare(
          `INSERT INTO findings (id, enterprise_id, visit_id, answer_id, description, hazard_category, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(newId(), run.enterprise_id, run.visit_id, answerId, description, finding.hazardCategory, now, now);
    } else if (answer.needsAction !== 'yes' && findingId !== undefined) {
      const { n } = this.db.prepare('SELECT count(*) AS n FROM actions WHERE finding_id = ?').get(findingId) as { n: number };
      if (n > 0) throw new AppError('FINDING_HAS_ACTIONS', { actions: n, itemId: answer.itemId });
      this.db.prepare('DELETE FROM findings WHERE id = ?').run(findingId);
    }
  }

  /** Answers in the order first saved (rowid: an upsert keeps it), which is the template's order as a trainer walks it. */
  private toRun(row: RunRow): ChecklistRun {
    const answers = this.db
      .prepare(
        `SELECT a.id, a.item_id, a.needs_action, a.priority, a.note, f.id AS finding_id, a.updated_at
         FROM checklist_answers a LEFT JOIN findings f ON f.answer_id = a.id WHERE a.run_id = ? ORDER BY a.rowid`,
      )
      .all(row.id) as AnswerRow[];
    return {
      id: row.id,
      visitId: row.visit_id,
      packId: row.pack_id,
      templateId: row.template_id,
      templateVersion: row.template_version,
      answers: answers.map((a) => ({
        id: a.id,
        itemId: a.item_id,
        needsAction: a.needs_action,
        priority: a.priority,
        note: a.note,
        findingId: a.finding_id,
        updatedAt: a.updated_at,
      })),
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
