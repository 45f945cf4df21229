import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { afterEach } from 'vitest';
import { Core } from '../../../electron/core/core';
import { LocalCoreEndpoint } from '../../../electron/core/endpoint/local-endpoint';

export const BUNDLED_CONTENT = resolve(import.meta.dirname, '../../../resources/content');
import type { HandlerContext } from '../../../electron/core/handlers/handler';

/** A real core on a real SQLite file in the given folder. */
export const FIXTURE_PACKS = resolve(import.meta.dirname, '../../fixtures/packs');

const openCores: Core[] = [];

export function openTestCore(dataDir: string, contentDir = BUNDLED_CONTENT): Core {
  const core = Core.open({ dataDir, runtime: 'browser', version: '0.0.0-test', contentDir });
  openCores.push(core);
  return core;
}

/** A real core behind the endpoint the worker thread serves through, with its job events wired; closed like the cores. */
export function openTestEndpoint(dataDir: string): LocalCoreEndpoint {
  const endpoint = LocalCoreEndpoint.open({ dataDir, runtime: 'browser', version: '0.0.0-test', contentDir: BUNDLED_CONTENT });
  openCores.push(endpoint.core);
  return endpoint;
}

/**
 * Closes every core the file's tests opened after each test, passed or failed, so a failing assertion does not leak
 * the database. Call it after useTempDir(): after-each hooks run in reverse order, so cores close before their
 * folders are removed. Closing twice is harmless, so a test may still close (and reopen) a core itself.
 */
export function closeCoresAfterEach(): void {
  afterEach(() => {
    while (openCores.length) openCores.pop()!.close();
  });
}

/** A participant row written straight to SQL, for tests of other areas that only need one to exist. */
export function insertParticipant(core: Core, name = '王芳'): string {
  const id = randomUUID();
  const now = new Date().toISOString();
  core.db
    .prepare("INSERT INTO participants (id, name, gender, role, created_at, updated_at) VALUES (?, ?, 'female', 'worker', ?, ?)")
    .run(id, name, now, now);
  return id;
}

export function contextFor(core: Core, session = new ClientSession()): HandlerContext {
  return { core, session };
}
