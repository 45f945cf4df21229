import { describe, expect, it } from 'vitest';
import { nameBreaks } from '../../../electron/core/pdf/name-breaks';

/** The name with a bar at every seam of the given rank. */
function seams(text: string, rank: 'strong' | 'all'): string {
  const { strong, weak } = nameBreaks(text);
  const at = new Set(rank === 'strong' ? strong : [...strong, ...weak]);
  return [...text].map((char, i) => (at.has(i) ? `|${char}` : char)).join('');
}

describe('where an enterprise or department name may break', () => {
  it('breaks a Chinese name before its legal form and after a place, never inside a word', () => {
    expect(seams('吴江经济技术开发区东方化工有限公司', 'strong')).toBe('吴江经济技术开发区|东方化工|有限公司');
    expect(seams('江苏恒力化纤股份有限公司', 'all')).toBe('江苏恒力化纤|股份有限公司');
    expect(seams('苏州华丰纺织有限公司', 'all')).toBe('苏州华丰纺织|有限公司');
    expect(seams('一线员工（生产部）', 'strong')).toBe('一线员工|（生产部）');
  });

  it('breaks a Latin name between words but keeps "Co., Ltd." together', () => {
    expect(seams('Dongfang Chemicals Co., Ltd.', 'strong')).toBe('Dongfang |Chemicals |Co., Ltd.');
  });
});
