import { describe, expect, it } from 'vitest';
import { chooseTransport, DESKTOP_PAGE_PROTOCOL } from '../../../shared/api/transport-choice';
import { APP_SCHEME } from '../../../electron/security';

describe('chooseTransport', () => {
  it('uses the preload bridge whenever it is there', () => {
    expect(chooseTransport('app:', true)).toBe('ipc');
  });

  it('never falls back to HTTP in the desktop window: a missing bridge is reported as such', () => {
    expect(DESKTOP_PAGE_PROTOCOL).toBe(`${APP_SCHEME}:`);
    expect(chooseTransport(DESKTOP_PAGE_PROTOCOL, false)).toBe('bridge-missing');
  });

  it('uses HTTP in browser mode', () => {
    expect(chooseTransport('http:', false)).toBe('http');
  });
});
