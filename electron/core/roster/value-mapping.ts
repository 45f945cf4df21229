import { GENDERS, ROLES, type Gender, type Role } from '../../../shared/domain/people';
import { resources } from '../../../shared/i18n/resources';

/**
 * Words for each gender and role as trainers and HR departments write them, plus the labels this app prints
 * in either language, so that an exported roster imports again unchanged.
 */
const GENDER_WORDS: Record<Gender, string[]> = {
  female: ['女', '女性', '女士', 'f', 'female', 'woman', 'w'],
  male: ['男', '男性', '先生', 'm', 'male', 'man'],
  other: ['其他', '其它', 'other', 'x', 'diverse'],
  undisclosed: ['不透露', '不愿透露', '保密', '未说明', '未知', 'undisclosed', 'prefernottosay', 'notstated', 'unknown'],
};

const ROLE_WORDS: Record<Role, string[]> = {
  manager: ['经理', '总经理', '副总经理', '厂长', '副厂长', '老板', '总监', '管理人员', '管理层', '部门经理', 'manager', 'gm', 'director', 'owner', 'management'],
  supervisor: ['主管', '班组长', '组长', '班长', '拉长', '领班', '线长', '车间主任', '主任', 'supervisor', 'teamleader', 'foreman', 'lineleader'],
  worker: ['员工', '工人', '一线员工', '普工', '操作工', '技工', '职工', '作业员', 'worker', 'operator', 'employee', 'staff'],
  'eit-member': ['eit', 'eit成员', 'eit组员', '改进小组成员', '企业改进团队成员', '改进团队成员', 'eitmember', 'enterpriseimprovementteam'],
  'safety-officer': ['安全员', '安全主任', '安全管理员', '安全主管', '安全专员', 'ehs', 'hse', '安环员', 'safetyofficer', 'safety', 'ehsofficer', 'hseofficer'],
  inspector: ['监察员', '劳动监察员', '安监员', '检查员', '督察员', 'inspector', 'labourinspector', 'laborinspector'],
  other: ['其他', '其它', 'other'],
};

export function normalizeValue(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s()（）/／_\-.]/g, '');
}

function withLabels<T extends string>(words: Record<T, string[]>, kind: 'gender' | 'role', values: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    for (const word of words[value]) map.set(normalizeValue(word), value);
    for (const language of ['en', 'zh-CN'] as const) {
      const label = (resources[language].trainer[kind] as Record<string, string>)[value];
      if (label) map.set(normalizeValue(label), value);
    }
  }
  return map;
}

const GENDER_MAP = withLabels(GENDER_WORDS, 'gender', GENDERS);
const ROLE_MAP = withLabels(ROLE_WORDS, 'role', ROLES);

/** A gender from a cell: an empty cell is "undisclosed"; an unknown word is null (a problem to report). */
export function parseGender(cell: string): Gender | null {
  if (cell.trim() === '') return 'undisclosed';
  return GENDER_MAP.get(normalizeValue(cell)) ?? null;
}

/** A role from a role column (this app's own labels, or the usual words for them); an unknown or empty cell is null. */
export function parseRole(cell: string): Role | null {
  return ROLE_MAP.get(normalizeValue(cell)) ?? null;
}
