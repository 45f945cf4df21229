import { describe, expect, it } from 'vitest';
import { nameKeys, searchTokens } from '../../../electron/core/participants/name-index';
import { buildMatchQuery } from '../../../electron/core/participants/search-query';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { participant } from './fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();

describe('participant search', () => {
  const names = ['张伟', '张伟明', '章为', '王芳', '吕小红', '单田芳', '李张', 'Maria López', 'McDonald', 'ZHANG Wei'];

  function seeded() {
    const core = openTestCore(tempDir());
    core.participants.createMany(names.map((name) => participant({ name })));
    const find = (query: string) => core.participants.search(query).map((p) => p.name);
    return { core, find };
  }

  it('finds 张伟 by its characters, full pinyin and initials', () => {
    const { find } = seeded();
    expect(find('张伟')).toEqual(['张伟', '张伟明']);
    expect(find('zhangwei')).toEqual(expect.arrayContaining(['张伟', '张伟明', '章为']));
    expect(find('zhangwei')).not.toContain('王芳');
    expect(find('zw')).toEqual(expect.arrayContaining(['张伟', '章为', '张伟明']));
    expect(find('zw')).not.toContain('李张');
    expect(find('zhang wei')).toEqual(expect.arrayContaining(['张伟', '章为', 'ZHANG Wei']));
  });

  it('puts the exact name first', () => {
    const { find } = seeded();
    expect(find('张伟')[0]).toBe('张伟');
    expect(find('zhang wei')[0]).toBe('ZHANG Wei');
  });

  it('finds a single character anywhere in the name and a pinyin prefix', () => {
    const { find } = seeded();
    expect(find('张')).toEqual(expect.arrayContaining(['张伟', '张伟明', '李张']));
    expect(find('zhangw')).toEqual(expect.arrayContaining(['张伟', '张伟明', '章为']));
    expect(find('wangf')).toEqual(['王芳']);
  });

  it('reads ü as v or u, and surnames by their surname reading', () => {
    const { find } = seeded();
    expect(find('lvxiaohong')).toEqual(['吕小红']);
    expect(find('luxiaohong')).toEqual(['吕小红']);
    expect(find('lxh')).toEqual(['吕小红']);
    expect(find('shantianfang')).toEqual(['单田芳']);
  });

  it('matches Latin names in any case and without accents', () => {
    const { find } = seeded();
    expect(find('maria')).toEqual(['Maria López']);
    expect(find('LOPEZ')).toEqual(['Maria López']);
    expect(find('lópez')).toEqual(['Maria López']);
    expect(find('mcd')).toEqual(['McDonald']);
  });

  it('treats FTS syntax in the query as plain text', () => {
    const { core, find } = seeded();
    for (const query of ['"', '*', 'zw OR 1', 'NEAR(zw)', 'tokens:zw', '-zw', '^zw', 'zw AND', '(', "'; DROP TABLE participants; --"]) {
      expect(() => find(query), query).not.toThrow();
    }
    expect(find('"zw"')).toEqual(find('zw'));
    expect(find('*')).toEqual([]);
    expect(core.participants.count()).toBe(names.length);
  });

  it('keeps the index in step with renames and deletions', () => {
    const { core, find } = seeded();
    const [id] = core.participants.createMany([participant({ name: '赵敏' })]);
    expect(find('zm')).toEqual(['赵敏']);
    core.participants.update(id!, participant({ name: '周芷若' }));
    expect(find('zm')).toEqual([]);
    expect(find('zzr')).toEqual(['周芷若']);
    core.participants.delete(id!);
    expect(find('zzr')).toEqual([]);
    const integrity = () => core.db.prepare("INSERT INTO participants_fts(participants_fts, rank) VALUES ('integrity-check', 1)").run();
    expect(integrity).not.toThrow();
  });

  it('narrows a search to one enterprise and never returns phone numbers', () => {
    const core = openTestCore(tempDir());
    const a = core.enterprises.create({ nameZh: '甲厂', nameEn: '', sector: 'other', sizeBand: '', city: '', district: '', contactName: '', contactPhone: '', workersFemale: 0, workersMale: 0 });
    core.participants.create(participant({ name: '张伟', enterpriseId: a.id, phone: '13800138000' }));
    core.participants.create(participant({ name: '张伟', phone: '13900139000' }));
    const results = core.participants.search('张伟', { enterpriseId: a.id });
    expect(results).toHaveLength(1);
    expect(results[0]).toEqual({ id: expect.any(String), name: '张伟', gender: 'male', role: 'worker', enterprise: { id: a.id, nameZh: '甲厂', nameEn: '' } });
    // The whole number: a random id may well contain "138".
    expect(JSON.stringify(core.participants.search('zw'))).not.toContain('13800138000');
  });
});

describe('search tokens and query building', () => {
  it('indexes single Han characters, pinyin syllables, joined pinyin and initials', () => {
    expect(searchTokens('张伟').split(' ')).toEqual(['张', '伟', 'zhang', 'wei', 'zhangwei', 'zw']);
  });

  it('orders Chinese names by pinyin among Latin names', () => {
    const sorted = ['赵敏', 'Anna', '王芳', 'Bob', '阿里'].sort((a, b) => (nameKeys(a).sortKey < nameKeys(b).sortKey ? -1 : 1));
    expect(sorted).toEqual(['阿里', 'Anna', 'Bob', '王芳', '赵敏']);
  });

  it('quotes every term, so user text never becomes query syntax', () => {
    expect(buildMatchQuery('张伟')).toBe('"张 伟"');
    expect(buildMatchQuery('zw')).toBe('"zw"*');
    expect(buildMatchQuery('Zhang 伟')).toBe('"zhang"* "伟"');
    expect(buildMatchQuery('a" OR b*')).toBe('"a"* "or"* "b"*');
    expect(buildMatchQuery('  *** ')).toBeNull();
  });
});
