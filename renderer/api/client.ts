import { OPERATION_NAMES, type ApiClient } from '../../shared/api/contract';
import type { BridgeApi, EventBridge, PlatformBridge } from '../../shared/api/bridge';
import type { ApiError, ApiResult } from '../../shared/api/result';
import { chooseTransport } from '../../shared/api/transport-choice';
import { fromWireJson, toWireJson } from '../../shared/api/wire';
import { browserPlatform } from './browser-platform';
import { browserSessionHeaders } from './browser-session';

declare global {
  interface Window {
    scoreApi?: BridgeApi;
    scoreEvents?: EventBridge;
    scorePlatform?: PlatformBridge;
  }
}

export const TRAINER_LOCKED_EVENT = 'score-trainer-locked';

/** A failed call, carrying the typed error for a localized message. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.code);
  }
}

type Transport = (name: string, input: unknown) => Promise<ApiResult<unknown>>;

function ipcTransport(bridge: BridgeApi): Transport {
  return (name, input) => (bridge as unknown as Record<string, (i: unknown) => Promise<ApiResult<unknown>>>)[name]!(input);
}

/** Browser mode: each call a POST carrying the tab's token and client id (browser-session.ts). */
function httpTransport(): Transport {
  const headers = browserSessionHeaders();
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: toWireJson(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'NETWORK' } };
    }
    return fromWireJson(await response.text()) as ApiResult<unknown>;
  };
}

/** The desktop window without its preload bridge: every call says so, in words the start-up card shows. */
function missingBridgeTransport(): Transport {
  return () => Promise.resolve({ ok: false, error: { code: 'DESKTOP_BRIDGE_MISSING' } });
}

function pickTransport(): Transport {
  switch (chooseTransport(window.location.protocol, window.scoreApi !== undefined)) {
    case 'ipc':
      return ipcTransport(window.scoreApi!);
    case 'bridge-missing':
      return missingBridgeTransport();
    case 'http':
      return httpTransport();
  }
}

function createClient(transport: Transport): ApiClient {
  return Object.fromEntries(
    OPERATION_NAMES.map((name) => [
      name,
      async (input: unknown) => {
        const result = await transport(name, input);
        if (!result.ok) {
          // The core locked the trainer area (idle, or another window): tell the app so it shows the PIN form.
          if (result.error.code === 'TRAINER_LOCKED') window.dispatchEvent(new Event(TRAINER_LOCKED_EVENT));
          throw new ApiCallError(result.error);
        }
        return result.value;
      },
    ]),
  ) as ApiClient;
}

/** The renderer talks to this and never learns which transport is underneath. */
export const api: ApiClient = createClient(pickTransport());
export const platform: PlatformBridge = window.scorePlatform ?? browserPlatform;
