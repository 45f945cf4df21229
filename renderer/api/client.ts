import { OPERATION_NAMES, type ApiClient } from '../../shared/api/contract';
import type { BridgeApi, PlatformBridge } from '../../shared/api/bridge';
import type { ApiError, ApiResult } from '../../shared/api/result';
import { chooseTransport } from '../../shared/api/transport-choice';
import { fromWireJson, toWireJson } from '../../shared/api/wire';
import { browserPlatform } from './browser-platform';

declare global {
  interface Window {
    scoreApi?: BridgeApi;
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

/**
 * Browser mode: the per-launch token arrives in the URL once, is kept for this tab, and is removed from the
 * address bar. A client id per tab keeps the trainer unlock to this tab.
 */
function httpTransport(): Transport {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('score.token', fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
  }
  const token = sessionStorage.getItem('score.token') ?? '';
  let clientId = sessionStorage.getItem('score.client');
  if (!clientId) {
    clientId = crypto.randomUUID();
    sessionStorage.setItem('score.client', clientId);
  }
  return async (name, input) => {
    let response: Response;
    try {
      response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-score-token': token, 'x-score-client': clientId },
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
