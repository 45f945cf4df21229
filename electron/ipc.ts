import { OPERATION_NAMES, type OperationName } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/result';
import type { CoreEndpoint } from './core/endpoint/core-endpoint';
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
