import { describe, expect, it } from 'vitest';
import { formatRevocationList } from '../../../electron/core/certificates/revocation-list';
import type { Core } from '../../../electron/core/core';
import { openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { sampleSignature } from '../pdf/sample-images';
import { coDeliveredWorkshop, finishedWorkshop } from './finished-workshop';

const tempDir = useTempDir();
const today = () => new Date().toISOString().slice(0, 10);

/** An installation that issued the OSH workshop's certificates to everyone who attended. */
function issuingInstallation() {
  const core = openTestCore(tempDir());
  core.settings.set('organisation_name', 'SCORE 项目苏州培训中心');
  core.settings.set('key_holder_name', '陈珺');
  const { workshop } = finishedWorkshop(core);
  core.certificates.issuer.setRules(workshop.id, { minAttendancePercent: 0, requirePostTestPassed: false });
  core.certificates.issuer.issue(workshop.id);
  const codes = new Map(core.certificates.issuer.batch([workshop.id]).prints.map((p) => [p.number, p.verificationCode]));
  return { core, workshop, codes, numbers: [...codes.keys()] };
}

const codeOf = (core: Core, workshopId: string, number: string) => core.certificates.issuer.batch([workshopId]).prints.find((p) => p.number === number)!.verificationCode;

describe('reissuing a certificate', () => {
  it('gives the corrected certificate a new number that names the one it replaces, and keeps every earlier one', () => {
    const { core, workshop, codes, numbers } = issuingInstallation();
    const first = numbers[0]!;
    const second = core.certificates.issuer.reissue(workshop.id, first, '张喆 (corrected)');
    const third = core.certificates.issuer.reissue(workshop.id, second, '张哲');
    expect(new Set([first, second, third]).size).toBe(3);

    const { authority } = core.certificates;
    expect(authority.verify(codes.get(first)!)).toMatchObject({ status: 'replaced', by: second, on: today(), claims: { number: first, replaces: null } });
    expect(authority.verify(codeOf(core, workshop.id, third))).toMatchObject({ status: 'valid', claims: { number: third, participantName: '张哲', replaces: second } });
    const history = core.db.prepare('SELECT number, replaced_by FROM replaced_certificates ORDER BY replaced_at, number').all();
    expect(history).toEqual([
      { number: first, replaced_by: second },
      { number: second, replaced_by: third },
    ]);

    const print = core.certificates.issuer.batch([workshop.id]).prints.find((p) => p.number === third)!;
    expect(print).toMatchObject({ participantName: '张哲', replaces: second, organisationName: 'SCORE 项目苏州培训中心', signers: [{ name: '陈珺' }] });
    expect(core.certificates.issuer.candidates(workshop.id).candidates.filter((c) => c.certificate).length).toBe(numbers.length);
    expect(() => core.certificates.issuer.reissue(workshop.id, first, '张喆')).toThrowError(expect.objectContaining({ code: 'NOT_FOUND' }));
    core.close();
  });

  it('refuses to reissue a revoked certificate, and shows the revocation among the candidates', () => {
    const { core, workshop, codes, numbers } = issuingInstallation();
    core.certificates.issuer.revoke(workshop.id, numbers[1]!, 'Issued by mistake');
    expect(core.certificates.authority.verify(codes.get(numbers[1]!)!)).toMatchObject({ status: 'revoked', on: today(), reason: 'Issued by mistake', checkedAgainst: { source: 'own' } });
    expect(() => core.certificates.issuer.reissue(workshop.id, numbers[1]!, 'x')).toThrowError(expect.objectContaining({ code: 'CERTIFICATE_REVOKED' }));
    expect(() => core.certificates.issuer.revoke(workshop.id, numbers[1]!, 'again')).toThrowError(expect.objectContaining({ code: 'CERTIFICATE_REVOKED' }));
    const revoked = core.certificates.issuer.candidates(workshop.id).candidates.find((c) => c.certificate?.number === numbers[1]);
    expect(revoked?.certificate?.revokedOn).toBe(today());
    core.close();
  });
});

describe('printed fields too long for a scannable code', () => {
  it('refuse the whole batch, naming the participant, and issue nothing', () => {
    const core = openTestCore(tempDir());
    core.settings.set('organisation_name', '苏州市吴江区安全生产监督管理局职业安全健康培训中心'.repeat(5));
    const { workshop } = finishedWorkshop(core);
    expect(() => core.certificates.issuer.issue(workshop.id)).toThrowError(expect.objectContaining({ code: 'CERTIFICATE_TOO_LONG' }));
    expect(core.db.prepare('SELECT count(*) AS n FROM certificates').get()).toEqual({ n: 0 });
    core.settings.set('organisation_name', '苏州市吴江区安全生产监督管理局职业安全健康培训中心');
    expect(core.certificates.issuer.issue(workshop.id)).toBe(2);
    core.close();
  });
});

describe('revocation lists on another computer', () => {
  function twoInstallations() {
    const issuing = issuingInstallation();
    const [revoked, replaced, kept] = issuing.numbers as [string, string, string];
    issuing.core.certificates.issuer.revoke(issuing.workshop.id, revoked, '证书发错了人');
    const replacement = issuing.core.certificates.issuer.reissue(issuing.workshop.id, replaced, '王堃');
    const checking = openTestCore(tempDir());
    checking.certificates.authority.importPublicKey(issuing.core.certificates.authority.exportPublicKey().bytes);
    return { issuing, checking, revoked, replaced, kept, replacement };
  }

  it('answers from the imported list, saying whose list of which date, and says when no list is known', () => {
    const { issuing, checking, revoked, replaced, kept, replacement } = twoInstallations();
    const { authority } = checking.certificates;
    const codes = issuing.codes;
    expect(authority.verify(codes.get(revoked)!)).toMatchObject({ status: 'valid', checkedAgainst: { source: 'none' }, issuer: { trainerName: '陈珺', organisation: 'SCORE 项目苏州培训中心' } });

    const summary = authority.importRevocationList(issuing.core.certificates.authority.exportRevocationList().bytes);
    expect(summary).toMatchObject({ trainerName: '陈珺', revocationListDate: expect.stringMatching(/^\d{4}-/) });
    const checked = { source: 'list', date: today() };
    expect(authority.verify(codes.get(revoked)!)).toMatchObject({ status: 'revoked', on: today(), reason: '证书发错了人', checkedAgainst: checked });
    expect(authority.verify(codes.get(replaced)!)).toMatchObject({ status: 'replaced', by: replacement, on: today(), checkedAgainst: checked });
    expect(authority.verify(codes.get(kept)!)).toMatchObject({ status: 'valid', checkedAgainst: checked, issuedHere: false });
    expect(authority.verify(codeOf(issuing.core, issuing.workshop.id, replacement))).toMatchObject({ status: 'valid', claims: { replaces: replaced } });
    issuing.core.close();
    checking.close();
  });

  it('refuses a list whose entries were edited, a list signed by another key, and a list from a key not imported', () => {
    const { issuing, checking, revoked } = twoInstallations();
    const { authority } = checking.certificates;
    const file = JSON.parse(Buffer.from(issuing.core.certificates.authority.exportRevocationList().bytes).toString('utf8'));
    const bytesOf = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));

    const edited = { ...file, entries: file.entries.filter((e: { number: string }) => e.number !== revoked) };
    expect(() => authority.importRevocationList(bytesOf(edited))).toThrowError(expect.objectContaining({ code: 'REVOCATION_LIST_UNTRUSTED', details: { keyId: file.keyId, reason: 'signature' } }));

    // A third computer signs a list that claims to be the issuing trainer's.
    const impostor = openTestCore(tempDir());
    const impostorKey = impostor.certificates.authority.key();
    const forged = formatRevocationList({ keyId: file.keyId, issuedAt: new Date().toISOString(), entries: [] }, (message) => impostorKey.sign(message));
    expect(() => authority.importRevocationList(new Uint8Array(Buffer.from(forged)))).toThrowError(expect.objectContaining({ code: 'REVOCATION_LIST_UNTRUSTED' }));
    expect(() => authority.importRevocationList(impostor.certificates.authority.exportRevocationList().bytes)).toThrowError(
      expect.objectContaining({ code: 'REVOCATION_LIST_UNTRUSTED', details: { keyId: impostorKey.keyId, reason: 'unknown-key' } }),
    );
    expect(authority.verify(issuing.codes.get(revoked)!)).toMatchObject({ status: 'valid', checkedAgainst: { source: 'none' } });
    issuing.core.close();
    checking.close();
    impostor.close();
  });

  it('keeps the newest list: an older copy imported later cannot bring a revoked certificate back', () => {
    const { issuing, checking, revoked } = twoInstallations();
    const { authority } = checking.certificates;
    const key = issuing.core.certificates.authority.key();
    const older = formatRevocationList({ keyId: key.keyId, issuedAt: '2025-01-01T00:00:00.000Z', entries: [] }, (message) => key.sign(message));
    authority.importRevocationList(issuing.core.certificates.authority.exportRevocationList().bytes);
    expect(() => authority.importRevocationList(new Uint8Array(Buffer.from(older)))).toThrowError(
      expect.objectContaining({ code: 'REVOCATION_LIST_OUTDATED', details: { held: today(), offered: '2025-01-01' } }),
    );
    expect(authority.verify(issuing.codes.get(revoked)!)).toMatchObject({ status: 'revoked' });
    issuing.core.close();
    checking.close();
  });
});

describe('withdrawn keys', () => {
  it('marks certificates signed on or after the withdrawal date, and only those', () => {
    const { core, codes, numbers } = issuingInstallation();
    const checking = openTestCore(tempDir());
    const { authority } = checking.certificates;
    const { keyId } = authority.importPublicKey(core.certificates.authority.exportPublicKey().bytes);
    const code = codes.get(numbers[0]!)!;
    authority.trustedKeys.setWithdrawnFrom(keyId, '2099-01-01');
    expect(authority.verify(code)).toMatchObject({ status: 'valid' });
    authority.trustedKeys.setWithdrawnFrom(keyId, today());
    expect(authority.verify(code)).toMatchObject({ status: 'withdrawn-key', from: today(), issuer: { withdrawnFrom: today() } });
    authority.trustedKeys.setWithdrawnFrom(keyId, null);
    expect(authority.verify(code)).toMatchObject({ status: 'valid' });
    core.close();
    checking.close();
  });
});

describe('co-signed certificates', () => {
  it('sign and print both trainers of a co-delivered workshop, each with their title and signature image', () => {
    const core = openTestCore(tempDir());
    const workshopId = coDeliveredWorkshop(core, 1);
    core.certificates.issuer.setRules(workshopId, { minAttendancePercent: 0, requirePostTestPassed: false });
    core.certificates.setTrainerTitle('李安全', '劳动监察员');
    core.certificates.setTrainerSignature('李安全', sampleSignature());
    core.certificates.issuer.issue(workshopId);
    const [print] = core.certificates.issuer.batch([workshopId]).prints;
    const names = core.workshops.require(workshopId).trainerNames;
    expect([...names].sort()).toEqual(['李安全', '陈珺']);
    const signers = names.map((name) => ({ name, title: name === '李安全' ? '劳动监察员' : '' }));
    expect(print!.signers.map(({ name, title }) => ({ name, title }))).toEqual(signers);
    expect(print!.signers.map((s) => s.signatureImage !== null)).toEqual(names.map((name) => name === '李安全'));
    expect(core.certificates.authority.verify(print!.verificationCode)).toMatchObject({ status: 'valid', claims: { signers } });
    core.close();
  });
});
