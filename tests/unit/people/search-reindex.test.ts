import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME } from '../../../electron/core/core';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open-database';
import { SEARCH_INDEX_VERSION } from '../../../electron/core/participants/name-index';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { participant } from './fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();
const NOW = '2026-03-01T08:00:00.000Z';

describe('search index versions', () => {
  it('fills the keys and tokens of people written before search existed, when the core opens the upgraded file', () => {
    const dataDir = tempDir();
    const v1 = openDatabase(join(dataDir, DATABASE_FILE_NAME), MIGRATIONS.filter((m) => m.version === 1));
    v1.prepare("INSERT INTO participants (id, name, gender, role, phone, created_at, updated_at) VALUES ('p1', '吕小红', 'female', 'worker', '138 0013 8000', ?, ?)").run(NOW, NOW);
    v1.close();

    const core = openTestCore(dataDir);
    expect(core.participants.search('lxh').map((p) => p.id)).toEqual(['p1']);
    expect(core.participants.search('吕').map((p) => p.id)).toEqual(['p1']);
    expect(core.db.prepare("SELECT name_key, phone_key FROM participants WHERE id = 'p1'").get()).toEqual({ name_key: '吕小红', phone_key: '13800138000' });
    expect(core.settings.get('participant_search_version')).toBe(String(SEARCH_INDEX_VERSION));
  });

  it('recomputes tokens written by another version at start-up, and leaves current ones alone', () => {
    const dataDir = tempDir();
    let core = openTestCore(dataDir);
    const id = core.participants.create(participant({ name: '单田芳', jobTitle: '质检员' })).id;
    // As if an older tokenizer had written these tokens.
    core.db.prepare('UPDATE participant_search SET tokens = ? WHERE participant_id = ?').run('stale', id);
    core.close();

    core = openTestCore(dataDir);
    expect(core.participants.search('shantianfang').map((p) => p.id)).toEqual([]);
    core.settings.set('participant_search_version', String(SEARCH_INDEX_VERSION - 1));
    core.close();

    core = openTestCore(dataDir);
    expect(core.participants.search('shantianfang').map((p) => p.id)).toEqual([id]);
    expect(core.participants.search('质检').map((p) => p.id)).toEqual([id]);
    expect(core.participants.search('stale')).toEqual([]);
  });

  it('can run again without duplicating anything in the full-text index', () => {
    const core = openTestCore(tempDir());
    core.participants.createMany(['张伟', '王芳'].map((name) => participant({ name })));
    core.searchIndex.reindexAll();
    core.searchIndex.reindexAll();
    expect(core.db.prepare('SELECT count(*) FROM participant_search').pluck().get()).toBe(2);
    expect(core.db.prepare("SELECT count(*) FROM participants_fts WHERE participants_fts MATCH 'zhangwei'").pluck().get()).toBe(1);
    expect(core.participants.search('wf').map((p) => p.name)).toEqual(['王芳']);
  });
});
