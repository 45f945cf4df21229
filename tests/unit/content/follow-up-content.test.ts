import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentLibrary } from '../../../electron/core/content/content-library';
import { loadPack } from '../../../electron/core/content/load-pack';
import { checkContentQuality } from '../../../electron/core/content/quality/check-content-quality';
import { loadTermList } from '../../../electron/core/content/quality/load-term-list';
import { BUNDLED_CONTENT } from '../helpers/core';
import { copyMinimalPack } from '../helpers/pack-fixture';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

const L = (en: string, zh: string) => ({ en, 'zh-CN': zh });
function template(id: string, itemIds: string[], zh = '通道畅通。') {
  return {
    id,
    version: 1,
    title: L('Walk', '巡查'),
    intro: L('Walk the site.', '走一遍现场。'),
    sections: [{ id: 'routes', title: L('Routes', '通道'), items: itemIds.map((itemId) => ({ id: itemId, hazardCategory: 'housekeeping', text: L('Keep aisles clear.', zh) })) }],
  };
}

function packWithFollowUp(files: Record<string, unknown>): string {
  const dir = copyMinimalPack(tempDir());
  for (const [file, json] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), JSON.stringify(json));
  }
  return dir;
}

describe('follow-up content in packs', () => {
  it('ships the eight checklist templates in the OSH pack, versioned and bilingual', () => {
    const result = loadPack(join(BUNDLED_CONTENT, 'osh'), 'bundled');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.pack.checklists.map((t) => t.id).sort()).toEqual([
      'chemicals-fire',
      'electrical-safety',
      'ergonomics',
      'housekeeping-5s',
      'machine-guarding-lockout',
      'osh-walk-through',
      'welfare-facilities',
      'women-workers',
    ]);
    for (const t of result.pack.checklists) expect(t.sections.flatMap((s) => s.items).length, t.id).toBeGreaterThanOrEqual(6);
    const women = result.pack.checklists.find((t) => t.id === 'women-workers')!;
    expect(women.sections.flatMap((s) => s.items.map((i) => i.id))).toEqual(expect.arrayContaining(['maternity-leave', 'ppe-fits-women', 'harassment-policy', 'night-transport']));
  });

  it('defines the issue’s indicators across the bundled packs, each id once, with direction and split by sex', () => {
    const library = new ContentLibrary(BUNDLED_CONTENT, join(tempDir(), 'packs'));
    const indicators = library.indicators();
    expect([...indicators.keys()].sort()).toEqual([
      'absenteeism-rate',
      'days-lost',
      'defect-rate',
      'energy-per-unit',
      'inspection-violations-fixed',
      'inspection-violations-found',
      'lost-time-injuries',
      'near-misses-reported',
      'overtime-hours',
      'staff-turnover-rate',
      'water-per-unit',
      'work-accidents',
    ]);
    expect(indicators.get('near-misses-reported')).toMatchObject({ better: 'higher', moduleId: 'osh' });
    expect(indicators.get('absenteeism-rate')).toMatchObject({ better: 'lower', splitBySex: true, measure: 'rate', moduleId: 'workforce' });
    expect(library.checklist('osh', 'electrical-safety').version).toBe(1);
    expect(() => library.checklist('osh', 'nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('refuses a template whose item ids repeat or whose id differs from its file name, and a repeated indicator id', () => {
    const dir = packWithFollowUp({
      'follow-up/checklists/walk.json': template('walk', ['aisles', 'aisles']),
      'follow-up/checklists/other.json': template('not-other', ['exits']),
      'follow-up/indicators.json': { indicators: [1, 2].map(() => ({ id: 'defect-rate', name: L('Defects', '不良品率'), unit: L('%', '%'), better: 'lower', measure: 'rate', splitBySex: false })) },
    });
    const result = loadPack(dir, 'installed');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'follow-up/checklists/walk.json', message: 'duplicate id "aisles"' }),
        expect.objectContaining({ file: 'follow-up/checklists/other.json', field: 'id' }),
        expect.objectContaining({ file: 'follow-up/indicators.json', field: 'indicators.1.id' }),
      ]),
    );
  });

  it('refuses an item without a hazard category or without its Chinese text', () => {
    const broken = template('walk', ['aisles']) as { sections: Array<{ items: Array<Record<string, unknown>> }> };
    broken.sections[0]!.items[0] = { id: 'aisles', text: { en: 'Keep aisles clear.' } };
    const result = loadPack(packWithFollowUp({ 'follow-up/checklists/walk.json': broken }), 'installed');
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['sections.0.items.0.hazardCategory', 'sections.0.items.0.text.zh-CN']));
  });

  it('applies the Chinese wording rules to checklist texts', () => {
    const dir = packWithFollowUp({ 'follow-up/checklists/walk.json': template('walk', ['aisles'], '通道要"畅通"。') });
    const result = loadPack(dir, 'installed');
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const problems = checkContentQuality(result.pack, loadTermList(join(BUNDLED_CONTENT, 'terms.json')));
    expect(problems).toEqual([expect.objectContaining({ file: 'follow-up/checklists/walk.json', field: 'sections.routes.items.aisles.text.zh-CN' })]);
  });
});
