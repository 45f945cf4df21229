import { OPERATION_NAMES, type OperationName } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';
import type { CoreEndpoint } from './core/endpoint/core-endpoint';
import { EVENT_CHANNEL, type AppEvent } from '../shared/api/events';
import { isAppUrl } from './security';
import { API_CHANNEL_PREFIX } from '../shared/api/bridge';

/** The part of Electron's IpcMainInvokeEvent that the checks need; kept structural so tests need no Electron. */
export interface InvokeEvent {
  sender: { id: number };
  senderFrame: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, input: unknown) => Promise<ApiResult<unknown>>): void;
}

/**
 * One channel per contract operation. Each call must come from a frame of the app's own origin (never a
 * navigated-away or injected frame), and its input is validated by the same dispatcher the HTTP server uses.
 */
export function registerApiHandlers(ipcMain: IpcMainLike, core: CoreEndpoint, afterSuccess?: (name: OperationName) => void): void {
  for (const name of OPERATION_NAMES) {
    ipcMain.handle(`${API_CHANNEL_PREFIX}${name}`, async (event, input) => {
      if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN_ORIGIN' } };
      }
      // Each window is its own client: its trainer unlock is its own.
      const result = await core.call(windowClient(event.sender.id), name, input);
      if (result.ok) afterSuccess?.(name);
      return result;
    });
  }
}

/** The client name of a window, as the core keeps sessions and addresses events by it. */
export function windowClient(webContentsId: number): string {
  return `window-${webContentsId}`;
}

/** The part of Electron's WebContents that event forwarding needs; structural so tests need no Electron. */
export interface EventReceiver {
  id: number;
  isDestroyed(): boolean;
  send(channel: string, event: AppEvent): void;
}

/** Sends each core event to the windows it is for: every window, or the one whose client it names. */
export function forwardCoreEvents(core: Pick<CoreEndpoint, 'subscribe'>, windows: () => EventReceiver[]): () => void {
  return core.subscribe(({ client, event }) => {
    for (const contents of windows()) {
      if (!contents.isDestroyed() && (client === null || client === windowClient(contents.id))) contents.send(EVENT_CHANNEL, event);
    }
  });
}
