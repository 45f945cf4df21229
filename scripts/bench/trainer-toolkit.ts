import { resolve } from 'node:path';
import { dispatch } from '../../electron/core/api';
import { ClientSession } from '../../electron/core/auth/trainer-session';
import { Core } from '../../electron/core/core';
import { newId, nowIso } from '../../electron/core/db/timestamps';
import { buildMatchQuery } from '../../electron/core/participants/search-query';
import type { ParticipantInput } from '../../shared/domain/people';
import { GENDERS, ROLES } from '../../shared/domain/people';
import { summarize, timeMs } from './stats';

const PARTICIPANTS = 100_000;
const ENTERPRISES = 500;
const WORKSHOPS = 5_000;
const SESSIONS_PER_WORKSHOP = 4;
const ENROLLED_PER_WORKSHOP = 50;
const RUNS = 40;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红玉兰飞鹏辉波宁斌浩凯俊丹萍鑫欣婷雪琳晶颖慧梅海燕峰亮成志远新宇博文雨晨思怡佳乐子涵一诺梓轩浩然';
const LATIN = ['Maria Lopez', 'Anna Berg', 'John Smith', 'Nguyen Van An', 'Siti Rahma', 'Ahmed Khan', 'Olga Petrova', 'Carlos Silva'];

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function seedData(core: Core): string[] {
  const next = random(20260310);
  const pick = <T>(items: ArrayLike<T>) => items[Math.floor(next() * items.length)]!;
  const enterpriseIds: string[] = [];
  core.db.transaction(() => {
    for (let i = 0; i < ENTERPRISES; i++) {
      enterpriseIds.push(
        core.enterprises.create({ nameZh: `企业${i + 1}号`, nameEn: `Enterprise ${i + 1}`, sector: 'manufacturing', sizeBand: 'small', city: '苏州', district: '', contactName: '', contactPhone: '', workersFemale: 20, workersMale: 20 }).id,
      );
    }
  })();
  const inputs: ParticipantInput[] = Array.from({ length: PARTICIPANTS }, (_, i) => ({
    name: i % 20 === 19 ? `${pick(LATIN)} ${i}` : `${pick(SURNAMES)}${pick(GIVEN)}${next() < 0.45 ? pick(GIVEN) : ''}`,
    gender: pick(GENDERS),
    enterpriseId: pick(enterpriseIds),
    role: pick(ROLES),
    jobTitle: '',
    department: '生产部',
    phone: `138${String(10_000_000 + i).padStart(8, '0')}`,
  }));
  const ids: string[] = [];
  for (let i = 0; i < inputs.length; i += 5_000) ids.push(...core.participants.createMany(inputs.slice(i, i + 5_000)));
  return ids;
}

/** Workshops, sessions, enrollments and attendance straight through SQL: seeding speed is not what is measured. */
function seedAttendance(core: Core, participantIds: string[]): string[] {
  const next = random(4242);
  const statuses = ['present', 'present', 'present', 'present', 'late', 'excused', 'absent'] as const;
  const now = nowIso();
  const workshop = core.db.prepare(
    "INSERT INTO workshops (id, module_id, title, start_date, end_date, location, status, hours_per_session, created_at, updated_at) VALUES (?, 'osh', ?, ?, ?, '', 'done', 3.5, ?, ?)",
  );
  const session = core.db.prepare('INSERT INTO workshop_sessions (id, workshop_id, date, half, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const enroll = core.db.prepare('INSERT INTO enrollments (id, workshop_id, participant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const mark = core.db.prepare('INSERT INTO attendance (id, session_id, participant_id, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const workshopIds: string[] = [];
  for (let w = 0; w < WORKSHOPS; w += 500) {
    core.db.transaction(() => {
      for (let i = w; i < Math.min(w + 500, WORKSHOPS); i++) {
        const id = newId();
        const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        const second = new Date(Date.UTC(2020, 0, 2) + i * 86_400_000).toISOString().slice(0, 10);
        workshop.run(id, `Workshop ${i + 1}`, day, second, now, now);
        workshopIds.push(id);
        const sessionIds = [`${day}/am`, `${day}/pm`, `${second}/am`, `${second}/pm`].slice(0, SESSIONS_PER_WORKSHOP).map((slot) => {
          const sessionId = newId();
          const [date, half] = slot.split('/');
          session.run(sessionId, id, date, half, now, now);
          return sessionId;
        });
        const start = Math.floor(next() * (participantIds.length - ENROLLED_PER_WORKSHOP));
        for (const participantId of participantIds.slice(start, start + ENROLLED_PER_WORKSHOP)) {
          enroll.run(newId(), id, participantId, now, now);
          for (const sessionId of sessionIds) mark.run(newId(), sessionId, participantId, statuses[Math.floor(next() * statuses.length)], now, now);
        }
      }
    })();
  }
  return workshopIds;
}

function timed(label: string, run: () => unknown): string {
  for (let i = 0; i < 3; i++) run();
  return `${label}: ${summarize(Array.from({ length: RUNS }, () => timeMs(run)))}`;
}

/**
 * 100,000 participants and 1,000,000 attendance marks, then the trainer's everyday reads: the app path (the API
 * dispatcher with validation, or the repository) next to the same SQL run directly on the connection.
 */
export async function benchTrainerToolkit(dataDir: string): Promise<string[]> {
  const lines: string[] = [];
  const core = Core.open({ dataDir, runtime: 'browser', version: 'bench', contentDir: resolve(__dirname, '..', 'resources', 'content') });
  try {
    let started = performance.now();
    const participantIds = seedData(core);
    const seedMs = performance.now() - started;
    lines.push(`seed ${PARTICIPANTS.toLocaleString('en')} participants through the repository (pinyin + FTS index): ${(seedMs / 1000).toFixed(1)} s (${Math.round(PARTICIPANTS / (seedMs / 1000)).toLocaleString('en')}/s)`);
    started = performance.now();
    const workshopIds = seedAttendance(core, participantIds);
    const count = (table: string) => (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    lines.push(
      `seed ${count('workshops').toLocaleString('en')} workshops, ${count('enrollments').toLocaleString('en')} enrollments, ${count('attendance').toLocaleString('en')} attendance rows: ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    core.db.pragma('optimize');

    const session = new ClientSession();
    session.unlockTrainer();
    const context = { core, session };
    const call = async (name: string, input: unknown) => {
      const result = await dispatch(name, input, context);
      if (!result.ok) throw new Error(`${name}: ${result.error.code}`);
      return result.value;
    };
    const appAsync = async (label: string, run: () => Promise<unknown>, direct: () => unknown) => {
      for (let i = 0; i < 3; i++) await run();
      const appTimes: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        await run();
        appTimes.push(performance.now() - t0);
      }
      for (let i = 0; i < 3; i++) direct();
      const directTimes = Array.from({ length: RUNS }, () => timeMs(direct));
      return `${label}\n      app (API dispatch): ${summarize(appTimes)}\n      SQLite directly:    ${summarize(directTimes)}`;
    };

    const searchSql = core.db.prepare(
      `SELECT p.id, p.name, p.gender, p.role, p.enterprise_id, e.name_zh, e.name_en
       FROM participants_fts f JOIN participant_search s ON s.doc = f.rowid JOIN participants p ON p.id = s.participant_id
       LEFT JOIN enterprises e ON e.id = p.enterprise_id
       WHERE participants_fts MATCH ? ORDER BY p.name_key = ? DESC, p.sort_key, p.id LIMIT 20`,
    );
    for (const query of ['张伟', '王芳', 'zw', 'zhangwei', 'wangf', 'maria']) {
      const match = buildMatchQuery(query)!;
      const hits = (core.db.prepare('SELECT count(*) AS n FROM participants_fts WHERE participants_fts MATCH ?').get(match) as { n: number }).n;
      lines.push(await appAsync(`search "${query}" (${hits.toLocaleString('en')} matches, first 20)`, () => call('searchParticipants', { query, limit: 20 }), () => searchSql.all(match, query)));
    }
    const likeSql = core.db.prepare("SELECT id FROM participants WHERE name LIKE '%' || ? || '%' LIMIT 20");
    lines.push(timed('reference, not used by the app: "张伟" by a LIKE scan without the index', () => likeSql.all('张伟')));

    const listSql = core.db.prepare(
      `SELECT p.*, e.name_zh, e.name_en FROM participants p LEFT JOIN enterprises e ON e.id = p.enterprise_id
       WHERE p.id IN (SELECT id FROM participants ORDER BY sort_key, id LIMIT 100 OFFSET ?) ORDER BY p.sort_key, p.id`,
    );
    const countSql = core.db.prepare('SELECT count(*) AS n FROM participants');
    lines.push(await appAsync('participant list, first page of 100 in pinyin order (with total)', () => call('listParticipants', { offset: 0, limit: 100 }), () => [countSql.get(), listSql.all(0)]));
    lines.push(await appAsync('participant list, page at row 90,000 (scrolled far down)', () => call('listParticipants', { offset: 90_000, limit: 100 }), () => [countSql.get(), listSql.all(90_000)]));
    const enterpriseId = (core.db.prepare('SELECT id FROM enterprises LIMIT 1').get() as { id: string }).id;
    const byEnterpriseSql = core.db.prepare(
      `SELECT p.*, e.name_zh, e.name_en FROM participants p LEFT JOIN enterprises e ON e.id = p.enterprise_id
       WHERE p.id IN (SELECT id FROM participants WHERE enterprise_id = ? ORDER BY sort_key, id LIMIT 100) ORDER BY p.sort_key, p.id`,
    );
    lines.push(await appAsync('participant list of one enterprise', () => call('listParticipants', { enterpriseId, offset: 0, limit: 100 }), () => byEnterpriseSql.all(enterpriseId)));

    const workshopId = workshopIds[Math.floor(workshopIds.length / 2)]!;
    const sheetSql = core.db.prepare(
      `SELECT a.participant_id, a.session_id, a.status FROM attendance a JOIN workshop_sessions s ON s.id = a.session_id WHERE s.workshop_id = ?`,
    );
    lines.push(await appAsync(`attendance sheet of one workshop (${ENROLLED_PER_WORKSHOP} × ${SESSIONS_PER_WORKSHOP})`, () => call('getAttendanceSheet', { workshopId }), () => sheetSql.all(workshopId)));
    const workshopsSql = core.db.prepare('SELECT * FROM workshops ORDER BY start_date DESC, id LIMIT 50');
    lines.push(await appAsync('workshop list, newest 50 (with session and enrollment counts)', () => call('listWorkshops', { offset: 0, limit: 50 }), () => workshopsSql.all()));
    const participantId = participantIds[12_345]!;
    const attendanceOfOneSql = core.db.prepare('SELECT status, count(*) FROM attendance WHERE participant_id = ? GROUP BY status');
    lines.push(timed('SQLite: one participant’s attendance across all workshops (index on participant)', () => attendanceOfOneSql.all(participantId)));

    started = performance.now();
    const backup = await core.backups.createArchive();
    lines.push(`backup of the whole database: ${((performance.now() - started) / 1000).toFixed(1)} s, ${(backup.bytes.length / 1024 / 1024).toFixed(0)} MB zip`);
    return lines;
  } finally {
    core.close();
  }
}
