import { ROSTER_FIELDS, type RosterField, type RosterMapping } from '../../../shared/domain/roster';

/**
 * Header words seen in real rosters, in Chinese and English, after normalising (NFKC, lower case, no spaces,
 * no bracketed notes such as "（必填）", no asterisks). Exact matches win over partial ones.
 */
const SYNONYMS: Record<RosterField, string[]> = {
  name: ['姓名', '名字', '学员姓名', '参训人员', '参训人', '学员', '员工姓名', 'name', 'fullname', 'participant', 'participantname', 'trainee'],
  gender: ['性别', 'gender', 'sex'],
  enterprise: ['企业', '企业名称', '公司', '公司名称', '单位', '单位名称', '工作单位', '工厂', '厂名', 'enterprise', 'company', 'factory', 'employer', 'organisation', 'organization'],
  jobTitle: ['岗位', '职务', '职位', '岗位职务', '工种', '岗位名称', 'position', 'jobtitle', 'job', 'title'],
  role: ['人员类别', '类别', '角色', 'score角色', 'role', 'scorerole'],
  department: ['部门', '车间', '科室', '班组', '所在部门', 'department', 'dept', 'section', 'unit'],
  phone: ['电话', '手机', '手机号', '手机号码', '联系电话', '联系方式', '电话号码', 'phone', 'mobile', 'mobilephone', 'tel', 'telephone', 'cell', 'phonenumber'],
};

export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s*:：_\-.#/]/g, '');
}

/** An exact synonym, else the field whose longest synonym the header contains ("company name" is the enterprise). */
function fieldFor(header: string, exact: boolean): RosterField | null {
  const key = normalizeHeader(header);
  if (key === '') return null;
  let best: { field: RosterField; length: number } | null = null;
  for (const field of ROSTER_FIELDS) {
    for (const word of SYNONYMS[field]) {
      const hit = exact ? key === word : word.length >= 2 && key.includes(word);
      if (hit && (!best || word.length > best.length)) best = { field, length: word.length };
    }
  }
  return best?.field ?? null;
}

/** Columns for each field, guessed from the header cells; each column feeds at most one field. */
export function guessMapping(headers: readonly string[]): RosterMapping {
  const mapping = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, null])) as RosterMapping;
  const taken = new Set<number>();
  for (const exact of [true, false]) {
    headers.forEach((header, column) => {
      if (taken.has(column)) return;
      const field = fieldFor(header, exact);
      if (field && mapping[field] === null) {
        mapping[field] = column;
        taken.add(column);
      }
    });
  }
  return mapping;
}

/**
 * The header row: the first of the top rows that names at least two fields (a roster often starts with a title
 * row such as "参训人员名单"), else the first row with any text.
 */
export function findHeaderRow(rows: readonly string[][]): number {
  const limit = Math.min(rows.length, 10);
  for (let i = 0; i < limit; i++) {
    const mapping = guessMapping(rows[i]!);
    if (Object.values(mapping).filter((c) => c !== null).length >= 2) return i;
  }
  const first = rows.findIndex((row) => row.some((cell) => cell !== ''));
  return Math.max(first, 0);
}
