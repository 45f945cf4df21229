import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

interface LockedPackage {
  hasInstallScript?: boolean;
}

/** The package name of a lockfile key such as node_modules/a/node_modules/@scope/b. */
function packageName(lockKey: string): string {
  return lockKey.slice(lockKey.lastIndexOf('node_modules/') + 'node_modules/'.length);
}

describe('install scripts', () => {
  // npm 11 lists every dependency whose install script package.json's allowScripts does not cover, and npm 12
  // will skip those scripts; each one is decided here (README, "Run it"), and the app works without any of them.
  it('every dependency with an install script is allowed or denied in package.json', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };
    const { allowScripts = {} } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
    const covered = new Set(Object.keys(allowScripts).map((entry) => entry.replace(/(?<=.)@.*$/, '')));
    const withScripts = Object.entries(lock.packages)
      .filter(([key]) => key !== '')
      // npm runs `node-gyp rebuild` for a package that ships binding.gyp, whatever its lockfile entry says.
      .filter(([key, entry]) => entry.hasInstallScript === true || existsSync(join(ROOT, key, 'binding.gyp')))
      .map(([key]) => packageName(key));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => !covered.has(name))).toEqual([]);
  });
});
