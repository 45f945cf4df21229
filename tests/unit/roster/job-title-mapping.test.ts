import { describe, expect, it } from 'vitest';
import { jobTitleKey, roleForJobTitle } from '../../../electron/core/roster/job-title-mapping';

describe('job title to SCORE role', () => {
  it('knows the titles Chinese factory rosters use', () => {
    const titles = {
      总经理: 'manager',
      厂长: 'manager',
      生产经理: 'manager',
      车间主任: 'supervisor',
      班长: 'supervisor',
      组长: 'supervisor',
      包装组组长: 'supervisor',
      质检员: 'worker',
      仓管员: 'worker',
      叉车司机: 'worker',
      电工: 'worker',
      操作工: 'worker',
      普工: 'worker',
      缝纫工: 'worker',
      安全员: 'safety-officer',
      安全主管: 'safety-officer',
      EHS专员: 'safety-officer',
      出纳: 'other',
      统计: 'other',
      EIT成员: 'eit-member',
    } as const;
    for (const [title, role] of Object.entries(titles)) expect(roleForJobTitle(title), title).toBe(role);
  });

  it('knows English titles in any case and spacing', () => {
    expect(['Plant Manager', 'Team Leader', 'Forklift driver', 'QC', 'Safety Officer', 'Cashier', 'machine operator'].map(roleForJobTitle)).toEqual([
      'manager',
      'supervisor',
      'worker',
      'worker',
      'safety-officer',
      'other',
      'worker',
    ]);
  });

  it('treats an empty title as a worker and returns null for a title it cannot place', () => {
    expect(roleForJobTitle('  ')).toBe('worker');
    expect(roleForJobTitle('宇航员')).toBe('worker');
    expect(roleForJobTitle('研发')).toBeNull();
    expect(roleForJobTitle('Astronaut')).toBeNull();
  });

  it('gives spellings that differ only in width, case and spaces the same key', () => {
    expect(jobTitleKey('ＱＣ 质检')).toBe(jobTitleKey('qc质检'));
    expect(jobTitleKey('质检员')).not.toBe(jobTitleKey('仓管员'));
  });
});
