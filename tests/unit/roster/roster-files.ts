import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Test rosters written the way Excel and WPS write them. */
export function csvBytes(rows: string[][], encoding: 'utf-8' | 'utf-8-bom' | 'gbk' | 'gb18030' | 'utf-16le' | 'utf-16be' | 'utf-16le-nobom', separator = ','): Uint8Array {
  const text = rows.map((r) => r.join(separator)).join('\r\n') + '\r\n';
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    case 'gbk':
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, encoding));
    case 'utf-16le':
      return new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);
    case 'utf-16be':
      return new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]);
    case 'utf-16le-nobom':
      return new Uint8Array(iconv.encode(text, 'utf-16le'));
  }
}

export async function xlsxBytes(rows: (string | number)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export const CHINESE_ROSTER = [
  ['姓名', '性别', '企业', '职务', '部门', '手机'],
  ['张伟', '男', '华丰纺织有限公司', '经理', '生产部', '13800138000'],
  ['王芳', '女', '华丰纺织有限公司', '班组长', '缝纫车间', '13900139000'],
  ['李娜', '女', '东方化工', '安全员', '安环部', ''],
];
