import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildCurrent } from '../../../scripts/build-freshness.mjs';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
const BUILD = { inputs: ['src', 'config.json'], outputs: ['out/app.cjs', 'out/ui'] };

/** Writes a file with a chosen modification time (seconds since the epoch). */
function fileAt(root: string, path: string, seconds: number): void {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, path);
  utimesSync(file, seconds, seconds);
}

function project(): string {
  const root = tempDir();
  fileAt(root, 'src/a.ts', 100);
  fileAt(root, 'src/deep/b.ts', 110);
  fileAt(root, 'config.json', 90);
  fileAt(root, 'out/app.cjs', 200);
  fileAt(root, 'out/ui/index.html', 210);
  return root;
}

describe('isBuildCurrent', () => {
  it('is true when every output is newer than every input', () => {
    expect(isBuildCurrent(BUILD, project())).toBe(true);
  });

  it('is false when a source deep in a folder changed after the build', () => {
    const root = project();
    fileAt(root, 'src/deep/b.ts', 205);
    expect(isBuildCurrent(BUILD, root)).toBe(false);
  });

  it('is false when one output is older than an input, even if the others are newer', () => {
    const root = project();
    fileAt(root, 'out/ui/old.js', 95);
    expect(isBuildCurrent(BUILD, root)).toBe(false);
  });

  it('is false when an output is missing', () => {
    const root = tempDir();
    fileAt(root, 'src/a.ts', 100);
    fileAt(root, 'out/app.cjs', 200);
    expect(isBuildCurrent(BUILD, root)).toBe(false);
  });
});
