import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Core } from '../../../electron/core/core';

export const BUNDLED_CONTENT = resolve(import.meta.dirname, '../../../resources/content');
import type { HandlerContext } from '../../../electron/core/handlers/handler';

/** A real core on a real SQLite file in the given folder. */
export const FIXTURE_PACKS = resolve(import.meta.dirname, '../../fixtures/packs');

export function openTestCore(dataDir: string, contentDir = BUNDLED_CONTENT): Core {
  return Core.open({ dataDir, runtime: 'browser', version: '0.0.0-test', contentDir });
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
