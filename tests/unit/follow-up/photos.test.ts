import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { listPhotoFolder } from '../../../electron/core/follow-up/photo-files';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { actionInput, enterpriseWithTeam, visitInput } from './follow-up-fixtures';

const tempDir = useTempDir();

/** A landscape camera photo stored sideways: left half red, right half blue, EXIF orientation 6 (turn 90° clockwise). */
async function sidewaysCameraPhoto(width = 3000, height = 2000): Promise<Buffer> {
  const red = await sharp({ create: { width: width / 2, height, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#0000ff' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Artist: '王芳', Copyright: 'secret' } })
    .jpeg()
    .toBuffer();
}

const plainPhoto = (colour: string) => sharp({ create: { width: 640, height: 480, channels: 3, background: colour } }).jpeg().toBuffer();

function visitWithFinding(core: Core) {
  const team = enterpriseWithTeam(core);
  const visit = core.followUp.visits.create(visitInput(team.company.id));
  const finding = core.followUp.findings.create({ visitId: visit.id, description: '配电箱前堆放纸箱', hazardCategory: 'electrical' });
  return { ...team, visit, finding };
}

async function pixel(bytes: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}

describe('photos', () => {
  it('stores a photo upright, no larger than 1,600 px, without metadata, under its own hash', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const { finding } = visitWithFinding(core);
    const input = await sidewaysCameraPhoto();
    expect(await sharp(input).metadata()).toMatchObject({ orientation: 6, width: 3000, height: 2000, exif: expect.any(Buffer) });
    const link = await core.followUp.photos.attach(input, { owner: { kind: 'finding', id: finding.id }, role: 'photo', caption: '' });
    expect([link.width, link.height]).toEqual([1067, 1600]);
    const [path] = listPhotoFolder(dir);
    expect(path).toBe(`photos/${link.sha256.slice(0, 2)}/${link.sha256}.jpg`);
    const stored = readFileSync(join(dir, path!));
    expect(createHash('sha256').update(stored).digest('hex')).toBe(link.sha256);
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1067, height: 1600 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    // Turned clockwise, the red left half of the sensor image is now on top.
    const [top, bottom] = [await pixel(stored, 533, 20), await pixel(stored, 533, 1580)];
    expect(top[0]).toBeGreaterThan(200);
    expect(top[2]).toBeLessThan(60);
    expect(bottom[2]).toBeGreaterThan(200);
    core.close();
  });

  it('stores a photo attached twice once, and removes the file only when its last link goes', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const { finding, visit } = visitWithFinding(core);
    const image = await plainPhoto('#336699');
    const first = await core.followUp.photos.attach(image, { owner: { kind: 'finding', id: finding.id }, role: 'photo', caption: '' });
    const second = await core.followUp.photos.attach(image, { owner: { kind: 'visit', id: visit.id }, role: 'photo', caption: '车间全景' });
    expect(second.photoId).toBe(first.photoId);
    expect(listPhotoFolder(dir)).toHaveLength(1);
    core.followUp.photos.detach(first.id);
    expect(listPhotoFolder(dir)).toHaveLength(1);
    expect(core.followUp.photos.listFor({ kind: 'visit', id: visit.id })).toEqual([expect.objectContaining({ caption: '车间全景', role: 'photo' })]);
    core.followUp.photos.detach(second.id);
    expect(listPhotoFolder(dir)).toEqual([]);
    core.close();
  });

  it('leaves no photo behind when a visit is deleted with its findings, actions and their photos', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const { company, members, finding, visit } = visitWithFinding(core);
    const action = core.followUp.actions.create(actionInput(company.id, members[0]!.id, { findingId: finding.id }));
    await core.followUp.photos.attach(await plainPhoto('#aa0000'), { owner: { kind: 'finding', id: finding.id }, role: 'photo', caption: '' });
    await core.followUp.photos.attach(await plainPhoto('#00aa00'), { owner: { kind: 'action', id: action.id }, role: 'evidence', caption: '' });
    await core.followUp.photos.attach(await plainPhoto('#0000aa'), { owner: { kind: 'visit', id: visit.id }, role: 'photo', caption: '' });
    expect(listPhotoFolder(dir)).toHaveLength(3);
    core.followUp.visits.delete(visit.id);
    expect(listPhotoFolder(dir)).toEqual([]);
    expect(core.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 0 });
    core.close();
  });

  it('refuses what is not an image, and a photo for a record that does not exist, leaving no file', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const { finding } = visitWithFinding(core);
    await expect(core.followUp.photos.attach(new TextEncoder().encode('not a picture'), { owner: { kind: 'finding', id: finding.id }, role: 'photo', caption: '' })).rejects.toMatchObject({
      code: 'IMAGE_INVALID',
    });
    await expect(core.followUp.photos.attach(await plainPhoto('#123456'), { owner: { kind: 'finding', id: crypto.randomUUID() }, role: 'photo', caption: '' })).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_FOREIGNKEY',
    });
    expect(listPhotoFolder(dir)).toEqual([]);
    core.close();
  });

  it('removes photo files no record links when the app starts (after a crash between file and record)', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    const { finding } = visitWithFinding(core);
    const kept = await core.followUp.photos.attach(await plainPhoto('#445566'), { owner: { kind: 'finding', id: finding.id }, role: 'photo', caption: '' });
    core.db.prepare("INSERT INTO photos (id, sha256, width, height, bytes, created_at, updated_at) VALUES ('orphan', ?, 1, 1, 1, '', '')").run('b'.repeat(64));
    core.close();
    mkdirSync(join(dir, 'photos', 'cc'), { recursive: true });
    writeFileSync(join(dir, 'photos', 'cc', `${'c'.repeat(64)}.jpg`), 'left by a crash');
    writeFileSync(join(dir, 'photos', 'cc', `${'c'.repeat(64)}.jpg.partial`), 'half written');
    const reopened = openTestCore(dir);
    expect(listPhotoFolder(dir)).toEqual([`photos/${kept.sha256.slice(0, 2)}/${kept.sha256}.jpg`]);
    expect(reopened.db.prepare('SELECT count(*) AS n FROM photos').get()).toEqual({ n: 1 });
    expect(readdirSync(join(dir, 'photos', 'cc'))).toEqual([]);
    reopened.close();
  });
});
