import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { rosterOptions, type RosterOptions } from '../../../shared/domain/roster';
import { slotsBetween } from '../../../shared/domain/workshops';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';
import { CHINESE_ROSTER, csvBytes, xlsxBytes } from './roster-files';

const tempDir = useTempDir();
closeCoresAfterEach();

function options(overrides: Partial<RosterOptions> = {}): RosterOptions {
  return rosterOptions.parse({ fileName: 'roster.csv', ...overrides });
}

function setUp(): Core {
  const core = openTestCore(tempDir());
  core.enterprises.create(enterprise());
  core.enterprises.create(enterprise({ nameZh: '东方化工', nameEn: 'Dongfang Chemicals', sector: 'chemicals' }));
  return core;
}

describe('roster import', () => {
  it('previews a GBK roster with Chinese headers: mapping, enums and enterprises resolved', async () => {
    const core = setUp();
    const preview = await core.roster.preview(csvBytes(CHINESE_ROSTER, 'gbk'), options());
    expect(preview).toMatchObject({ format: 'csv', encoding: 'gb18030', headerRow: 1, issues: [], warnings: [], unknownEnterprises: [], createMissingEnterprises: false });
    expect(preview.summary).toEqual({ rows: 3, newPeople: 3, updates: 0, duplicates: 0, newEnterprises: 0, warnings: 0, errors: 0 });
    expect(preview.mapping).toEqual({ name: 0, gender: 1, enterprise: 2, jobTitle: 3, role: null, department: 4, phone: 5 });
    expect(preview.rows[1]).toMatchObject({ row: 3, name: '王芳', gender: 'female', jobTitle: '班组长', role: 'supervisor', enterprise: { nameEn: 'Huafeng Textiles' }, department: '缝纫车间', action: 'create' });
    expect(core.participants.count()).toBe(0);
  });

  it('imports an xlsx with Chinese headers and enrolls everyone in a workshop', async () => {
    const core = setUp();
    const workshop = core.workshops.create({ moduleId: 'osh', title: 'OSH', startDate: '2026-03-10', endDate: '2026-03-11', location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: [], sessions: slotsBetween('2026-03-10', '2026-03-11') });
    const bytes = await xlsxBytes([['学员花名册'], ['姓名', '性别', '所在单位', '岗位', '手机号码'], ['赵敏', '女', 'Dongfang Chemicals', 'EIT成员', 13700137000], ['周杰', '男', '东方化工', '工人', 13600136000]]);
    const result = await core.roster.import(bytes, options({ fileName: 'roster.xlsx', enrollInWorkshopId: workshop.id }));
    expect(result).toEqual({ imported: 2, updated: 0, skipped: 0, createdEnterprises: 0, enrolled: 2 });
    expect(core.participants.search('zm')[0]).toMatchObject({ name: '赵敏', role: 'eit-member', enterprise: { nameZh: '东方化工' } });
    expect(core.participants.get(core.participants.search('zj')[0]!.id)!.phone).toBe('13600136000');
    expect(core.enrollments.list(workshop.id)).toHaveLength(2);
  });

  it('lists every bad row by row and field, and an import of such a file changes nothing', async () => {
    const core = setUp();
    const rows = [...CHINESE_ROSTER, ['', '女', '东方化工', '', '', ''], ['孙丽', '未知性别', '东方化工', '研发', '', '1.38001E+10'], ['马超', '男', '无名厂', '', '', '']];
    const bytes = csvBytes(rows, 'utf-8-bom');
    const preview = await core.roster.preview(bytes, options());
    expect(preview.issues).toEqual([
      { row: 5, field: 'name', problem: 'required', value: '' },
      { row: 6, field: 'gender', problem: 'gender', value: '未知性别' },
      { row: 6, field: 'phone', problem: 'scientific', value: '1.38001E+10' },
      { row: 7, field: 'enterprise', problem: 'enterprise', value: '无名厂' },
    ]);
    expect(preview.warnings).toEqual([{ row: 6, field: 'jobTitle', problem: 'unknownTitle', value: '研发' }]);
    expect(preview.unknownEnterprises).toEqual(['无名厂']);
    await expect(core.roster.import(bytes, options())).rejects.toMatchObject({ code: 'IMPORT_INVALID', details: { count: 4, row: 5, field: 'name' } });
    expect(core.participants.count()).toBe(0);
    expect(core.enterprises.list()).toHaveLength(2);
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const core = setUp();
    const missingWorkshop = '00000000-0000-4000-8000-000000000000';
    await expect(core.roster.import(csvBytes(CHINESE_ROSTER, 'utf-8'), options({ enrollInWorkshopId: missingWorkshop, createMissingEnterprises: true }))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(core.participants.count()).toBe(0);
    expect(core.participants.search('zw')).toEqual([]);
  });

  it('creates unknown enterprises when asked, and uses the default enterprise for empty cells', async () => {
    const core = setUp();
    const dongfang = core.enterprises.list().find((e) => e.nameZh === '东方化工')!;
    const bytes = csvBytes([['Name', 'Company', 'Gender'], ['Anna Berg', 'Nordic Knits', 'F'], ['Li Lei', '', 'M']], 'utf-8');
    const result = await core.roster.import(bytes, options({ createMissingEnterprises: true, defaultEnterpriseId: dongfang.id }));
    expect(result).toMatchObject({ imported: 2, createdEnterprises: 1 });
    expect(core.participants.search('anna')[0]!.enterprise).toMatchObject({ nameEn: 'Nordic Knits', nameZh: '' });
    expect(core.participants.search('li lei')[0]!.enterprise!.id).toBe(dongfang.id);
  });

  it('warns about duplicates in the file and on the list, and skips both unless the trainer decides otherwise', async () => {
    const core = setUp();
    const huafeng = core.enterprises.list().find((e) => e.nameZh === '华丰纺织有限公司')!;
    core.participants.create(participant({ name: '张伟', enterpriseId: huafeng.id }));
    const rows = [...CHINESE_ROSTER, ['王芳', '女', 'Huafeng Textiles', '', '', '']];
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), options());
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([
      { kind: 'existing', person: expect.objectContaining({ name: '张伟', enterprise: expect.objectContaining({ id: huafeng.id }) }) },
      null,
      null,
      { kind: 'row', row: 3 },
    ]);
    const result = await core.roster.import(csvBytes(rows, 'utf-8'), options());
    expect(result).toMatchObject({ imported: 2, skipped: 2 });
    expect(core.participants.search('张伟')).toHaveLength(1);
  });

  it('follows a mapping the trainer chose instead of the guessed one', async () => {
    const core = setUp();
    const bytes = csvBytes([['A', 'B'], ['13800138000', '张伟']], 'utf-8');
    expect((await core.roster.preview(bytes, options())).mapping.name).toBeNull();
    await expect(core.roster.import(bytes, options())).rejects.toMatchObject({ code: 'ROSTER_NO_NAME_COLUMN' });
    const mapping = { name: 1, phone: 0, gender: null, enterprise: null, jobTitle: null, role: null, department: null };
    expect(await core.roster.import(bytes, options({ mapping }))).toMatchObject({ imported: 1 });
    expect(core.participants.list({ query: 'zw' }, { offset: 0, limit: 5 }).rows[0]).toMatchObject({ name: '张伟', phone: '13800138000', gender: 'undisclosed', role: 'worker' });
  });
});
