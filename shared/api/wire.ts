/**
 * JSON cannot carry bytes, so the HTTP transport wraps Uint8Array values as `{$bytes: base64}`.
 * IPC uses structured clone and needs none of this.
 */
const BYTES_KEY = '$bytes';

export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES_KEY]: bytesToBase64(v) } : v));
}

/** `decodeBase64` lets Node pass its native decoder: the portable one below holds the server's thread for long on a large file. */
export function fromWireJson(text: string, decodeBase64: (base64: string) => Uint8Array = base64ToBytes): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && BYTES_KEY in v) {
      return decodeBase64(String((v as Record<string, unknown>)[BYTES_KEY]));
    }
    return v;
  });
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
