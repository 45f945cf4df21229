import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32 } from '../../../electron/core/certificates/base32';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { coDeliveredWorkshop } from './finished-workshop';

const tempDir = useTempDir();

/**
 * 陈珺 (computer A) and the labour inspector 李安全 (computer B) co-deliver a one-day workshop on A; each has
 * imported the other's public key.
 */
function coDelivered() {
  const a = openTestCore(tempDir());
  a.settings.set('key_holder_name', '陈珺');
  a.settings.set('organisation_name', 'SCORE 项目苏州培训中心');
  const b = openTestCore(tempDir());
  b.settings.set('key_holder_name', '李安全');
  b.settings.set('organisation_name', '吴江区劳动监察大队');
  a.certificates.authority.importPublicKey(b.certificates.authority.exportPublicKey().bytes);
  b.certificates.authority.importPublicKey(a.certificates.authority.exportPublicKey().bytes);
  const workshopId = coDeliveredWorkshop(a, 3);
  a.certificates.issuer.setRules(workshopId, { minAttendancePercent: 0, requirePostTestPassed: false });
  a.certificates.issuer.issue(workshopId);
  return { a, b, workshopId };
}

describe('countersigning by the co-signer’s own key', () => {
  it('carries both signatures in the printed code, and verify names both signers wherever their keys are known', () => {
    const { a, b, workshopId } = coDelivered();
    expect(a.certificates.issuer.candidates(workshopId).countersigning).toEqual({ coSigned: 3, countersigned: 0 });
    const request = a.certificates.countersigning.request(workshopId);
    const answer = b.certificates.countersigning.countersign(request.bytes);
    expect(answer.count).toBe(3);
    expect(a.certificates.countersigning.importAnswer(answer.file.bytes)).toBe(3);
    expect(a.certificates.issuer.candidates(workshopId).countersigning).toEqual({ coSigned: 3, countersigned: 3 });
    expect(() => a.certificates.countersigning.request(workshopId)).toThrowError(expect.objectContaining({ code: 'NO_CERTIFICATES' }));

    const [print] = a.certificates.issuer.batch([workshopId]).prints;
    // Two signers with a title-less name each, a CJK organisation and the co-signer's signature: under 450.
    expect(print!.verificationCode.length).toBeLessThanOrEqual(450);
    const bKeyId = b.certificates.authority.key().keyId;
    expect(a.certificates.authority.verify(print!.verificationCode)).toMatchObject({ status: 'valid', issuer: { own: true }, countersigner: { keyId: bKeyId, signer: { trainerName: '李安全' } } });
    expect(b.certificates.authority.verify(print!.verificationCode)).toMatchObject({ status: 'valid', issuer: { trainerName: '陈珺' }, countersigner: { signer: { own: true } } });

    const c = openTestCore(tempDir());
    c.certificates.authority.importPublicKey(a.certificates.authority.exportPublicKey().bytes);
    expect(c.certificates.authority.verify(print!.verificationCode)).toMatchObject({ status: 'valid', countersigner: { keyId: bKeyId, signer: null } });

    const bytes = decodeBase32(print!.verificationCode)!;
    bytes[bytes.length - 10]! ^= 1;
    expect(a.certificates.authority.verify(encodeBase32(bytes))).toMatchObject({ status: 'tampered', keyId: bKeyId });
    for (const core of [a, b, c]) core.close();
  });

  it('is refused by a computer whose trainer is not among the signers, and for certificates it cannot verify', () => {
    const { a, b, workshopId } = coDelivered();
    const request = a.certificates.countersigning.request(workshopId);
    b.settings.set('key_holder_name', '王珺');
    expect(() => b.certificates.countersigning.countersign(request.bytes)).toThrowError(expect.objectContaining({ code: 'COUNTERSIGN_REFUSED', details: expect.objectContaining({ reason: 'not-a-signer' }) }));
    const stranger = openTestCore(tempDir());
    stranger.settings.set('key_holder_name', '李安全');
    expect(() => stranger.certificates.countersigning.countersign(request.bytes)).toThrowError(expect.objectContaining({ code: 'COUNTERSIGN_REFUSED', details: expect.objectContaining({ reason: 'not-valid' }) }));
    expect(() => a.certificates.countersigning.countersign(request.bytes)).toThrowError(expect.objectContaining({ code: 'COUNTERSIGN_REFUSED' }));
    for (const core of [a, b, stranger]) core.close();
  });

  it('imports signatures only from an imported key, each over the certificate as issued, and all or none', () => {
    const { a, b, workshopId } = coDelivered();
    const answer = b.certificates.countersigning.countersign(a.certificates.countersigning.request(workshopId).bytes);
    const file = JSON.parse(Buffer.from(answer.file.bytes).toString('utf8')) as { keyId: string; entries: Array<{ number: string; signature: string }> };
    const bytesOf = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
    const swapped = { ...file, entries: [{ ...file.entries[0]!, signature: file.entries[1]!.signature }, ...file.entries.slice(1)] };
    expect(() => a.certificates.countersigning.importAnswer(bytesOf(swapped))).toThrowError(expect.objectContaining({ code: 'COUNTERSIGNATURES_INVALID', details: expect.objectContaining({ reason: 'signature' }) }));
    expect(a.certificates.issuer.candidates(workshopId).countersigning.countersigned).toBe(0);

    a.certificates.authority.trustedKeys.remove(file.keyId);
    expect(() => a.certificates.countersigning.importAnswer(answer.file.bytes)).toThrowError(expect.objectContaining({ code: 'COUNTERSIGNATURES_INVALID', details: expect.objectContaining({ reason: 'unknown-key' }) }));
    a.close();
    b.close();
  });
});
