import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import { copyMinimalPack, editJson } from '../helpers/pack-fixture';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
closeCoresAfterEach();

function filesOf(dir: string): Array<{ path: string; bytes: Uint8Array }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split('\\').join('/'), bytes: new Uint8Array(readFileSync(full)) };
    });
}

function zip(files: Array<{ path: string; bytes: Uint8Array }>): Promise<Uint8Array> {
  const archive = new yazl.ZipFile();
  for (const file of files) archive.addBuffer(Buffer.from(file.bytes), file.path);
  archive.end();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    archive.outputStream.on('data', (c: Buffer) => chunks.push(c));
    archive.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

function trainer(core: Core) {
  const session = new ClientSession();
  session.unlockTrainer();
  return { core, session };
}

const installedModules = (core: Core) => readdirSync(core.content.installedDir).filter((n) => !n.startsWith('.'));

describe('installing a content pack', () => {
  it('installs a valid pack from a .zip wrapped in a folder, and lists it', async () => {
    const core = openTestCore(tempDir());
    const pack = copyMinimalPack(tempDir());
    const bytes = await zip(filesOf(pack).map((f) => ({ ...f, path: `minimal-pack/${f.path}` })));
    const result = await dispatch('installPackFromZip', { bytes }, trainer(core));
    expect(result).toMatchObject({ ok: true, value: { id: 'minimal', origin: 'installed' } });
    const list = await dispatch('listModules', {}, trainer(core));
    expect(list.ok && (list.value as Array<{ id: string }>).map((m) => m.id)).toContain('minimal');
    expect(installedModules(core)).toEqual(['minimal']);
  });

  it('refuses a broken pack with its problems and installs nothing', async () => {
    const core = openTestCore(tempDir());
    const pack = copyMinimalPack(tempDir());
    editJson(pack, 'pool.json', (p) => (p.questions[0].answer = 'nope'));
    const result = await dispatch('installPackFromFiles', { files: filesOf(pack) }, trainer(core));
    expect(result).toMatchObject({ ok: false, error: { code: 'PACK_INVALID', problems: [{ file: 'pool.json', field: 'questions[0].answer' }] } });
    expect(readdirSync(core.content.installedDir)).toEqual([]);
  });

  it('refuses paths that would write outside the pack folder', async () => {
    const core = openTestCore(tempDir());
    const files = filesOf(copyMinimalPack(tempDir()));
    for (const path of ['../evil.txt', '/etc/evil', 'C:/evil', 'lessons/../../evil']) {
      const result = await dispatch('installPackFromFiles', { files: [...files, { path, bytes: new Uint8Array([1]) }] }, trainer(core));
      expect(result, path).toMatchObject({ ok: false, error: { code: 'PACK_INVALID' } });
    }
    // zip writers refuse such names, so write a harmless one and rewrite it in the bytes (same length).
    const evilZip = Buffer.from(await zip([...files, { path: 'aa/bb/evil.txt', bytes: new Uint8Array([1]) }]));
    const harmless = Buffer.from('aa/bb/evil.txt');
    for (let at = evilZip.indexOf(harmless); at !== -1; at = evilZip.indexOf(harmless, at + 1)) evilZip.write('../../evil.txt', at);
    expect(await dispatch('installPackFromZip', { bytes: new Uint8Array(evilZip) }, trainer(core))).toMatchObject({ ok: false, error: { code: 'PACK_INVALID' } });
    expect(await dispatch('installPackFromZip', { bytes: new Uint8Array([80, 75, 3, 4, 0, 0]) }, trainer(core))).toMatchObject({ ok: false, error: { code: 'PACK_INVALID' } });
    expect(readdirSync(core.content.installedDir)).toEqual([]);
  });

  it('never replaces a module that ships with the app, and needs the trainer PIN', async () => {
    const core = openTestCore(tempDir());
    const pack = copyMinimalPack(tempDir());
    editJson(pack, 'module.json', (m) => (m.id = 'quality'));
    const result = await dispatch('installPackFromFiles', { files: filesOf(pack) }, trainer(core));
    expect(result).toEqual({ ok: false, error: { code: 'PACK_REPLACES_BUNDLED', moduleId: 'quality' } });
    expect(await dispatch('installPackFromFiles', { files: filesOf(pack) }, { core, session: new ClientSession() })).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    // The same pack under an id of its own installs: the id alone was the reason for the refusal.
    editJson(pack, 'module.json', (m) => (m.id = 'quality-local'));
    expect(await dispatch('installPackFromFiles', { files: filesOf(pack) }, trainer(core))).toMatchObject({ ok: true });
  });
});

describe('installing packs as people really make them', () => {
  it('accepts a zip whose folder has a Chinese name and which a Mac filled with __MACOSX and .DS_Store', async () => {
    const core = openTestCore(tempDir());
    const files = filesOf(copyMinimalPack(tempDir()));
    const bytes = await zip([
      ...files.map((f) => ({ ...f, path: `安全 模块/${f.path}` })),
      { path: '安全 模块/.DS_Store', bytes: new Uint8Array([0]) },
      { path: '__MACOSX/安全 模块/._module.json', bytes: new Uint8Array([0]) },
      { path: '安全 模块/.git/config', bytes: new Uint8Array([0]) },
    ]);
    expect(await dispatch('installPackFromZip', { bytes }, trainer(core))).toMatchObject({ ok: true, value: { id: 'minimal' } });
  });

  it('stops a small zip that inflates beyond the size limit before it fills the memory', async () => {
    const core = openTestCore(tempDir());
    const big = new Uint8Array(45 * 1024 * 1024);
    const bytes = await zip([1, 2, 3, 4, 5].map((n) => ({ path: `pack/images/zeros-${n}.png`, bytes: big })));
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    expect(await dispatch('installPackFromZip', { bytes }, trainer(core))).toMatchObject({ ok: false, error: { code: 'PACK_INVALID' } });
    expect(installedModules(core)).toEqual([]);
  });
});

describe('a pack that breaks after it was installed', () => {
  it('is left out of the library and reported to the trainer by folder, with its problems', async () => {
    const dataDir = tempDir();
    const pack = copyMinimalPack(join(dataDir, 'packs'));
    editJson(pack, 'glossary.json', (g) => (g.terms = []));
    const core = openTestCore(dataDir);
    const modules = await dispatch('listModules', {}, trainer(core));
    expect(modules.ok && (modules.value as Array<{ id: string }>).map((m) => m.id)).not.toContain('minimal');
    const broken = await dispatch('listBrokenPacks', {}, trainer(core));
    expect(broken).toMatchObject({ ok: true, value: [{ folder: 'minimal' }] });
    expect(broken.ok && (broken.value as Array<{ problems: unknown[] }>)[0]!.problems).toContainEqual(expect.objectContaining({ file: 'glossary.json', field: 'terms' }));
  });
});
