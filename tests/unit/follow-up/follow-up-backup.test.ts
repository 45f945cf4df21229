import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { restoreNewestBackup } from '../../../electron/core/backup/startup-recovery';
import { DATABASE_FILE_NAME } from '../../../electron/core/core';
import { listPhotoFolder } from '../../../electron/core/follow-up/photo-files';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { actionInput, enterpriseWithTeam, suggestionInput, visitInput } from './follow-up-fixtures';

const tempDir = useTempDir();
const FOLLOW_UP_TABLES = ['eit_members', 'eit_meetings', 'visits', 'visit_visitors', 'checklist_runs', 'checklist_answers', 'findings', 'actions', 'suggestions', 'improvement_projects', 'indicator_values', 'photos', 'photo_links'];

const photo = (colour: string) => sharp({ create: { width: 800, height: 600, channels: 3, background: colour } }).jpeg().toBuffer();
/** What a restore sets aside while it checks (the candidate database and its staged photos). */
const restoreLeftovers = (dataDir: string) => readdirSync(dataDir).filter((name) => name.startsWith('.restore-'));

async function followedEnterprise(core: Core) {
  const { company, members } = enterpriseWithTeam(core);
  const visit = core.followUp.visits.create(visitInput(company.id));
  const run = core.followUp.checklists.startRun(visit.id, { packId: 'osh', templateId: 'osh-walk-through', templateVersion: 1 });
  const answered = core.followUp.checklists.saveAnswers(run.id, [{ itemId: 'exits-unlocked', needsAction: 'yes', priority: 'high', note: '' }], () => ({ description: '安全出口上锁', hazardCategory: 'fire' }));
  const findingId = answered.answers[0]!.findingId!;
  const action = core.followUp.actions.create(actionInput(company.id, members[0]!.id, { findingId }));
  const project = core.followUp.projects.create({ enterpriseId: company.id, title: '通道划线', moduleId: 'osh', memberIds: [members[2]!.id], startedOn: '2026-02-15', endedOn: null, indicatorId: null, indicatorBaseline: null, indicatorResult: null, cost: 800, saving: 0, status: 'running' });
  core.followUp.suggestions.create(suggestionInput(company.id, { projectId: project.id }));
  core.followUp.indicatorValues.save({ enterpriseId: company.id, indicatorId: 'lost-time-injuries', period: 'baseline', value: 0, bySex: { female: 1, male: 2 }, source: '工伤台账' }, 'count');
  core.followUp.team.createMeeting({ enterpriseId: company.id, heldOn: '2026-02-20', attendeeIds: [members[0]!.id], topics: '出口', decisions: '拆锁', nextOn: null });
  await core.followUp.photos.attach(await photo('#aa2222'), { owner: { kind: 'finding', id: findingId }, role: 'photo', caption: '' });
  await core.followUp.photos.attach(await photo('#22aa22'), { owner: { kind: 'action', id: action.id }, role: 'evidence', caption: '' });
  await core.followUp.photos.attach(await photo('#2222aa'), { owner: { kind: 'project', id: project.id }, role: 'before', caption: '' });
  return { company };
}

function tableCounts(core: Core): Record<string, number> {
  return Object.fromEntries(FOLLOW_UP_TABLES.map((table) => [table, (core.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n]));
}

/** Rewrites one entry of a backup zip, keeping the manifest as it was: what a damaged copy looks like. */
async function withEntryReplaced(bytes: Uint8Array, entryName: string, data: Buffer): Promise<Uint8Array> {
  const entries = await new Promise<Map<string, Buffer>>((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('unreadable zip'));
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('unreadable entry'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        }),
      );
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
  entries.set(entryName, data);
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(content, name);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

describe('backup and restore of the follow-up', () => {
  it('brings every follow-up record and photo back in a new data folder, and drops photos the backup does not know', async () => {
    const source = openTestCore(tempDir());
    await followedEnterprise(source);
    const before = tableCounts(source);
    const backup = await source.backups.createArchive();
    const sourcePhotos = listPhotoFolder(source.options.dataDir).sort();
    expect(sourcePhotos).toHaveLength(3);

    const targetDir = tempDir();
    const target = openTestCore(targetDir);
    const stray = enterpriseWithTeam(target, '别的工厂');
    const strayVisit = target.followUp.visits.create(visitInput(stray.company.id));
    await target.followUp.photos.attach(await photo('#999999'), { owner: { kind: 'visit', id: strayVisit.id }, role: 'photo', caption: '' });

    const storeBefore = target.followUp;
    await target.backups.restore(backup.bytes);
    expect(target.followUp).not.toBe(storeBefore);
    expect(target.followUp.visits.get(strayVisit.id)).toBeUndefined();
    expect(tableCounts(target)).toEqual(before);
    expect(restoreLeftovers(targetDir)).toEqual([]);
    expect(listPhotoFolder(targetDir).sort()).toEqual(sourcePhotos);
    for (const path of sourcePhotos) expect(readFileSync(join(targetDir, path))).toEqual(readFileSync(join(source.options.dataDir, path)));
    const evidence = target.db.prepare("SELECT p.sha256 FROM photo_links l JOIN photos p ON p.id = l.photo_id WHERE l.role = 'evidence'").pluck().get() as string;
    expect((await sharp(Buffer.from(target.followUp.photos.read(evidence))).metadata()).format).toBe('jpeg');
    source.close();
    target.close();
  });

  it('refuses a backup whose photo no longer matches its checksum, and changes nothing', async () => {
    const source = openTestCore(tempDir());
    await followedEnterprise(source);
    const backup = await source.backups.createArchive();
    const [path] = listPhotoFolder(source.options.dataDir);
    const damaged = await withEntryReplaced(backup.bytes, `files/${path}`, await photo('#000000'));
    const targetDir = tempDir();
    const target = openTestCore(targetDir);
    await expect(target.backups.restore(damaged)).rejects.toMatchObject({ code: 'BACKUP_CORRUPT' });
    expect(tableCounts(target).visits).toBe(0);
    expect(listPhotoFolder(targetDir)).toEqual([]);
    expect(restoreLeftovers(targetDir)).toEqual([]);
    source.close();
    target.close();
  });

  it('restores a photo larger than the 1 MB allowed the other files, and refuses one past the photo cap before inflating it', async () => {
    const source = openTestCore(tempDir());
    const { company } = enterpriseWithTeam(source);
    const visit = source.followUp.visits.create(visitInput(company.id));
    // Noise does not compress: a 1,600-pixel JPEG of it at full quality is well over 1 MB, as a busy factory scene can be.
    const noise = await sharp(randomBytes(1600 * 1200 * 3), { raw: { width: 1600, height: 1200, channels: 3 } })
      .jpeg({ quality: 100 })
      .toBuffer();
    await source.followUp.photos.attach(noise, { owner: { kind: 'visit', id: visit.id }, role: 'photo', caption: '' });
    const backup = await source.backups.createArchive();
    const [path] = listPhotoFolder(source.options.dataDir);
    expect(readFileSync(join(source.options.dataDir, path!)).length).toBeGreaterThan(1024 * 1024);

    const targetDir = tempDir();
    const target = openTestCore(targetDir);
    await target.backups.restore(backup.bytes);
    expect(listPhotoFolder(targetDir)).toEqual([path]);

    const bomb = await withEntryReplaced(backup.bytes, `files/${path}`, Buffer.alloc(9 * 1024 * 1024));
    const fresh = tempDir();
    const refusing = openTestCore(fresh);
    await expect(refusing.backups.restore(bomb)).rejects.toMatchObject({ code: 'BACKUP_CORRUPT' });
    expect(listPhotoFolder(fresh)).toEqual([]);
    expect(restoreLeftovers(fresh)).toEqual([]);
    source.close();
    target.close();
    refusing.close();
  });

  it('brings the photos back when the newest saved backup replaces a damaged database at start', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    await followedEnterprise(core);
    await core.backups.saveToFolder('auto');
    const photos = listPhotoFolder(dir).sort();
    core.close();
    writeFileSync(join(dir, DATABASE_FILE_NAME), '');
    rmSync(join(dir, 'photos'), { recursive: true });

    await restoreNewestBackup(dir, join(dir, DATABASE_FILE_NAME));
    expect(listPhotoFolder(dir).sort()).toEqual(photos);
    expect(restoreLeftovers(dir).filter((name) => name.endsWith('.photos'))).toEqual([]);
    const reopened = openTestCore(dir);
    expect(tableCounts(reopened).photos).toBe(3);
    reopened.close();
  });
});
