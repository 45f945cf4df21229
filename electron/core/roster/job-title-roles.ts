import type { Role } from '../../../shared/domain/people';
import type { RosterIssue, RosterJobTitle } from '../../../shared/domain/roster';
import { jobTitleKey, roleForJobTitle } from './job-title-mapping';

/**
 * The distinct job titles of a file, each resolved once: the trainer's choice, else the role the title implies,
 * else "other" with one warning for the title (never an error, so a 叉车司机 never stops an import).
 */
export class JobTitleRoles {
  private readonly titles = new Map<string, RosterJobTitle & { firstRow: number }>();

  constructor(private readonly chosen: Readonly<Record<string, Role>>) {}

  /** The role for a row's job title; an empty title is a worker, the most common. */
  roleFor(title: string, row: number): Role {
    const key = jobTitleKey(title);
    if (key === '') return 'worker';
    let entry = this.titles.get(key);
    if (!entry) {
      const derived = roleForJobTitle(title);
      const choice = this.chosen[key];
      entry = { key, title, role: choice ?? derived ?? 'other', source: choice ? 'chosen' : derived ? 'title' : 'unknown', rows: 0, firstRow: row };
      this.titles.set(key, entry);
    }
    entry.rows += 1;
    return entry.role;
  }

  list(): RosterJobTitle[] {
    return [...this.titles.values()].map(({ firstRow: _firstRow, ...title }) => title);
  }

  warnings(): RosterIssue[] {
    return [...this.titles.values()].filter((t) => t.source === 'unknown').map((t) => ({ row: t.firstRow, field: 'jobTitle', problem: 'unknownTitle', value: t.title }));
  }
}
