import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChecklistTemplate, IndicatorDefinition } from '../../../shared/content/follow-up-content';
import type { LoadedPack, PackProblem } from '../../../shared/content/loaded-pack';
import { AppError } from '../../../shared/api/result';
import { loadPack } from './load-pack';

/**
 * The module packs, loaded and validated once at start: the bundled ones (read-only, shipped with the app) and
 * those a trainer installed into the data folder. Installing reloads just that pack.
 */
export class ContentLibrary {
  private readonly packs = new Map<string, LoadedPack>();
  private readonly dirs = new Map<string, string>();
  /** Packs that failed validation at start, kept for the trainer to see instead of silently vanishing. */
  readonly broken: Array<{ folder: string; problems: PackProblem[] }> = [];

  constructor(
    private readonly bundledDir: string,
    readonly installedDir: string,
  ) {
    mkdirSync(installedDir, { recursive: true });
    this.loadFolder(bundledDir, 'bundled');
    this.loadFolder(installedDir, 'installed');
  }

  private loadFolder(root: string, origin: LoadedPack['origin']): void {
    if (!existsSync(root)) return;
    for (const name of readdirSync(root).sort()) {
      const dir = join(root, name);
      if (name.startsWith('.') || !statSync(dir).isDirectory()) continue;
      const result = loadPack(dir, origin);
      if (!result.ok) {
        this.broken.push({ folder: name, problems: result.problems });
        continue;
      }
      if (this.packs.get(result.pack.meta.id)?.origin === 'bundled') continue;
      this.packs.set(result.pack.meta.id, result.pack);
      this.dirs.set(result.pack.meta.id, dir);
    }
  }

  list(): LoadedPack[] {
    return [...this.packs.values()];
  }

  get(moduleId: string): LoadedPack {
    const pack = this.packs.get(moduleId);
    if (!pack) throw new AppError('NOT_FOUND', { moduleId });
    return pack;
  }

  /** A checklist template of a pack, by id: what a visit's run was answered on. */
  checklist(moduleId: string, templateId: string): ChecklistTemplate {
    const template = this.get(moduleId).checklists.find((t) => t.id === templateId);
    if (!template) throw new AppError('NOT_FOUND', { templateId });
    return template;
  }

  /**
   * The indicator definitions of every pack, by id. Ids are one namespace across packs (an enterprise's values
   * name the indicator alone); when two packs define the same id, the first module id in
   * alphabetical order keeps it, so the choice does not depend on the order packs were installed.
   */
  indicators(): Map<string, IndicatorDefinition & { moduleId: string }> {
    const byId = new Map<string, IndicatorDefinition & { moduleId: string }>();
    for (const pack of [...this.packs.values()].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
      for (const indicator of pack.indicators) if (!byId.has(indicator.id)) byId.set(indicator.id, { ...indicator, moduleId: pack.meta.id });
    }
    return byId;
  }

  isBundled(moduleId: string): boolean {
    return this.packs.get(moduleId)?.origin === 'bundled';
  }

  readImage(moduleId: string, path: string): { mediaType: string; bytes: Uint8Array } {
    const pack = this.get(moduleId);
    // Own properties only: `__proto__`, `constructor` or `toString` must not reach the file system.
    const mediaType = Object.hasOwn(pack.images, path) ? pack.images[path] : undefined;
    if (!mediaType) throw new AppError('NOT_FOUND', { path });
    return { mediaType, bytes: new Uint8Array(readFileSync(join(this.dirs.get(moduleId)!, path))) };
  }

  /** Registers a pack that the installer has just moved into place. */
  adopt(pack: LoadedPack, dir: string): void {
    this.packs.set(pack.meta.id, pack);
    this.dirs.set(pack.meta.id, dir);
  }
}
