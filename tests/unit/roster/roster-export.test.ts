import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '../../../electron/core/roster/csv-writer';
import { exportAttendance, exportParticipants } from '../../../electron/core/roster/roster-export';
import { readRosterTable } from '../../../electron/core/roster/read-table';
import { rosterOptions } from '../../../shared/domain/roster';
import { slotsBetween } from '../../../shared/domain/workshops';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterprise, participant } from '../people/fixtures';

const tempDir = useTempDir();
closeCoresAfterEach();
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF, quoting where needed', () => {
    const bytes = toCsv([['姓名', '备注'], ['张伟', 'a, "b"\nc'], ['Anna', 3.5]]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8(bytes.subarray(3))).toBe('姓名,备注\r\n张伟,"a, ""b""\nc"\r\nAnna,3.5\r\n');
  });

  it('neutralises cells that a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(neutralizeFormula(evil)).toBe(`'${evil}`);
    expect(neutralizeFormula('张伟')).toBe('张伟');
    const text = utf8(toCsv([['=cmd|" /C calc"!A0', -5]]).subarray(3));
    expect(text).toBe(`"'=cmd|"" /C calc""!A0",-5\r\n`);
  });

  it('exports participants so that a hostile name stays text, and the file imports again', async () => {
    const core = openTestCore(tempDir());
    const huafeng = core.enterprises.create(enterprise());
    core.participants.create(participant({ name: '=1+2', enterpriseId: huafeng.id, phone: '+86 138 0013 8000', role: 'safety-officer', gender: 'female' }));
    core.participants.create(participant({ name: '张伟', enterpriseId: huafeng.id, role: 'eit-member', jobTitle: '质检员', department: '生产部' }));
    core.participants.create(participant({ name: '李堃', enterpriseId: huafeng.id, role: 'other', jobTitle: '出纳' }));
    const file = await exportParticipants(core.participants, {}, 'csv', 'zh-CN');
    expect(file.fileName).toMatch(/^学员名单-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = utf8(file.bytes.subarray(3));
    expect(text.split('\r\n')[0]).toBe('姓名,性别,企业,岗位,人员类别,部门,手机');
    expect(text).toContain("'=1+2,女,华丰纺织有限公司,,安全员,,'+86 138 0013 8000");
    expect(text).toContain('张伟,男,华丰纺织有限公司,质检员,企业改善团队（EIT）成员,生产部,');
    expect(text).toContain('李堃,男,华丰纺织有限公司,出纳,其他,,');

    const again = openTestCore(tempDir());
    again.enterprises.create(enterprise());
    const preview = await again.roster.preview(file.bytes, rosterOptions.parse({ fileName: file.fileName }));
    expect(preview.issues).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.rows.map((r) => [r.name, r.gender, r.jobTitle, r.role])).toEqual([
      ["'=1+2", 'female', '', 'safety-officer'],
      ['李堃', 'male', '出纳', 'other'],
      ['张伟', 'male', '质检员', 'eit-member'],
    ]);
  });
});

describe('XLSX export', () => {
  it('writes names as text cells, never as formulas', async () => {
    const core = openTestCore(tempDir());
    core.participants.create(participant({ name: '=1+2' }));
    const file = await exportParticipants(core.participants, {}, 'xlsx', 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    const cell = workbook.worksheets[0]!.getCell('A2');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=1+2');
    expect((await readRosterTable(file.bytes)).rows[0]).toEqual(['Name', 'Gender', 'Enterprise', 'Job title', 'Role', 'Department', 'Phone']);
  });

  it('exports attendance with a column per session, the rate, and a summary sheet', async () => {
    const core = openTestCore(tempDir());
    const people = [core.participants.create(participant({ name: '王芳', gender: 'female' })), core.participants.create(participant({ name: '张伟' }))];
    const workshop = core.workshops.create({ moduleId: 'osh', title: 'OSH / group 1', startDate: '2026-03-10', endDate: '2026-03-11', location: '', siteEnterpriseId: null, hoursPerSession: 3.5, trainerNames: [], sessions: slotsBetween('2026-03-10', '2026-03-11') });
    core.enrollments.enroll(workshop.id, people.map((p) => p.id));
    core.attendance.markAllPresent(workshop.sessions[0]!.id);
    core.attendance.set(workshop.sessions[1]!.id, people[1]!.id, 'late');
    const file = await exportAttendance(workshop, core.attendance.sheet(workshop.id), 'xlsx', 'en');
    expect(file.fileName).toBe('attendance-OSH group 1-2026-03-10.xlsx');
    const table = (await readRosterTable(file.bytes)).rows;
    expect(table[0]).toEqual(['Name', 'Enterprise', 'Gender', 'Role', '2026-03-10 Morning', '2026-03-10 Afternoon', '2026-03-11 Morning', '2026-03-11 Afternoon', 'Sessions attended', 'Attendance %']);
    expect(table[2]).toEqual(['张伟', '', 'Male', 'Worker', 'Present', 'Late', '', '', '2', '50']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Attendance', 'Summary']);
  });
});
