import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../electron/core/roster/decode-text';
import { findHeaderRow, guessMapping } from '../../../electron/core/roster/header-mapping';
import { readRosterTable } from '../../../electron/core/roster/read-table';
import { parseGender, parseRole } from '../../../electron/core/roster/value-mapping';
import { CHINESE_ROSTER, csvBytes, xlsxBytes } from './roster-files';

describe('roster encodings', () => {
  const expected = CHINESE_ROSTER;
  for (const encoding of ['utf-8', 'utf-8-bom', 'gbk', 'gb18030', 'utf-16le', 'utf-16be', 'utf-16le-nobom'] as const) {
    it(`reads a CSV saved as ${encoding}`, async () => {
      const separator = encoding.startsWith('utf-16') ? '\t' : ',';
      const table = await readRosterTable(csvBytes(expected, encoding, separator));
      expect(table.format).toBe('csv');
      expect(table.rows).toEqual(expected);
    });
  }

  it('names the encoding it found', () => {
    expect(decodeText(csvBytes(CHINESE_ROSTER, 'gbk')).encoding).toBe('gb18030');
    expect(decodeText(csvBytes(CHINESE_ROSTER, 'utf-8-bom')).encoding).toBe('utf-8-bom');
    expect(decodeText(csvBytes(CHINESE_ROSTER, 'utf-16le-nobom')).encoding).toBe('utf-16le');
  });

  it('reads characters outside GBK from a GB18030 file', async () => {
    const rows = [['姓名'], ['䶮'], ['𠀾']];
    expect((await readRosterTable(csvBytes(rows, 'gb18030'))).rows).toEqual(rows);
  });

  it('reads semicolon-separated CSV and quoted cells with commas and line breaks', async () => {
    const text = 'Name;Company\r\n"Lopez, Maria";"Huafeng\r\nTextiles"\r\n';
    expect((await readRosterTable(new TextEncoder().encode(text))).rows).toEqual([['Name', 'Company'], ['Lopez, Maria', 'Huafeng\r\nTextiles']]);
  });

  it('reads the first sheet of an xlsx, with numbers as digits', async () => {
    const table = await readRosterTable(await xlsxBytes([['姓名', '手机号码'], ['张伟', 13800138000]]));
    expect(table).toEqual({ format: 'xlsx', encoding: null, rows: [['姓名', '手机号码'], ['张伟', '13800138000']] });
  });

  it('refuses an old .xls file, an empty file and bytes that are no text', async () => {
    await expect(readRosterTable(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toMatchObject({ code: 'ROSTER_OLD_EXCEL' });
    await expect(readRosterTable(new Uint8Array())).rejects.toMatchObject({ code: 'ROSTER_EMPTY' });
    await expect(readRosterTable(new Uint8Array([0x81, 0x20, 0x00, 0x00, 0xff, 0x30]))).rejects.toMatchObject({ code: 'ROSTER_UNREADABLE' });
  });
});

describe('roster header mapping', () => {
  it('maps Chinese headers, with notes and asterisks', () => {
    expect(guessMapping(['序号', '姓名（必填）', '性别*', '所在单位', '岗位/职务', '车间', '联系电话'])).toEqual({ name: 1, gender: 2, enterprise: 3, jobTitle: 4, role: null, department: 5, phone: 6 });
    expect(guessMapping(['姓名', '手机号码', '职务', '企业名称'])).toEqual({ name: 0, phone: 1, jobTitle: 2, enterprise: 3, gender: null, role: null, department: null });
  });

  it('maps English headers in any case, preferring the more specific word', () => {
    expect(guessMapping(['Full Name', 'Company Name', 'SEX', 'Job title', 'Dept.', 'Mobile'])).toEqual({ name: 0, enterprise: 1, gender: 2, jobTitle: 3, role: null, department: 4, phone: 5 });
  });

  it('tells a job title column from a role column, as this app exports them', () => {
    expect(guessMapping(['姓名', '岗位', '人员类别'])).toMatchObject({ name: 0, jobTitle: 1, role: 2 });
    expect(guessMapping(['Name', 'Job title', 'Role'])).toMatchObject({ name: 0, jobTitle: 1, role: 2 });
  });

  it('skips a title row above the headers', () => {
    expect(findHeaderRow([['2026年第一期参训人员名单'], [], ['姓名', '性别', '企业'], ['张伟', '男', '华丰']])).toBe(2);
  });

  it('maps genders and roles written in either language', () => {
    expect(['男', 'M', 'male', '女', 'F', 'Female', '女性', '', '保密'].map(parseGender)).toEqual(['male', 'male', 'male', 'female', 'female', 'female', 'female', 'undisclosed', 'undisclosed']);
    expect(parseGender('unbekannt')).toBeNull();
    expect(['经理', 'Manager', '班组长', '拉长', '一线员工', '其他', 'EIT成员', 'EIT 成员', '安全员', 'EHS', '劳动监察员', '主管／班组长'].map(parseRole)).toEqual([
      'manager',
      'manager',
      'supervisor',
      'supervisor',
      'worker',
      'other',
      'eit-member',
      'eit-member',
      'safety-officer',
      'safety-officer',
      'inspector',
      'supervisor',
    ]);
    expect(parseRole('宇航员')).toBeNull();
    expect(parseRole('')).toBeNull();
  });
});
