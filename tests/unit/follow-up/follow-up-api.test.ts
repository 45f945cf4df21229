import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { localDay } from '../../../electron/core/follow-up/local-day';
import { contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { enterpriseWithTeam, suggestionInput, visitInput } from './follow-up-fixtures';
import { followOneEnterprise, trainerApi } from './followed-enterprise';

const tempDir = useTempDir();
const RANGE = { from: '2026-01-01', to: '2026-06-30' };

describe('follow-up through the API', () => {
  it('words a finding from the checklist item in the language asked, and refuses an item the template does not have', async () => {
    const core = openTestCore(tempDir());
    const { call, baseline } = await followOneEnterprise(core);
    const detail = await call('getVisit', { id: baseline.id });
    expect(detail.findings.map((f) => f.description)).toEqual(['有人上班时，每个安全出口都不上锁，也不堆放物品。\n后门用链条锁住', '电缆有保护、不破损，作业区的电线不拖在地上。']);
    expect(detail.runs[0]).toMatchObject({ packId: 'osh', templateId: 'osh-walk-through', templateVersion: 1 });
    await expect(call('saveChecklistAnswers', { runId: detail.runs[0]!.id, language: 'en', answers: [{ itemId: 'no-such-item', needsAction: 'yes', priority: null, note: '' }] })).rejects.toMatchObject({
      error: { code: 'INVALID_INPUT' },
    });
    core.close();
  });

  it('derives the enterprise figures from the ledger: shares of suggestions, hazards found and fixed, overdue actions, savings counted once', async () => {
    const core = openTestCore(tempDir());
    const { call, company } = await followOneEnterprise(core);
    const figures = await call('getEnterpriseFigures', { enterpriseId: company.id, range: RANGE });
    expect(figures).toMatchObject({
      visits: 2,
      suggestions: { total: 3, fromFrontline: 2, fromWomen: 1, frontlinePercent: 66.7, womenPercent: 33.3, accepted: 2, underReview: 1, implemented: 2, bySex: { female: 1, male: 2 } },
      hazardsFound: 2,
      hazardsFixed: 1,
      actions: { total: 2, open: 1, verified: 1, overdue: 1 },
      projects: 1,
      projectsDone: 1,
      savings: 25_000,
    });
    const march = await call('getEnterpriseFigures', { enterpriseId: company.id, range: { from: '2026-03-01', to: '2026-03-31' } });
    expect(march).toMatchObject({ visits: 1, hazardsFound: 0, suggestions: { total: 0, frontlinePercent: null } });
    core.close();
  });

  it('sums the programme across enterprises and the range, split by sex where people are counted', async () => {
    const core = openTestCore(tempDir());
    await followOneEnterprise(core);
    const call = trainerApi(core);
    const other = enterpriseWithTeam(core, '东方化工');
    await call('createVisit', { visit: visitInput(other.company.id, { visitedOn: '2025-12-01' }) });
    await call('createSuggestion', { suggestion: suggestionInput(other.company.id, { submittedOn: '2026-04-02', proposer: { kind: 'anonymous', role: 'worker', sex: 'female' } }) });
    const summary = await call('getProgrammeSummary', { range: RANGE });
    expect(summary).toMatchObject({
      enterprisesFollowed: 1,
      visits: 2,
      visitsByPurpose: { baseline: 1, 'follow-up': 1, closing: 0 },
      suggestions: { total: 4, fromFrontline: 3, fromWomen: 2, womenPercent: 50 },
      hazardsFound: 2,
      hazardsFixed: 1,
      savings: 25_000,
      teamMembersBySex: { female: 4, male: 4 },
      visitParticipantsBySex: { female: 2, male: 1 },
      inspections: { found: 6, fixed: 5 },
    });
    expect(summary.accidents.find((a) => a.indicatorId === 'lost-time-injuries')).toEqual({
      indicatorId: 'lost-time-injuries',
      enterprises: 1,
      baseline: 4,
      latest: 1,
      baselineBySex: { female: 1, male: 3 },
      latestBySex: { female: 0, male: 1 },
    });
    core.close();
  });

  it('opens a new visit with overdue actions first, the previous visit’s answers, and the indicator values still missing', async () => {
    const core = openTestCore(tempDir());
    const { call, company, baseline, followUp } = await followOneEnterprise(core);
    const opening = await call('openVisit', { enterpriseId: company.id, visitId: null });
    expect(opening.previousVisit?.id).toBe(followUp.id);
    expect(opening.unfinishedActions).toEqual([expect.objectContaining({ title: '电缆穿管', overdue: localDay() > '2026-03-01' })]);
    const ofFollowUp = await call('openVisit', { enterpriseId: company.id, visitId: followUp.id });
    expect(ofFollowUp.previousVisit?.id).toBe(baseline.id);
    expect(ofFollowUp.previousRuns[0]!.answers.map((a) => [a.itemId, a.needsAction])).toEqual([['exits-unlocked', 'yes'], ['cables-protected', 'yes'], ['floors-even', 'no']]);
    // Before the March visit: February's values are due; the injuries have their baseline but not February.
    const injuries = ofFollowUp.missingIndicators.find((m) => m.indicatorId === 'lost-time-injuries');
    expect(injuries).toEqual({ indicatorId: 'lost-time-injuries', baselineMissing: false, monthsMissing: ['2026-02'] });
    expect(ofFollowUp.missingIndicators.find((m) => m.indicatorId === 'defect-rate')).toEqual({ indicatorId: 'defect-rate', baselineMissing: true, monthsMissing: ['2026-02'] });
    expect(opening.missingIndicators.find((m) => m.indicatorId === 'lost-time-injuries')?.monthsMissing).not.toContain('2026-03');
    core.close();
  });

  it('refuses an indicator value that does not fit its definition, and all of it without the trainer PIN', async () => {
    const core = openTestCore(tempDir());
    const call = trainerApi(core);
    const { company } = enterpriseWithTeam(core);
    const value = { enterpriseId: company.id, indicatorId: 'lost-time-injuries', period: 'baseline', value: 2, bySex: null, source: '' };
    await expect(call('saveIndicatorValue', { value })).rejects.toMatchObject({ error: { code: 'INVALID_INPUT', fields: ['value.bySex'] } });
    await expect(call('saveIndicatorValue', { value: { ...value, indicatorId: 'happiness' } })).rejects.toMatchObject({ error: { code: 'INVALID_INPUT', fields: ['value.indicatorId'] } });
    const locked = await dispatch('listVisits', { enterpriseId: company.id }, contextFor(core));
    expect(locked).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    core.close();
  });

  it('attaches a photo through the API and serves it back as a JPEG', async () => {
    const core = openTestCore(tempDir());
    const { call, verified } = await followOneEnterprise(core);
    const image = new Uint8Array(await sharp({ create: { width: 400, height: 300, channels: 3, background: '#cc8800' } }).png().toBuffer());
    const link = await call('attachPhoto', { image, attachment: { owner: { kind: 'action', id: verified.id }, role: 'evidence', caption: '链条锁已拆除' } });
    const served = await call('getPhoto', { sha256: link.sha256 });
    expect((await sharp(Buffer.from(served.bytes)).metadata()).format).toBe('jpeg');
    await expect(call('attachPhoto', { image, attachment: { owner: { kind: 'visit', id: verified.id }, role: 'evidence', caption: '' } })).rejects.toMatchObject({ error: { code: 'INVALID_INPUT' } });
    core.close();
  });
});
