import type { Role } from '../../../shared/domain/people';
import { normalizeValue } from './value-mapping';

/**
 * The SCORE role of a job title as Chinese and English rosters write it. Titles vary endlessly (质检员, 仓管员,
 * 叉车司机, 车间主任), so whole titles are looked up first and then the endings that carry the meaning
 * (…经理 leads, …班长 supervises, …员 and …工 do the work). A title nothing matches returns null: the caller
 * records "other" and warns, and the trainer can choose the role once for that title.
 */
const TITLES: Record<Role, string[]> = {
  manager: ['总经理', '副总经理', '经理', '厂长', '副厂长', '老板', '董事长', '总裁', '总监', '部长', '科长', '管理人员', '管理层', 'gm', 'ceo', 'owner', 'management', 'plantmanager', 'generalmanager'],
  supervisor: ['车间主任', '主任', '主管', '班组长', '班长', '组长', '拉长', '线长', '领班', '工段长', '带班', 'supervisor', 'teamleader', 'foreman', 'lineleader', 'shiftleader'],
  worker: ['普工', '操作工', '员工', '工人', '一线员工', '技工', '职工', '作业员', '操作员', '电工', '焊工', '钳工', '机修', '质检员', '质检', '检验员', '仓管员', '仓管', '叉车司机', '叉车工', '包装工', '搬运工', '学徒', 'worker', 'operator', 'employee', 'staff', 'technician', 'electrician', 'welder', 'mechanic', 'forkliftdriver', 'qualityinspector', 'qc', 'warehousekeeper'],
  'eit-member': ['eit', 'eit成员', 'eit组员', '改进小组成员', '企业改进团队成员', '改进团队成员', 'eitmember', 'enterpriseimprovementteam'],
  'safety-officer': ['安全员', '安全主任', '安全管理员', '安全主管', '安全专员', '安全工程师', '安环员', '安全经理', 'ehs', 'hse', 'safetyofficer', 'safety', 'ehsofficer', 'hseofficer', 'oshofficer'],
  inspector: ['监察员', '劳动监察员', '安监员', '督察员', 'labourinspector', 'laborinspector'],
  other: ['出纳', '会计', '统计', '统计员', '文员', '行政', '人事', '人事专员', '财务', '采购', '采购员', '销售', '业务员', '前台', '司机', '保安', '保洁', '厨师', 'cashier', 'accountant', 'clerk', 'driver', 'guard', 'cleaner', 'cook', 'sales'],
};

/** Endings that decide a title not found whole, most specific first (安全主管 is safety, not a supervisor). */
const ENDINGS: ReadonlyArray<[RegExp, Role]> = [
  [/^安全|安全(员|主任|主管|专员|工程师|经理)$|ehs|hse|safety/, 'safety-officer'],
  [/(经理|厂长|总监|部长|科长|总裁|manager|director)$/, 'manager'],
  [/(主任|主管|班长|组长|拉长|线长|领班|supervisor|leader|foreman)$/, 'supervisor'],
  [/(工|员|技师|师傅|司机|operator|worker|technician)$/, 'worker'],
];

const WHOLE = new Map<string, Role>(Object.entries(TITLES).flatMap(([role, titles]) => titles.map((title) => [normalizeValue(title), role as Role] as const)));

/** The role a job title implies; an empty title is a worker (most rows); an unrecognised one is null. */
export function roleForJobTitle(title: string): Role | null {
  const key = normalizeValue(title);
  if (key === '') return 'worker';
  const whole = WHOLE.get(key);
  if (whole) return whole;
  return ENDINGS.find(([pattern]) => pattern.test(key))?.[1] ?? null;
}

/** Spellings of one title compare equal: case, width, spaces and brackets do not make a new title. */
export function jobTitleKey(title: string): string {
  return normalizeValue(title);
}
