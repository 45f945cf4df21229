import type { AppEvent } from '../../../shared/api/events';
import type { ApiResult } from '../../../shared/api/result';

/** An event and the client it is for; null sends it to every client. */
export interface AddressedEvent {
  client: string | null;
  event: AppEvent;
}

/**
 * What a transport (IPC in the desktop app, HTTP in browser mode) needs from the core: calls made on behalf of a
 * client (a window, a browser tab), whose trainer unlock is its own, and the events it should pass on. The core
 * itself runs in a worker thread (core-worker-host.ts); tests may also hold it in-process (local-endpoint.ts).
 */
export interface CoreEndpoint {
  call(client: string, name: string, input: unknown): Promise<ApiResult<unknown>>;
  subscribe(listener: (event: AddressedEvent) => void): () => void;
  /** Records an unexpected transport failure in the app log; returns the reference shown with it. */
  logInternal(where: string, error: unknown): Promise<string>;
}
