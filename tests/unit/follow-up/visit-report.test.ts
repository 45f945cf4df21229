import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { pdfFonts, pdfPageCount, pdfText } from '../pdf/poppler';
import { followOneEnterprise } from './followed-enterprise';

const tempDir = useTempDir();

/** A shop-floor photo stand-in: a coloured scene with a darker block, big enough to be resized on the way in. */
const scene = (colour: string) =>
  sharp({ create: { width: 2400, height: 1800, channels: 3, background: colour } })
    .composite([{ input: { create: { width: 900, height: 700, channels: 3, background: '#333333' } }, left: 700, top: 600 }])
    .jpeg()
    .toBuffer();

async function reportedVisit(core: Core) {
  const followed = await followOneEnterprise(core);
  const { call, baseline } = followed;
  const detail = await call('getVisit', { id: baseline.id });
  const colours = ['#c0392b', '#2980b9', '#27ae60', '#8e44ad'];
  for (const [i, finding] of detail.findings.entries()) {
    for (const colour of colours.slice(i * 2, i * 2 + 2)) {
      await call('attachPhoto', { image: new Uint8Array(await scene(colour)), attachment: { owner: { kind: 'finding', id: finding.id }, role: 'photo', caption: '' } });
    }
  }
  const { enterpriseId, visitedOn, durationMinutes, purpose, moduleId, visitors, participantIds } = baseline;
  await call('updateVisit', { id: baseline.id, visit: { enterpriseId, visitedOn, durationMinutes, purpose, moduleId, visitors, participantIds, notes: '下次走访前完成电缆穿管。' } });
  return followed;
}

describe('visit report PDF', () => {
  it('prints the findings with their photos, the actions as they stood that day, the notes, and a signature line per visitor and for the enterprise, in Chinese', async () => {
    const core = openTestCore(tempDir());
    const { call, baseline } = await reportedVisit(core);
    const file = await call('exportVisitReport', { visitId: baseline.id, language: 'zh-CN' });
    expect(file.name).toBe('走访报告 华丰纺织有限公司 2026-02-10.pdf');
    const text = pdfText(file.bytes).replace(/\s+/g, '');
    for (const expected of ['企业走访报告', '华丰纺织有限公司', '2026年2月10日', '基线走访', '发现的问题', '1.消防', '后门用链条锁住', '2.用电', '商定的整改措施', '拆除后门链条锁', '已验证', '电缆穿管', '高（9）', '以往走访遗留的未完成事项', '下次走访前完成电缆穿管。', '陈老师（培训师）', '刘检查员（检查员）', '企业代表']) {
      expect(text, expected).toContain(expected);
    }
    // Overdue as of the visit day: the cable action was due on 1 March, three weeks after this visit.
    expect(text).not.toContain('已逾期');
    for (const font of pdfFonts(file.bytes)) expect(font, font.name).toMatchObject({ embedded: true, subset: true, unicode: true });
    expect(file.bytes.length).toBeLessThan(3_000_000);
    core.close();
  });

  it('prints the same report in English; a later visit without findings says so and carries the open action over as overdue', async () => {
    const core = openTestCore(tempDir());
    const { call, baseline, followUp } = await reportedVisit(core);
    const english = pdfText((await call('exportVisitReport', { visitId: baseline.id, language: 'en' })).bytes).replace(/\s+/g, ' ');
    for (const expected of ['Factory visit report', '10 February 2026', 'Baseline', 'Findings', '1. Fire', 'Actions agreed', 'High (9)', 'For the enterprise', '陈老师 (trainer)']) {
      expect(english, expected).toContain(expected);
    }
    const later = await call('exportVisitReport', { visitId: followUp.id, language: 'en' });
    const laterText = pdfText(later.bytes).replace(/\s+/g, ' ');
    expect(laterText).toContain('No findings were recorded on this visit.');
    // The cable action from the baseline visit is still open at the follow-up, past its due day: carried over, overdue.
    expect(laterText).toMatch(/Open items carried over from earlier visits.*电缆穿管.*Open overdue/);
    expect(pdfPageCount(later.bytes)).toBeGreaterThanOrEqual(1);
    core.close();
  });
});
