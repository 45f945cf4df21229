import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open-database';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const NOW = '2026-01-01T00:00:00.000Z';

/** The schema is the last line of defence behind the zod rules: these rows must be refused by SQLite itself. */
function seeded() {
  const db = openDatabase(join(tempDir(), 'f.sqlite'));
  db.prepare("INSERT INTO enterprises (id, name_zh, sector, created_at, updated_at) VALUES ('e', '华丰', 'textiles', ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO participants (id, name, gender, enterprise_id, role, created_at, updated_at) VALUES ('p', '王芳', 'female', 'e', 'worker', ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO eit_members (id, enterprise_id, participant_id, role, joined_on, created_at, updated_at) VALUES ('m', 'e', 'p', 'worker', '2026-01-05', ?, ?)").run(NOW, NOW);
  db.prepare("INSERT INTO visits (id, enterprise_id, visited_on, duration_minutes, purpose, created_at, updated_at) VALUES ('v', 'e', '2026-02-01', 120, 'baseline', ?, ?)").run(NOW, NOW);
  return db;
}

function action(status: string, doneOn: string | null, verifiedBy: string, verifiedOn: string | null) {
  return [status, doneOn, verifiedBy, verifiedOn, NOW, NOW];
}
const INSERT_ACTION = `INSERT INTO actions (id, enterprise_id, title, hazard_category, likelihood, severity, owner_member_id, due_on,
  status, done_on, verified_by, verified_on, created_at, updated_at)
  VALUES (lower(hex(randomblob(16))), 'e', 'Guard the press', 'machinery', 3, 2, 'm', '2026-03-01', ?, ?, ?, ?, ?, ?)`;

describe('follow-up schema (migration 9)', () => {
  it('refuses a member who left before joining, and a next meeting not after the meeting', () => {
    const db = seeded();
    expect(() => db.prepare("UPDATE eit_members SET left_on = '2026-01-04' WHERE id = 'm'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO eit_meetings (id, enterprise_id, held_on, next_on, created_at, updated_at) VALUES ('mt', 'e', '2026-02-01', '2026-02-01', ?, ?)").run(NOW, NOW),
    ).toThrow(/CHECK/);
    db.close();
  });

  it('keeps an action status and its done/verified days consistent, and refuses a verification before completion', () => {
    const db = seeded();
    expect(db.prepare(INSERT_ACTION).run(...action('open', null, '', null)).changes).toBe(1);
    expect(db.prepare(INSERT_ACTION).run(...action('verified', '2026-02-20', '李检查员', '2026-03-02')).changes).toBe(1);
    expect(() => db.prepare(INSERT_ACTION).run(...action('verified', '2026-02-20', '', '2026-03-02'))).toThrow(/CHECK/);
    expect(() => db.prepare(INSERT_ACTION).run(...action('done', null, '', null))).toThrow(/CHECK/);
    expect(() => db.prepare(INSERT_ACTION).run(...action('verified', '2026-03-05', '李检查员', '2026-03-02'))).toThrow(/CHECK/);
    db.close();
  });

  it('refuses an owner who is not a team member, and deleting a member who owns an action', () => {
    const db = seeded();
    db.prepare(INSERT_ACTION).run(...action('open', null, '', null));
    expect(() => db.prepare("UPDATE actions SET owner_member_id = 'nobody'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM eit_members WHERE id = 'm'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('gives every suggestion a reply state, a reply day only once answered, and no negative saving', () => {
    const db = seeded();
    const insert = db.prepare(`INSERT INTO suggestions (id, enterprise_id, submitted_on, proposer_role, proposer_sex, category, description,
      reply, replied_on, estimated_saving, created_at, updated_at)
      VALUES (lower(hex(randomblob(16))), 'e', '2026-02-01', 'worker', 'female', 'safety', '加装防护罩', ?, ?, ?, '${NOW}', '${NOW}')`);
    expect(insert.run('under-review', null, 1000).changes).toBe(1);
    expect(() => insert.run(null, null, 1000)).toThrow(/NOT NULL/);
    expect(() => insert.run('under-review', '2026-02-03', 1000)).toThrow(/CHECK/);
    expect(() => insert.run('accepted', null, 1000)).toThrow(/CHECK/);
    expect(() => insert.run('accepted', '2026-01-30', 1000)).toThrow(/CHECK/);
    expect(() => insert.run('accepted', '2026-02-03', -1)).toThrow(/CHECK/);
    db.close();
  });

  it('keeps one answer per checklist item and run, and one baseline or month per indicator', () => {
    const db = seeded();
    db.prepare("INSERT INTO checklist_runs (id, visit_id, pack_id, template_id, template_version, created_at, updated_at) VALUES ('r', 'v', 'osh', 'walk', 1, ?, ?)").run(NOW, NOW);
    const answer = db.prepare(`INSERT INTO checklist_answers (id, run_id, item_id, needs_action, priority, created_at, updated_at) VALUES (?, 'r', 'exits', ?, ?, '${NOW}', '${NOW}')`);
    answer.run('a1', 'yes', 'high');
    expect(() => answer.run('a2', 'no', null)).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE checklist_answers SET needs_action = 'no' WHERE id = 'a1'").run()).toThrow(/CHECK/);
    const value = db.prepare(`INSERT INTO indicator_values (id, enterprise_id, indicator_id, period, value, created_at, updated_at) VALUES (lower(hex(randomblob(16))), 'e', 'lost-time-injuries', ?, 2, '${NOW}', '${NOW}')`);
    value.run('baseline');
    value.run('2026-03');
    expect(() => value.run('2026-03')).toThrow(/UNIQUE/);
    expect(() => value.run('March')).toThrow(/CHECK/);
    db.close();
  });

  it('attaches a photo link to exactly one record, and removes the link with its record', () => {
    const db = seeded();
    db.prepare(`INSERT INTO photos (id, sha256, width, height, bytes, created_at, updated_at) VALUES ('ph', ?, 800, 600, 1000, ?, ?)`).run('a'.repeat(64), NOW, NOW);
    const link = db.prepare(`INSERT INTO photo_links (id, photo_id, role, visit_id, project_id, created_at, updated_at) VALUES (?, 'ph', ?, ?, ?, '${NOW}', '${NOW}')`);
    link.run('l1', 'photo', 'v', null);
    expect(() => link.run('l2', 'photo', null, null)).toThrow(/CHECK/);
    expect(() => link.run('l3', 'before', 'v', null)).toThrow(/CHECK/);
    db.prepare("DELETE FROM visits WHERE id = 'v'").run();
    expect(db.prepare('SELECT count(*) AS n FROM photo_links').get()).toEqual({ n: 0 });
    expect(() => db.prepare("DELETE FROM photos WHERE id = 'ph'").run()).not.toThrow();
    db.close();
  });
});
