import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../electron/core/certificates/base32';
import { CertificateAuthority } from '../../../electron/core/certificates/certificate-authority';
import { SIGNING_KEY_FILE } from '../../../electron/core/certificates/signing-key';
import type { CertificateClaims } from '../../../shared/domain/certificates';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
closeCoresAfterEach();

const CLAIMS: CertificateClaims = {
  number: 'K7QM2X-2025-0042',
  participantName: '欧阳喆堃',
  moduleId: 'workplace-cooperation',
  startDate: '2025-03-04',
  endDate: '2025-03-05',
  hours: 14,
};

function authorityIn(dir: string) {
  const core = openTestCore(dir);
  return { core, authority: new CertificateAuthority(core.db, dir, core.settings, (id) => (id === 'workplace-cooperation' ? { en: 'Workplace Cooperation', 'zh-CN': '工作场所合作' } : null)) };
}

describe('base32 codes', () => {
  it('round-trip any bytes and forgive case, spaces, hyphens and look-alike letters when typed', () => {
    const bytes = new Uint8Array(Array.from({ length: 97 }, (_, i) => (i * 37 + 11) & 0xff));
    const text = encodeBase32(bytes);
    expect(text).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/);
    expect(decodeBase32(text)).toEqual(bytes);
    const typed = text.toLowerCase().replace(/(.{4})/g, '$1 ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(decodeBase32(typed)).toEqual(bytes);
    expect(decodeBase32('ABC!')).toBeNull();
  });
});

describe('certificate signing', () => {
  it('creates the key pair on first use in the data folder, private to the user, and keeps it across restarts', () => {
    const dir = tempDir();
    const first = authorityIn(dir);
    const keyId = first.authority.key().keyId;
    expect(keyId).toMatch(/^[0-9a-f]{8}$/);
    const file = join(dir, SIGNING_KEY_FILE);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    first.core.close();
    const second = authorityIn(dir);
    expect(second.authority.key().keyId).toBe(keyId);
    second.core.close();
  });

  it('signs a code small enough for a QR code that verifies with the claims, CJK name included', () => {
    const { authority } = authorityIn(tempDir());
    const signed = authority.sign(CLAIMS);
    expect(signed.code.length).toBeLessThan(220);
    const result = authority.verify(signed.code);
    expect(result).toMatchObject({ status: 'valid', claims: CLAIMS, moduleTitle: { 'zh-CN': '工作场所合作' }, issuer: { own: true } });
  });

  it('rejects the code after any one-bit change', () => {
    const { authority } = authorityIn(tempDir());
    const code = authority.sign(CLAIMS).code;
    const bytes = decodeBase32(code)!;
    const outcomes = new Set<string>();
    for (let bit = 0; bit < bytes.length * 8; bit++) {
      const changed = new Uint8Array(bytes);
      changed[bit >> 3]! ^= 0x80 >> (bit & 7);
      const status = authority.verify(encodeBase32(changed)).status;
      expect(status, `bit ${bit}`).not.toBe('valid');
      outcomes.add(status);
    }
    expect(outcomes).toContain('tampered');
    expect(outcomes).toContain('unknown-key');
  });

  it('answers unknown key for another installation until its public key file is imported', () => {
    const other = authorityIn(tempDir());
    other.core.settings.set('organisation_name', '苏州培训中心');
    const code = other.authority.sign(CLAIMS).code;
    const keyFile = other.authority.exportPublicKey();
    other.core.close();

    const { authority } = authorityIn(tempDir());
    expect(authority.verify(code)).toMatchObject({ status: 'unknown-key' });
    const imported = authority.importPublicKey(keyFile.bytes);
    expect(imported).toMatchObject({ label: '苏州培训中心', own: false });
    expect(authority.verify(code)).toMatchObject({ status: 'valid', issuer: { label: '苏州培训中心', own: false }, issuedHere: false });
    expect(authority.verify('NOT A CODE')).toEqual({ status: 'malformed' });
  });

  it('refuses a key file whose key id does not match its key', () => {
    const { authority } = authorityIn(tempDir());
    const file = JSON.parse(Buffer.from(authority.exportPublicKey().bytes).toString('utf8'));
    file.keyId = '00000000';
    expect(() => authority.importPublicKey(new Uint8Array(Buffer.from(JSON.stringify(file))))).toThrowError(expect.objectContaining({ code: 'IMPORT_INVALID' }));
    expect(authority.trustedKeys.list()).toEqual([]);
  });

  it('numbers certificates with the installation prefix and a yearly counter', () => {
    const { authority } = authorityIn(tempDir());
    const prefix = authority.prefix();
    expect(prefix).toMatch(/^[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(authority.nextNumber(2025)).toBe(`${prefix}-2025-0001`);
  });
});
