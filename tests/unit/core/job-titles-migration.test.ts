import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, schemaVersion } from '../../../electron/core/db/open-database';
import { nameKeys } from '../../../electron/core/participants/name-index';
import { ParticipantRepository } from '../../../electron/core/participants/participant-repository';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const NOW = '2026-03-01T08:00:00.000Z';

describe('migration 5: job titles', () => {
  it('keeps every participant and everything that refers to them, and accepts the role "other"', () => {
    const file = join(tempDir(), 'v4.sqlite');
    const old = openDatabase(file, MIGRATIONS.filter((m) => m.version <= 4));
    old.prepare("INSERT INTO enterprises (id, name_zh, sector, created_at, updated_at) VALUES ('e1', '华丰纺织', 'textiles', ?, ?)").run(NOW, NOW);
    // Written as version 4 wrote a participant: the row, its keys and its search tokens.
    const id = 'p1';
    const keys = nameKeys('李堃');
    old
      .prepare(
        `INSERT INTO participants (id, name, gender, enterprise_id, role, department, phone, name_key, sort_key, phone_key, created_at, updated_at)
         VALUES (?, '李堃', 'male', 'e1', 'supervisor', '缝纫车间', '13800138000', ?, ?, '13800138000', ?, ?)`,
      )
      .run(id, keys.nameKey, keys.sortKey, NOW, NOW);
    old.prepare('INSERT INTO participant_search (participant_id, tokens) VALUES (?, ?)').run(id, keys.tokens);
    old.prepare("INSERT INTO workshops (id, module_id, title, start_date, end_date, created_at, updated_at) VALUES ('w1', 'osh', 'OSH', '2026-03-10', '2026-03-10', ?, ?)").run(NOW, NOW);
    old.prepare("INSERT INTO workshop_sessions (id, workshop_id, date, half, created_at, updated_at) VALUES ('s1', 'w1', '2026-03-10', 'am', ?, ?)").run(NOW, NOW);
    old.prepare("INSERT INTO enrollments (id, workshop_id, participant_id, created_at, updated_at) VALUES ('n1', 'w1', ?, ?, ?)").run(id, NOW, NOW);
    old.prepare("INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at) VALUES ('a1', 's1', ?, 'late', ?, ?)").run(id, NOW, NOW);
    const rowBefore = old.prepare('SELECT id, name, gender, enterprise_id, role, department, phone, name_key, sort_key, phone_key, created_at, updated_at FROM participants').get();
    old.close();

    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT id, name, gender, enterprise_id, role, department, phone, name_key, sort_key, phone_key, created_at, updated_at FROM participants').get()).toEqual(rowBefore);
    expect(db.prepare('SELECT job_title FROM participants').pluck().get()).toBe('');
    expect(db.prepare('SELECT count(*) FROM enrollments').pluck().get()).toBe(1);
    expect(db.prepare('SELECT status FROM attendance').pluck().get()).toBe('late');
    const people = new ParticipantRepository(db);
    expect(people.search('lk').map((p) => p.id)).toEqual([id]);
    expect(people.update(id, { name: '李堃', gender: 'male', enterpriseId: 'e1', role: 'other', jobTitle: '统计', department: '', phone: '' })).toMatchObject({ role: 'other', jobTitle: '统计' });
    expect(() => db.prepare("DELETE FROM enterprises WHERE id = 'e1'").run()).toThrow(/FOREIGN KEY/);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'participants' AND sql IS NOT NULL").pluck().all();
    expect(indexes).toEqual(expect.arrayContaining(['participants_enterprise', 'participants_name_key', 'participants_phone_key', 'participants_sort', 'participants_enterprise_sort']));
    db.close();
  });
});
