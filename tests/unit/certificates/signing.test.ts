import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../electron/core/certificates/base32';
import { CertificateAuthority } from '../../../electron/core/certificates/certificate-authority';
import { SIGNING_KEY_FILE } from '../../../electron/core/certificates/signing-key';
import { encodeClaims, formatCode, parseCode, type IssuedClaims } from '../../../electron/core/certificates/certificate-code';
import { writeText } from '../../../electron/core/certificates/code-bytes';
import { closeCoresAfterEach, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
closeCoresAfterEach();

const CLAIMS: IssuedClaims = {
  number: 'K7QM2X-2025-0042',
  participantName: '欧阳喆堃',
  modules: [{ moduleId: 'workplace-cooperation', startDate: '2025-03-04', endDate: '2025-03-05', hours: 14 }],
  programmeTitle: null,
  issuedOn: '2025-03-06',
  organisationName: 'SCORE 项目苏州培训中心',
  signers: [
    { name: '陈珺', title: '' },
    { name: 'Zoë Brontë-Müller', title: '劳动监察员' },
  ],
  replaces: 'K7QM2X-2025-0041',
};

/** A version 1 code as the app issued them before: number, module, name, dates and hours only. */
function signV1(authority: CertificateAuthority, claims: IssuedClaims): string {
  const day = (date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(2000, 0, 1)) / 86_400_000);
  const [module] = claims.modules;
  const start = day(module!.startDate);
  const out = [1, ...Buffer.from(authority.key().keyId, 'hex'), start >> 8, start & 0xff, day(module!.endDate) - start, 0, module!.hours * 10];
  for (const text of [claims.number, module!.moduleId, claims.participantName]) writeText(out, text);
  const payload = new Uint8Array(out);
  return formatCode(payload, authority.key().sign(Buffer.concat([Buffer.from('SCORE certificate\0', 'ascii'), payload])));
}

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

  it('signs a version 2 code that carries every printed field, small enough for a version 11 QR code', () => {
    const { core, authority } = authorityIn(tempDir());
    const signed = authority.sign(CLAIMS);
    // Two signers, a replaced number and a CJK organisation: about as long as a code gets. 362 alphanumeric
    // characters fill a version 11 QR code at level M, 61 modules: 0.7 mm each at the printed 42 mm.
    expect(signed.code.length).toBeLessThanOrEqual(362);
    expect(authority.sign({ ...CLAIMS, signers: [{ name: '陈珺', title: '' }], replaces: null }).code.length).toBeLessThanOrEqual(311);
    const result = authority.verify(signed.code);
    expect(result).toMatchObject({
      status: 'valid',
      codeVersion: 2,
      unsignedFields: [],
      claims: CLAIMS,
      moduleTitles: [{ 'zh-CN': '工作场所合作' }],
      issuer: { own: true },
      checkedAgainst: { source: 'own' },
    });
    core.close();
  });

  it('still verifies version 1 codes and names the printed fields they do not sign', () => {
    const { core, authority } = authorityIn(tempDir());
    const code = signV1(authority, CLAIMS);
    expect(authority.verify(code)).toMatchObject({
      status: 'valid',
      codeVersion: 1,
      unsignedFields: ['issuedOn', 'organisationName', 'signers', 'replaces'],
      claims: { number: CLAIMS.number, participantName: CLAIMS.participantName, modules: CLAIMS.modules, issuedOn: null, organisationName: null, signers: null, replaces: null },
    });
    const bytes = decodeBase32(code)!;
    bytes[bytes.length - 70]! ^= 1;
    expect(authority.verify(encodeBase32(bytes)).status).toBe('tampered');
    core.close();
  });

  it('refuses to sign a code too long to scan, keeping room for a co-signer’s signature on co-signed certificates', () => {
    const { core, authority } = authorityIn(tempDir());
    const one = { ...CLAIMS, signers: [CLAIMS.signers[0]!], replaces: null };
    let organisationName = '苏州';
    while (authority.sign({ ...one, organisationName }).code.length < 500) organisationName += '培训中心';
    expect(authority.sign({ ...one, organisationName }).code.length).toBeLessThanOrEqual(600);
    expect(() => authority.sign({ ...one, organisationName, signers: [...one.signers, { name: '王', title: '' }] })).toThrowError(expect.objectContaining({ code: 'CERTIFICATE_TOO_LONG' }));
    expect(() => authority.sign({ ...one, organisationName: organisationName.repeat(2) })).toThrowError(expect.objectContaining({ code: 'CERTIFICATE_TOO_LONG' }));
    core.close();
  });

  it('refuses a version 2 code in which any one printed field was changed and re-encoded', () => {
    const { core, authority } = authorityIn(tempDir());
    const original = parseCode(authority.sign(CLAIMS).code)!;
    const forgeries: Record<string, Partial<IssuedClaims>> = {
      number: { number: 'K7QM2X-2025-0043' },
      participantName: { participantName: '欧阳喆' },
      moduleId: { modules: [{ ...CLAIMS.modules[0]!, moduleId: 'osh' }] },
      startDate: { modules: [{ ...CLAIMS.modules[0]!, startDate: '2025-03-03' }] },
      endDate: { modules: [{ ...CLAIMS.modules[0]!, endDate: '2025-03-06' }] },
      hours: { modules: [{ ...CLAIMS.modules[0]!, hours: 21 }] },
      moduleAdded: { modules: [CLAIMS.modules[0]!, { moduleId: 'osh', startDate: '2025-04-01', endDate: '2025-04-02', hours: 14 }] },
      programmeTitle: { programmeTitle: 'SCORE 第一期' },
      issuedOn: { issuedOn: '2025-04-01' },
      organisationName: { organisationName: 'SCORE 项目上海培训中心' },
      firstSigner: { signers: [{ name: '王珺', title: '' }, CLAIMS.signers[1]!] },
      secondSigner: { signers: [CLAIMS.signers[0]!, { name: 'Zoe Bronte-Muller', title: '劳动监察员' }] },
      signerTitle: { signers: [CLAIMS.signers[0]!, { name: 'Zoë Brontë-Müller', title: '劳动监察局局长' }] },
      signerDropped: { signers: [CLAIMS.signers[0]!] },
      replaces: { replaces: null },
    };
    expect(Object.keys(forgeries).length).toBeGreaterThanOrEqual(Object.keys(CLAIMS).length + 3);
    for (const [field, change] of Object.entries(forgeries)) {
      const payload = encodeClaims(original.keyId, { ...CLAIMS, ...change });
      const forged = formatCode(payload, original.signature);
      expect(parseCode(forged)!.claims, field).toMatchObject(change);
      expect(authority.verify(forged).status, field).toBe('tampered');
    }
    core.close();
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
    expect(imported).toMatchObject({ label: '苏州培训中心', organisation: '苏州培训中心', own: false });
    expect(authority.verify(code)).toMatchObject({ status: 'valid', issuer: { label: '苏州培训中心', own: false }, issuedHere: false, checkedAgainst: { source: 'none' } });
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
