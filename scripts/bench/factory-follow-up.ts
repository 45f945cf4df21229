import { resolve } from 'node:path';
import sharp from 'sharp';
import { dispatch } from '../../electron/core/api';
import { ClientSession } from '../../electron/core/auth/trainer-session';
import { Core } from '../../electron/core/core';
import { newId, nowIso } from '../../electron/core/db/timestamps';
import { monthsBetween } from '../../electron/core/follow-up/visit-opening';
import { HAZARD_CATEGORIES } from '../../shared/domain/follow-up/action-ledger';
import { SUGGESTION_CATEGORIES } from '../../shared/domain/follow-up/suggestions';
import { summarize } from './stats';

/** The installation: per enterprise, two years of follow-up. */
const ENTERPRISES = 200;
const TEAM = 8;
const VISITS = 40;
const SUGGESTIONS = 250;
const FINDINGS = 200;
const PHOTOS = 2_000;
const REPORT_PHOTOS = 20;
const RUNS = 100;

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const day = (offset: number) => new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** Straight through SQL in one transaction per enterprise: seeding speed is not what is measured. */
function seed(core: Core): Array<{ enterpriseId: string; visitIds: string[]; findingIds: string[] }> {
  const next = random(13);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const now = nowIso();
  const sql = (text: string) => core.db.prepare(text);
  const enterprise = sql("INSERT INTO enterprises (id, name_zh, sector, created_at, updated_at) VALUES (?, ?, 'manufacturing', ?, ?)");
  const participant = sql("INSERT INTO participants (id, name, gender, enterprise_id, role, created_at, updated_at) VALUES (?, ?, ?, ?, 'worker', ?, ?)");
  const member = sql('INSERT INTO eit_members (id, enterprise_id, participant_id, role, joined_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const visit = sql("INSERT INTO visits (id, enterprise_id, visited_on, duration_minutes, purpose, module_id, created_at, updated_at) VALUES (?, ?, ?, 180, ?, 'osh', ?, ?)");
  const visitor = sql("INSERT INTO visit_visitors (id, visit_id, position, name, role, created_at, updated_at) VALUES (?, ?, 0, '陈老师', 'trainer', ?, ?)");
  const run = sql("INSERT INTO checklist_runs (id, visit_id, pack_id, template_id, template_version, created_at, updated_at) VALUES (?, ?, 'osh', 'osh-walk-through', 1, ?, ?)");
  const answer = sql('INSERT INTO checklist_answers (id, run_id, item_id, needs_action, priority, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const finding = sql('INSERT INTO findings (id, enterprise_id, visit_id, description, hazard_category, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const action = sql(`INSERT INTO actions (id, enterprise_id, finding_id, title, hazard_category, likelihood, severity, owner_member_id, due_on, status,
    done_on, verified_by, verified_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const suggestion = sql(`INSERT INTO suggestions (id, enterprise_id, submitted_on, proposer_role, proposer_sex, category, description, reply, replied_on,
    actual_saving, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '通道划线', ?, ?, ?, ?, ?)`);
  const value = sql('INSERT INTO indicator_values (id, enterprise_id, indicator_id, period, value, value_female, value_male, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const indicators = [...core.content.indicators().values()];
  const months = monthsBetween('2024-01', '2025-12');
  const items = ['exits-unlocked', 'aisles-marked', 'floors-even', 'moving-parts-guarded', 'cables-protected', 'containers-labelled', 'extinguishers-ready', 'ppe-worn-fits', 'lifting-aids', 'drinking-water-toilets', 'hazards-reported'];
  const seeded: Array<{ enterpriseId: string; visitIds: string[]; findingIds: string[] }> = [];
  for (let e = 0; e < ENTERPRISES; e++) {
    core.db.transaction(() => {
      const enterpriseId = newId();
      enterprise.run(enterpriseId, `企业${e + 1}号`, now, now);
      const members = Array.from({ length: TEAM }, (_, i) => {
        const personId = newId();
        participant.run(personId, `员工${e}-${i}`, i % 2 === 0 ? 'female' : 'male', enterpriseId, now, now);
        const memberId = newId();
        member.run(memberId, enterpriseId, personId, i === 0 ? 'manager' : i === 1 ? 'supervisor' : 'worker', '2024-01-01', now, now);
        return memberId;
      });
      const visitIds = Array.from({ length: VISITS }, (_, v) => {
        const id = newId();
        visit.run(id, enterpriseId, day(v * 18), v === 0 ? 'baseline' : v === VISITS - 1 ? 'closing' : 'follow-up', now, now);
        visitor.run(newId(), id, now, now);
        const runId = newId();
        run.run(runId, id, now, now);
        for (const item of items) {
          const yes = next() < 0.2;
          answer.run(newId(), runId, item, yes ? 'yes' : 'no', yes ? 'medium' : null, now, now);
        }
        return id;
      });
      const findingIds = Array.from({ length: FINDINGS }, (_, f) => {
        const id = newId();
        const visitIndex = Math.floor((f / FINDINGS) * VISITS);
        const category = pick(HAZARD_CATEGORIES);
        finding.run(id, enterpriseId, visitIds[visitIndex]!, `第${f + 1}处事故隐患`, category, now, now);
        const status = pick(['open', 'in-progress', 'done', 'verified'] as const);
        const doneOn = status === 'done' || status === 'verified' ? day(visitIndex * 18 + 10) : null;
        action.run(newId(), enterpriseId, id, `整改第${f + 1}处`, category, 1 + Math.floor(next() * 3), 1 + Math.floor(next() * 3), pick(members), day(visitIndex * 18 + 30), status, doneOn, status === 'verified' ? '刘检查员' : '', status === 'verified' ? day(visitIndex * 18 + 20) : null, now, now);
        return id;
      });
      for (let s = 0; s < SUGGESTIONS; s++) {
        const submitted = day(Math.floor(next() * 700));
        const reply = pick(['under-review', 'accepted', 'accepted', 'rejected'] as const);
        suggestion.run(newId(), enterpriseId, submitted, next() < 0.7 ? 'worker' : 'supervisor', next() < 0.45 ? 'female' : 'male', pick(SUGGESTION_CATEGORIES), reply, reply === 'under-review' ? null : submitted, reply === 'accepted' ? Math.round(next() * 5000) : null, now, now);
      }
      for (const indicator of indicators) {
        for (const period of ['baseline', ...months]) {
          const total = Math.round(next() * 100) / 10;
          const split = indicator.splitBySex ? [total / 2, total / 2] : [null, null];
          value.run(newId(), enterpriseId, indicator.id, period, total, split[0], split[1], now, now);
        }
      }
      seeded.push({ enterpriseId, visitIds, findingIds });
    })();
  }
  return seeded;
}

/** Distinct camera-sized JPEGs: a plain scene with a block whose colour and place follow the index. */
function photo(index: number): Promise<Buffer> {
  const colour = { r: (index * 37) % 256, g: (index * 91) % 256, b: (index * 53) % 256 };
  return sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 200, g: 205, b: 210 } } })
    .composite([{ input: { create: { width: 600, height: 400, channels: 3, background: colour } }, left: (index * 13) % 1300, top: (index * 7) % 1000 }])
    .jpeg({ quality: 85 })
    .toBuffer();
}

export async function benchFactoryFollowUp(dataDir: string): Promise<string[]> {
  const core = Core.open({ dataDir, runtime: 'browser', version: 'bench', contentDir: resolve(__dirname, '..', 'resources', 'content') });
  const lines: string[] = [];
  try {
    let start = performance.now();
    const seeded = seed(core);
    lines.push(`seeded ${ENTERPRISES} enterprises × (${VISITS} visits, ${SUGGESTIONS} suggestions, ${FINDINGS} findings and actions, 24 months of ${core.content.indicators().size} indicators) in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    start = performance.now();
    const reportVisit = seeded[0]!;
    for (let i = 0; i < PHOTOS; i++) {
      // The first REPORT_PHOTOS go to the findings of one visit, for the report below; the rest spread out.
      const enterprise = i < REPORT_PHOTOS ? reportVisit : seeded[i % ENTERPRISES]!;
      const findingId = i < REPORT_PHOTOS ? enterprise.findingIds[i % 5]! : enterprise.findingIds[(i * 7) % FINDINGS]!;
      await core.followUp.photos.attach(await photo(i), { owner: { kind: 'finding', id: findingId }, role: 'photo', caption: '' });
    }
    lines.push(`attached ${PHOTOS.toLocaleString('en')} photos (2000×1500 in, resized) in ${((performance.now() - start) / 1000).toFixed(1)} s`);

    const session = new ClientSession();
    session.unlockTrainer();
    const context = { core, session };
    const call = async (name: Parameters<typeof dispatch>[0], input: unknown) => {
      const result = await dispatch(name, input, context);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.value;
    };
    const next = random(7);
    const openTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const enterprise = seeded[Math.floor(next() * ENTERPRISES)]!;
      const t = performance.now();
      await call('openVisit', { enterpriseId: enterprise.enterpriseId, visitId: null });
      openTimes.push(performance.now() - t);
    }
    lines.push(`visit opening data (actions, last answers, missing values; through the API): ${summarize(openTimes)}   aim: p95 ≤ 50 ms`);

    const summaryTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await call('getProgrammeSummary', { range: { from: '2024-01-01', to: '2025-12-31' } });
      summaryTimes.push(performance.now() - t);
    }
    lines.push(`programme summary, all enterprises, two years: ${summarize(summaryTimes)}   aim: ≤ 200 ms`);

    const visitId = reportVisit.visitIds[0]!;
    const reportTimes: number[] = [];
    let reportBytes = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const file = (await call('exportVisitReport', { visitId, language: 'zh-CN' })) as { bytes: Uint8Array };
      reportTimes.push(performance.now() - t);
      reportBytes = file.bytes.length;
    }
    lines.push(`visit report PDF with ${REPORT_PHOTOS} photos: ${summarize(reportTimes)}, ${(reportBytes / 1e6).toFixed(2)} MB   aim: ≤ 2 s, ≤ 3 MB`);

    start = performance.now();
    const backup = await core.backups.createArchive();
    lines.push(`backup of it all (database and ${PHOTOS.toLocaleString('en')} photos): ${((performance.now() - start) / 1000).toFixed(1)} s, ${(backup.bytes.length / 1e6).toFixed(1)} MB`);
  } finally {
    core.close();
  }
  return lines;
}
