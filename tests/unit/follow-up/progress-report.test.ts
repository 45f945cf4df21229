import { describe, expect, it } from 'vitest';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { pdfFonts, pdfText } from '../pdf/poppler';
import { followOneEnterprise } from './followed-enterprise';

const tempDir = useTempDir();
const RANGE = { from: '2026-01-01', to: '2026-06-30' };

describe('enterprise progress report PDF', () => {
  it('prints the headline figures from the ledger, each indicator baseline against latest with its direction, the suggestions and projects', async () => {
    const core = openTestCore(tempDir());
    const { call, company } = await followOneEnterprise(core);
    await call('saveIndicatorValue', { value: { enterpriseId: company.id, indicatorId: 'defect-rate', period: 'baseline', value: 4, bySex: null, source: '质检月报' } });
    await call('saveIndicatorValue', { value: { enterpriseId: company.id, indicatorId: 'defect-rate', period: '2026-04', value: 5, bySex: null, source: '质检月报' } });
    const file = await call('exportProgressReport', { enterpriseId: company.id, range: RANGE, language: 'zh-CN' });
    expect(file.name).toBe('进展报告 华丰纺织有限公司.pdf');
    const text = pdfText(file.bytes).replace(/\s+/g, '');
    for (const expected of [
      '企业改善进展报告',
      '2026年1月1日至2026年6月30日',
      '共4人：女性2人，男性2人；管理人员和班组长2人，一线员工2人',
      // The tiles: suggestions 3, shares 66.7% and 33.3%, projects 1; hazards 2 found, 1 fixed; 1 overdue; RMB 25,000.
      '366.7%33.3%1合理化建议来自一线员工来自女职工改善项目21125,000发现的事故隐患整改完成的事故隐患逾期未完成的整改措施节约金额（元/年）',
      '损工事故',
      '女1·男3→女0·男1-3(-75%)',
      '不良品率',
      '+1(+25%)4变差',
      '通道两侧画黄线',
      '一线员工·女',
      '已采纳',
      '通道划线',
      '已完成',
    ]) {
      expect(text, expected).toContain(expected);
    }
    for (const font of pdfFonts(file.bytes)) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    core.close();
  });

  it('prints in English, and says so when the period has no suggestion, project or indicator', async () => {
    const core = openTestCore(tempDir());
    const { call, company } = await followOneEnterprise(core);
    const text = pdfText((await call('exportProgressReport', { enterpriseId: company.id, range: RANGE, language: 'en' })).bytes).replace(/\s+/g, ' ');
    for (const expected of ['Enterprise progress report', 'Lost-time injuries', 'better', 'From frontline workers', 'Under review', 'Improvement projects']) expect(text, expected).toContain(expected);
    const empty = pdfText((await call('exportProgressReport', { enterpriseId: company.id, range: { from: '2025-01-01', to: '2025-06-30' }, language: 'en' })).bytes).replace(/\s+/g, ' ');
    expect(empty).toContain('No suggestions in this period.');
    expect(empty).toContain('No improvement projects in this period.');
    core.close();
  });
});
