import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('electron-builder.yml', () => {
  // Packaging cannot run offline (it downloads Electron), so the configuration is checked against the
  // packager's own JSON schema instead.
  it('is valid against electron-builder\'s schema and unpacks native modules', () => {
    const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    const schemaPath = createRequire(import.meta.url).resolve('app-builder-lib/scheme.json');
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
    expect(config.npmRebuild).toBe(false);
  });

  // The verify screen scans QR codes with the camera; a hardened-runtime (notarized) macOS build blocks the camera
  // unless the app is entitled to it and says why it wants it.
  it('entitles the hardened macOS build to the camera and explains the request', () => {
    const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as { mac: Record<string, unknown> };
    expect(config.mac.hardenedRuntime).toBe(true);
    expect(String((config.mac.extendInfo as Record<string, unknown>).NSCameraUsageDescription)).toMatch(/camera/);
    for (const key of ['entitlements', 'entitlementsInherit']) {
      const plist = readFileSync(resolve(ROOT, String(config.mac[key])), 'utf8');
      expect(plist, key).toMatch(/<key>com\.apple\.security\.device\.camera<\/key>\s*<true\/>/);
      expect(plist, key).toMatch(/<key>com\.apple\.security\.cs\.allow-jit<\/key>\s*<true\/>/);
    }
  });

  it('sets the Electron fuses that stop the packaged app from being run as Node, given NODE_OPTIONS or a debugger, or loaded from outside its asar', () => {
    const config = parse(readFileSync(resolve(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});
