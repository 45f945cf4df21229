import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { Core } from '../../../electron/core/core';
import type { HandlerContext } from '../../../electron/core/handlers/handler';

/** A real core on a real SQLite file in the given folder. */
export function openTestCore(dataDir: string): Core {
  return Core.open({ dataDir, runtime: 'browser', version: '0.0.0-test' });
}

export function contextFor(core: Core, session = new ClientSession()): HandlerContext {
  return { core, session };
}
