import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../helpers/temp-dir';

const ROOT = resolve(import.meta.dirname, '../../..');
const tempDir = useTempDir();

/**
 * subset-font stays a real package (scripts/build-node.mjs keeps it external) and finds harfbuzz's wasm with
 * require.resolve, then reads it with fs.promises.readFile. Electron serves both from inside app.asar (its
 * "ASAR archives" docs list only process.dlopen and execFile as needing unpacked files), so the wasm needs no
 * asarUnpack entry. Plain Node cannot open a real asar archive; this lays the packages out under a folder named
 * app.asar instead and checks that the wasm is looked up there, beside the package, and that subsetting works.
 */
describe('subset-font in a packaged app', () => {
  it('resolves and loads harfbuzz\'s wasm from app.asar/node_modules, not from app.asar.unpacked', () => {
    const appDir = join(tempDir(), 'resources', 'app.asar');
    mkdirSync(join(appDir, 'dist-electron'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(appDir, 'node_modules'), 'dir');
    const probe = join(appDir, 'dist-electron', 'probe.cjs');
    writeFileSync(
      probe,
      `const subsetFont = require('subset-font');
       const wasm = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm', { paths: [require.resolve('subset-font')] });
       const font = require('fs').readFileSync(process.argv[2]);
       subsetFont(font, 'SCORE 培训', { targetFormat: 'truetype' }).then((subset) => console.log(JSON.stringify({ wasm, bytes: subset.length })));`,
    );
    // --preserve-symlinks keeps the app.asar path (as an archive would) instead of following the link back here.
    const output = execFileSync(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', probe, join(ROOT, 'resources/fonts/NotoSans-Regular.subset.ttf')], { encoding: 'utf8' });
    const result = JSON.parse(output) as { wasm: string; bytes: number };
    expect(result.wasm).toBe(join(appDir, 'node_modules', 'harfbuzzjs', 'dist', 'harfbuzz-subset.wasm'));
    expect(result.bytes).toBeGreaterThan(0);
    // Bundled, require.resolve would look beside main.cjs instead of beside the package.
    expect(readFileSync(join(ROOT, 'dist-electron', 'main.cjs'), 'utf8')).toContain('require("subset-font")');
  });
});
