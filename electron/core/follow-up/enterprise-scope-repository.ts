import { AppError } from '../../../shared/api/result';
import type { Db } from '../db/open-database';

// Shared by the follow-up repositories: the membership checks their writes need, kept with the SQL they run.
/**
 * Follow-up records only ever point at people of their own enterprise: a foreign key proves the row exists, these
 * checks prove it belongs. Each raises a typed error naming the offending field.
 */
export function requireParticipantsOf(db: Db, enterpriseId: string, participantIds: readonly string[], field: string): void {
  const check = db.prepare('SELECT enterprise_id FROM participants WHERE id = ?');
  for (const id of participantIds) {
    const row = check.get(id) as { enterprise_id: string | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', { field });
    if (row.enterprise_id !== enterpriseId) throw new AppError('NOT_IN_ENTERPRISE', { field });
  }
}

/** `current`: the member has not left the team (an owner or an attendee being newly chosen must still be on it). */
export function requireMembersOf(db: Db, enterpriseId: string, memberIds: readonly string[], field: string, current = false): void {
  const check = db.prepare('SELECT enterprise_id, left_on FROM eit_members WHERE id = ?');
  for (const id of memberIds) {
    const row = check.get(id) as { enterprise_id: string; left_on: string | null } | undefined;
    if (!row || row.enterprise_id !== enterpriseId || (current && row.left_on !== null)) throw new AppError('NOT_IN_TEAM', { field });
  }
}

/** The enterprise of a record that must exist (a visit, a finding, a project...); the table name is ours, not input. */
export function enterpriseOf(db: Db, table: 'visits' | 'findings' | 'improvement_projects' | 'actions', id: string, field: string): string {
  const row = db.prepare(`SELECT enterprise_id FROM ${table} WHERE id = ?`).get(id) as { enterprise_id: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', { field });
  return row.enterprise_id;
}
