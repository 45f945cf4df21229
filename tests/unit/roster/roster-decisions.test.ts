import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { rosterOptions, type RosterOptions } from '../../../shared/domain/roster';
import { slotsBetween } from '../../../shared/domain/workshops';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';
import { csvBytes } from './roster-files';

const tempDir = useTempDir();

function options(overrides: Partial<RosterOptions> = {}): RosterOptions {
  return rosterOptions.parse({ fileName: 'roster.csv', ...overrides });
}

function withHuafeng(): { core: Core; huafengId: string } {
  const core = openTestCore(tempDir());
  return { core, huafengId: core.enterprises.create(enterprise()).id };
}

const HEADER = ['姓名', '性别', '企业', '岗位', '手机'];

describe('roster import: job titles', () => {
  it('keeps every title as written, derives the role, and turns an unknown title into "other" with a warning', async () => {
    const { core } = withHuafeng();
    const rows = [HEADER, ['张喆', '男', '华丰纺织有限公司', '质检员', ''], ['李堃', '男', '华丰纺织有限公司', '叉车司机', ''], ['王珺', '女', '华丰纺织有限公司', '车间主任', ''], ['欧阳昇', '男', '华丰纺织有限公司', '研发', ''], ['刘芳', '女', '华丰纺织有限公司', '研发', '']];
    const preview = await core.roster.preview(csvBytes(rows, 'gbk'), options());
    expect(preview.issues).toEqual([]);
    expect(preview.rows.map((r) => [r.jobTitle, r.role])).toEqual([['质检员', 'worker'], ['叉车司机', 'worker'], ['车间主任', 'supervisor'], ['研发', 'other'], ['研发', 'other']]);
    expect(preview.warnings).toEqual([{ row: 5, field: 'jobTitle', problem: 'unknownTitle', value: '研发' }]);
    expect(preview.jobTitles.find((t) => t.title === '研发')).toMatchObject({ role: 'other', source: 'unknown', rows: 2 });

    expect(await core.roster.import(csvBytes(rows, 'gbk'), options())).toMatchObject({ imported: 5 });
    expect(core.participants.list({ query: '叉车' }, { offset: 0, limit: 5 }).rows).toEqual([expect.objectContaining({ name: '李堃', jobTitle: '叉车司机', role: 'worker' })]);
    expect(core.participants.list({ query: '研发' }, { offset: 0, limit: 5 }).rows.map((p) => p.role)).toEqual(['other', 'other']);
    core.close();
  });

  it('applies the role the trainer chose for a title to every row with that title', async () => {
    const { core } = withHuafeng();
    const rows = [HEADER, ['张喆', '男', '华丰纺织有限公司', '研发', ''], ['李堃', '男', '华丰纺织有限公司', ' 研发 ', ''], ['王珺', '女', '华丰纺织有限公司', '质检员', '']];
    const first = await core.roster.preview(csvBytes(rows, 'utf-8'), options());
    const key = first.jobTitles.find((t) => t.title === '研发')!.key;
    const chosen = options({ titleRoles: { [key]: 'manager' } });
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), chosen);
    expect(preview.rows.map((r) => r.role)).toEqual(['manager', 'manager', 'worker']);
    expect(preview.warnings).toEqual([]);
    await core.roster.import(csvBytes(rows, 'utf-8'), chosen);
    expect(core.participants.list({ query: 'lk' }, { offset: 0, limit: 5 }).rows[0]).toMatchObject({ jobTitle: '研发', role: 'manager' });
    core.close();
  });

  it('takes the role from a role column when the file has one, as this app exports it', async () => {
    const { core } = withHuafeng();
    const rows = [['姓名', '岗位', '人员类别'], ['张喆', '质检员', '主管／班组长'], ['李堃', '研发', '其他']];
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), options());
    expect(preview.rows.map((r) => [r.jobTitle, r.role])).toEqual([['质检员', 'supervisor'], ['研发', 'other']]);
    expect(preview.warnings).toEqual([]);
    core.close();
  });
});

describe('roster import: duplicates', () => {
  it('tells people apart by phone: same name and another phone is someone else, the same phone is the same person', async () => {
    const { core, huafengId } = withHuafeng();
    const known = core.participants.create(participant({ name: '李堃', enterpriseId: huafengId, phone: '13800138000', jobTitle: '电工' }));
    const rows = [HEADER, ['李堃', '男', '华丰纺织有限公司', '电工', '13900139000'], ['李坤', '男', '华丰纺织有限公司', '电工班长', '138 0013 8000'], ['李堃', '男', '华丰纺织有限公司', '电工', '']];
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), options());
    // The third row has no phone, so its name decides: it repeats the second row of the file.
    expect(preview.rows.map((r) => r.duplicateOf)).toEqual([null, expect.objectContaining({ kind: 'existing' }), { kind: 'row', row: 2 }]);
    expect(preview.rows[1]!.duplicateOf).toMatchObject({ person: { id: known.id, name: '李堃', jobTitle: '电工', phone: '13800138000' } });
    expect(preview.summary).toMatchObject({ rows: 3, newPeople: 1, duplicates: 2 });
    core.close();
  });

  it('follows the decision for each row: skip, import as new, or update the record on the list', async () => {
    const { core, huafengId } = withHuafeng();
    const known = core.participants.create(participant({ name: '李堃', enterpriseId: huafengId, phone: '13800138000', department: '机修' }));
    const other = core.participants.create(participant({ name: '王珺', enterpriseId: huafengId, gender: 'female' }));
    const rows = [HEADER, ['李坤', '男', '华丰纺织有限公司', '电工班长', '13800138000'], ['王珺', '女', '华丰纺织有限公司', '', ''], ['张喆', '男', '华丰纺织有限公司', '', '']];
    const decided = options({ duplicates: { '2': 'update', '3': 'new' } });
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), decided);
    expect(preview.rows.map((r) => r.action)).toEqual(['update', 'create', 'create']);
    expect(preview.summary).toMatchObject({ newPeople: 2, updates: 1, duplicates: 2 });
    expect(await core.roster.import(csvBytes(rows, 'utf-8'), decided)).toMatchObject({ imported: 2, updated: 1, skipped: 0 });
    // The row's values replace the record's; the department the file does not have is kept.
    expect(core.participants.get(known.id)).toMatchObject({ name: '李坤', jobTitle: '电工班长', role: 'supervisor', department: '机修' });
    expect(core.participants.list({ query: '王珺' }, { offset: 0, limit: 5 }).rows.map((p) => p.id)).toContain(other.id);
    expect(core.participants.count()).toBe(4);
    core.close();
  });

  it('enrols the people already on the list too when a roster is imported into a workshop', async () => {
    const { core, huafengId } = withHuafeng();
    const known = core.participants.create(participant({ name: '李堃', enterpriseId: huafengId, phone: '13800138000' }));
    const workshop = core.workshops.create({ moduleId: 'osh', title: 'OSH', startDate: '2026-03-10', endDate: '2026-03-10', location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: [], sessions: slotsBetween('2026-03-10', '2026-03-10') });
    const rows = [HEADER, ['李堃', '男', '华丰纺织有限公司', '', '13800138000'], ['张喆', '男', '华丰纺织有限公司', '', ''], ['张喆', '男', '华丰纺织有限公司', '', '']];
    expect(await core.roster.import(csvBytes(rows, 'utf-8'), options({ enrollInWorkshopId: workshop.id }))).toMatchObject({ imported: 1, skipped: 2, enrolled: 2 });
    expect(core.enrollments.list(workshop.id).map((p) => p.name).sort()).toEqual(['张喆', '李堃'].sort());
    expect(core.enrollments.isEnrolled(workshop.id, known.id)).toBe(true);
    core.close();
  });

  it('refuses "update" for a row that repeats an earlier row of the file, and writes nothing', async () => {
    const { core } = withHuafeng();
    const rows = [HEADER, ['张喆', '男', '华丰纺织有限公司', '', ''], ['张喆', '男', '华丰纺织有限公司', '', '']];
    await expect(core.roster.import(csvBytes(rows, 'utf-8'), options({ duplicates: { '3': 'update' } }))).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(core.participants.count()).toBe(0);
    core.close();
  });

  it('never lets the problems of rows that will be skipped block the new people', async () => {
    const { core, huafengId } = withHuafeng();
    for (let i = 0; i < 7; i++) core.participants.create(participant({ name: `老员工${i}`, enterpriseId: huafengId, phone: `1370013700${i}` }));
    const skipped = Array.from({ length: 7 }, (_, i) => [`老员工${i}`, '公', '华丰纺织有限公司', '', `1370013700${i}`]);
    const rows = [HEADER, ...skipped, ['新人', '女', '华丰纺织有限公司', '质检员', '13500135000']];
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), options());
    expect(preview.issues).toEqual([]);
    expect(preview.warnings).toHaveLength(7);
    expect(preview.warnings[0]).toEqual({ row: 2, field: 'gender', problem: 'gender', value: '公' });
    expect(await core.roster.import(csvBytes(rows, 'utf-8'), options())).toMatchObject({ imported: 1, skipped: 7 });
    // Import one of them as new instead, and its problem is an error again.
    await expect(core.roster.import(csvBytes(rows, 'utf-8'), options({ duplicates: { '2': 'new' } }))).rejects.toMatchObject({ code: 'IMPORT_INVALID', details: { count: 1, row: 2 } });
    core.close();
  });
});

describe('roster import: missing enterprises', () => {
  const rows = [HEADER, ['张喆', '男', '华丰纺织有限公司', '', ''], ['李堃', '男', '东方化工', '', ''], ['王珺', '女', '东方化工', '', ''], ['Jörg Müller', '男', 'Nordic Knits', '', '']];

  it('creates them by default when no enterprise exists yet, and lists them in the preview first', async () => {
    const core = openTestCore(tempDir());
    const preview = await core.roster.preview(csvBytes(rows, 'gbk'), options());
    expect(preview).toMatchObject({ createMissingEnterprises: true, unknownEnterprises: ['华丰纺织有限公司', '东方化工', 'Nordic Knits'], issues: [] });
    expect(preview.summary).toEqual({ rows: 4, newPeople: 4, updates: 0, duplicates: 0, newEnterprises: 3, warnings: 0, errors: 0 });
    expect(core.enterprises.list()).toEqual([]);
    expect(await core.roster.import(csvBytes(rows, 'gbk'), options())).toMatchObject({ imported: 4, createdEnterprises: 3 });
    const created = core.enterprises.list().map((e) => [e.nameZh, e.nameEn, e.participantCount]);
    expect(created).toHaveLength(3);
    expect(created).toEqual(expect.arrayContaining([['东方化工', '', 2], ['', 'Nordic Knits', 1], ['华丰纺织有限公司', '', 1]]));
    core.close();
  });

  it('asks first once enterprises exist: the unknown ones are errors until the trainer turns creation on', async () => {
    const { core } = withHuafeng();
    const preview = await core.roster.preview(csvBytes(rows, 'utf-8'), options());
    expect(preview).toMatchObject({ createMissingEnterprises: false, unknownEnterprises: ['东方化工', 'Nordic Knits'] });
    expect(preview.summary).toMatchObject({ newEnterprises: 0, errors: 3 });
    const on = await core.roster.preview(csvBytes(rows, 'utf-8'), options({ createMissingEnterprises: true }));
    expect(on.summary).toMatchObject({ newEnterprises: 2, errors: 0 });
    core.close();
  });

  it('creates no enterprise for rows that will be skipped', async () => {
    const { core, huafengId } = withHuafeng();
    core.participants.create(participant({ name: '李堃', enterpriseId: huafengId, phone: '13800138000' }));
    const moved = [HEADER, ['李堃', '男', '新厂', '', '13800138000'], ['张喆', '男', '华丰纺织有限公司', '', '']];
    const preview = await core.roster.preview(csvBytes(moved, 'utf-8'), options({ createMissingEnterprises: true }));
    expect(preview).toMatchObject({ unknownEnterprises: [], summary: { newPeople: 1, duplicates: 1, newEnterprises: 0 } });
    expect(await core.roster.import(csvBytes(moved, 'utf-8'), options({ createMissingEnterprises: true }))).toMatchObject({ imported: 1, createdEnterprises: 0 });
    expect(core.enterprises.list()).toHaveLength(1);
    core.close();
  });
});
