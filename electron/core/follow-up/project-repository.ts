import { AppError } from '../../../shared/api/result';
import type { ImprovementProject, ProjectInput } from '../../../shared/domain/follow-up/improvement-projects';
import type { Db } from '../db/open-database';
import { newId, nowIso } from '../db/timestamps';
import { requireMembersOf } from './enterprise-scope-repository';

interface ProjectRow {
  id: string;
  enterprise_id: string;
  title: string;
  module_id: string;
  started_on: string;
  ended_on: string | null;
  indicator_id: string | null;
  indicator_baseline: number | null;
  indicator_result: number | null;
  cost: number;
  saving: number;
  status: ImprovementProject['status'];
  created_at: string;
  updated_at: string;
}

const COLUMNS = `id, enterprise_id, title, module_id, started_on, ended_on, indicator_id, indicator_baseline, indicator_result, cost, saving,
  status, created_at, updated_at`;

/** Improvement projects with their team (members of the enterprise's improvement team). */
export class ProjectRepository {
  constructor(
    private readonly db: Db,
    /** Removes photo files no record links any more: run after every delete that may cascade to photo links. */
    private readonly collectPhotos: () => void,
  ) {}

  create(input: ProjectInput): ImprovementProject {
    const id = newId();
    this.db.transaction(() => {
      const now = nowIso();
      this.db
        .prepare(
          `INSERT INTO improvement_projects (${COLUMNS})
           VALUES (@id, @enterpriseId, @title, @moduleId, @startedOn, @endedOn, @indicatorId, @indicatorBaseline, @indicatorResult,
             @cost, @saving, @status, @now, @now)`,
        )
        .run({ ...input, id, now });
      this.writeMembers(id, input, now);
    })();
    return this.require(id);
  }

  update(id: string, input: ProjectInput): ImprovementProject {
    this.db.transaction(() => {
      const now = nowIso();
      const result = this.db
        .prepare(
          `UPDATE improvement_projects SET title = @title, module_id = @moduleId, started_on = @startedOn, ended_on = @endedOn,
             indicator_id = @indicatorId, indicator_baseline = @indicatorBaseline, indicator_result = @indicatorResult, cost = @cost,
             saving = @saving, status = @status, updated_at = @now
           WHERE id = @id AND enterprise_id = @enterpriseId`,
        )
        .run({ ...input, id, now });
      if (result.changes === 0) throw new AppError('NOT_FOUND');
      this.db.prepare('DELETE FROM project_members WHERE project_id = ?').run(id);
      this.writeMembers(id, input, now);
    })();
    return this.require(id);
  }

  /** Suggestions that led to it keep their record and lose the link (the schema sets it to null). */
  delete(id: string): void {
    if (this.db.prepare('DELETE FROM improvement_projects WHERE id = ?').run(id).changes === 0) throw new AppError('NOT_FOUND');
    this.collectPhotos();
  }

  require(id: string): ImprovementProject {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM improvement_projects WHERE id = ?`).get(id) as ProjectRow | undefined;
    if (!row) throw new AppError('NOT_FOUND');
    return this.toProject(row);
  }

  listForEnterprise(enterpriseId: string): ImprovementProject[] {
    const rows = this.db
      .prepare(`SELECT ${COLUMNS} FROM improvement_projects WHERE enterprise_id = ? ORDER BY started_on DESC, created_at DESC`)
      .all(enterpriseId) as ProjectRow[];
    return rows.map((row) => this.toProject(row));
  }

  private writeMembers(projectId: string, input: ProjectInput, now: string): void {
    const memberIds = [...new Set(input.memberIds)];
    requireMembersOf(this.db, input.enterpriseId, memberIds, 'memberIds');
    const insert = this.db.prepare('INSERT INTO project_members (project_id, member_id, created_at) VALUES (?, ?, ?)');
    for (const memberId of memberIds) insert.run(projectId, memberId, now);
  }

  private toProject(row: ProjectRow): ImprovementProject {
    const memberIds = this.db.prepare('SELECT member_id FROM project_members WHERE project_id = ? ORDER BY member_id').pluck().all(row.id) as string[];
    return {
      id: row.id,
      enterpriseId: row.enterprise_id,
      title: row.title,
      moduleId: row.module_id,
      memberIds,
      startedOn: row.started_on,
      endedOn: row.ended_on,
      indicatorId: row.indicator_id,
      indicatorBaseline: row.indicator_baseline,
      indicatorResult: row.indicator_result,
      cost: row.cost,
      saving: row.saving,
      status: row.status,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }
}
