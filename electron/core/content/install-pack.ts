import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import type { ContentLibrary } from './content-library';
import { loadPack } from './load-pack';

export interface PackFile {
  path: string;
  bytes: Uint8Array;
}

export const MAX_PACK_FILES = 2000;
export const MAX_PACK_BYTES = 200 * 1024 * 1024;
/** Names Windows cannot hold, and control characters; anything else (spaces, Chinese) is a fine file name. */
const UNSAFE_SEGMENT = /[<>:"|?*\\]|^\.\.?$|[. ]$/;
const hasControlCharacter = (text: string) => [...text].some((c) => c.charCodeAt(0) < 0x20);

/**
 * Installs a pack from its files (unzipped or read from a folder). Nothing lands in the library unless the whole
 * pack validates: it is written to a staging folder, checked, and only then renamed into place.
 */
export function installPack(library: ContentLibrary, files: PackFile[]): string {
  const kept = files.filter((f) => !isJunk(f.path));
  const normalized = stripCommonFolder(kept.map((f) => ({ path: normalizePath(f.path), bytes: f.bytes })));
  if (normalized.length === 0 || normalized.length > MAX_PACK_FILES) throw packError('(pack)', `expected 1 to ${MAX_PACK_FILES} files, found ${normalized.length}`);
  const total = normalized.reduce((sum, f) => sum + f.bytes.length, 0);
  if (total > MAX_PACK_BYTES) throw packError('(pack)', 'the pack is larger than 200 MB');

  const staging = join(library.installedDir, `.staging-${randomUUID()}`);
  try {
    for (const file of normalized) {
      const target = join(staging, file.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, file.bytes);
    }
    const result = loadPack(staging, 'installed');
    if (!result.ok) throw new AppError('PACK_INVALID', { problems: result.problems });
    const moduleId = result.pack.meta.id;
    if (library.isBundled(moduleId)) throw new AppError('PACK_REPLACES_BUNDLED', { moduleId });

    const destination = join(library.installedDir, moduleId);
    const previous = existsSync(destination) ? join(library.installedDir, `.previous-${randomUUID()}`) : undefined;
    if (previous) renameSync(destination, previous);
    try {
      renameSync(staging, destination);
    } catch (error) {
      // Put the old version back: a failed update must not lose the module that was there.
      if (previous) renameSync(previous, destination);
      throw error;
    }
    if (previous) rmSync(previous, { recursive: true, force: true });
    library.adopt({ ...result.pack }, destination);
    return moduleId;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function packError(file: string, message: string): AppError {
  return new AppError('PACK_INVALID', { problems: [{ file, field: '', message }] });
}

/** Only plain relative paths: no absolute paths, no `..`, no names a file system would refuse. */
export function normalizePath(path: string): string {
  const parts = path.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || parts.some((p) => UNSAFE_SEGMENT.test(p) || hasControlCharacter(p))) {
    throw packError(path, 'unsafe file path in the pack');
  }
  return parts.join('/');
}

/** What zip tools and file managers add beside a pack: macOS resource forks, hidden files and folders (.git). */
function isJunk(path: string): boolean {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .some((part) => part === '__MACOSX' || (part.startsWith('.') && part !== '.' && part !== '..') || part === 'Thumbs.db');
}

/** Zips and folder uploads usually wrap the pack in one top folder; the pack is what is inside it. */
function stripCommonFolder(files: PackFile[]): PackFile[] {
  if (files.some((f) => f.path === 'module.json')) return files;
  const tops = new Set(files.map((f) => f.path.split('/')[0]));
  if (tops.size !== 1) return files;
  const top = [...tops][0]!;
  return files.map((f) => ({ path: f.path.slice(top.length + 1), bytes: f.bytes })).filter((f) => f.path !== '');
}
