/** The page's protocol in the desktop window (electron/security.ts serves the renderer from app://score). */
export const DESKTOP_PAGE_PROTOCOL = 'app:';

export type TransportKind = 'ipc' | 'http' | 'bridge-missing';

/**
 * How the renderer reaches the core. The desktop window has no HTTP API, so there a missing preload bridge is
 * reported as such instead of falling back to HTTP calls that can only fail in confusing ways.
 */
export function chooseTransport(pageProtocol: string, hasBridge: boolean): TransportKind {
  if (hasBridge) return 'ipc';
  return pageProtocol === DESKTOP_PAGE_PROTOCOL ? 'bridge-missing' : 'http';
}
