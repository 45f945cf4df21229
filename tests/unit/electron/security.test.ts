import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isNavigationAllowed, isPermissionAllowed } from '../../../electron/security';

describe('security policy', () => {
  it('recognises only the app protocol and host as the app', () => {
    expect(isAppUrl('app://score/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///C:/app/index.html')).toBe(false);
    expect(isAppUrl('https://score/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('denies navigation away from the app', () => {
    expect(isNavigationAllowed('app://score/index.html#/trainer')).toBe(true);
    expect(isNavigationAllowed('https://example.com/')).toBe(false);
    expect(isNavigationAllowed('file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('')).toBe(false);
  });

  it('grants only the camera, only to the app', () => {
    expect(isPermissionAllowed('media', 'app://score/', ['video'])).toBe(true);
    expect(isPermissionAllowed('media', 'app://score/', ['audio'])).toBe(false);
    expect(isPermissionAllowed('media', 'app://score/', [])).toBe(false);
    expect(isPermissionAllowed('media', 'https://evil.example/', ['video'])).toBe(false);
    for (const permission of ['geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(isPermissionAllowed(permission, 'app://score/', ['video'])).toBe(false);
    }
  });

  it('has a CSP that allows no inline or remote script and no remote connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });
});
