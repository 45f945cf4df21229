import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import type { Core } from '../../../electron/core/core';
import type { JobProgress } from '../../../shared/domain/jobs';
import { closeCoresAfterEach, contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';
import { pdfPageCount, pdfText } from '../pdf/poppler';
import { sampleLogo, sampleSignature } from '../pdf/sample-images';
import { finishedWorkshop, PEOPLE } from './finished-workshop';

const tempDir = useTempDir();
closeCoresAfterEach();

function trainer(core: Core) {
  const session = new ClientSession();
  session.unlockTrainer();
  return contextFor(core, session);
}

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await dispatch(name, input, trainer(core));
  if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
  return result.value as T;
}

async function waitForJob(core: Core, jobId: string): Promise<JobProgress> {
  for (;;) {
    const progress = await call<JobProgress>(core, 'getJobProgress', { jobId });
    if (progress.state !== 'running') return progress;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('certificate eligibility and issuing', () => {
  it('applies the workshop rule set: attendance of at least 80% and a passed post-test by default', () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core);
    const { candidates, rules, finished } = core.certificates.issuer.candidates(workshop.id);
    expect(rules).toEqual({ minAttendancePercent: 80, requirePostTestPassed: true });
    expect(finished).toBe(true);
    const byName = Object.fromEntries(candidates.map((c) => [c.name, c]));
    expect(byName['张喆']).toMatchObject({ eligible: true, attendanceRate: 1, postTestPercent: 90 });
    expect(byName['王堃']).toMatchObject({ eligible: false, reasons: ['attendance'], attendanceRate: 0.75 });
    expect(byName['李珺']).toMatchObject({ eligible: false, reasons: ['attendance'] });
    expect(byName['刘昇']).toMatchObject({ eligible: false, reasons: ['post-test'], postTestPassed: false });
    expect(byName['Zoë Brontë-Müller']).toMatchObject({ eligible: false, reasons: ['attendance'] });
    expect(byName['María José Núñez']).toMatchObject({ eligible: false, reasons: ['post-test-missing'], postTestPercent: null });
    expect(candidates.filter((c) => c.eligible).map((c) => c.name).sort()).toEqual(['张喆', 'Łukasz Żółkiewski'].sort());

    const relaxed = core.certificates.issuer.setRules(workshop.id, { minAttendancePercent: 75, requirePostTestPassed: false });
    expect(relaxed.candidates.filter((c) => c.eligible).map((c) => c.name).sort()).toEqual(['张喆', '王堃', '刘昇', 'Zoë Brontë-Müller', 'Łukasz Żółkiewski', 'María José Núñez'].sort());
  });

  it('issues only for a finished workshop, once per participant, with unique numbers and codes that verify', async () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core, 'running');
    await expect(call(core, 'issueCertificates', { workshopId: workshop.id })).rejects.toMatchObject({ code: 'WORKSHOP_NOT_FINISHED' });
    expect(core.db.prepare('SELECT count(*) AS n FROM certificates').get()).toEqual({ n: 0 });

    core.workshops.setStatus(workshop.id, 'done');
    const first = await call<{ issued: number }>(core, 'issueCertificates', { workshopId: workshop.id });
    expect(first.issued).toBe(2);
    expect((await call<{ issued: number }>(core, 'issueCertificates', { workshopId: workshop.id })).issued).toBe(0);

    const prefix = core.certificates.authority.prefix();
    const rows = core.db.prepare('SELECT number FROM certificates ORDER BY number').all() as Array<{ number: string }>;
    expect(rows.map((r) => r.number)).toEqual([`${prefix}-${new Date().getFullYear()}-0001`, `${prefix}-${new Date().getFullYear()}-0002`]);

    const { prints } = core.certificates.issuer.batch([workshop.id]);
    expect(prints.map((p) => p.participantName).sort()).toEqual(['Łukasz Żółkiewski', '张喆'].sort());
    for (const print of prints) {
      expect(core.certificates.authority.verify(print.verificationCode)).toMatchObject({ status: 'valid', issuedHere: true, claims: { modules: [{ hours: 14, moduleId: 'osh' }] } });
    }
  });

  it('exports the certificates as a job, one PDF per person or one combined file, with progress to poll', async () => {
    const core = openTestCore(tempDir());
    const { workshop } = finishedWorkshop(core);
    await expect(call(core, 'startCertificateExport', { workshopIds: [workshop.id], layout: 'one-per-person' })).rejects.toMatchObject({ code: 'NO_CERTIFICATES' });
    await call(core, 'saveCertificateSettings', { organisationName: 'SCORE 项目苏州培训中心', logo: sampleLogo() });
    await call(core, 'setTrainerSignature', { trainerName: '陈珺', image: sampleSignature() });
    await call(core, 'setCertificateRules', { workshopId: workshop.id, rules: { minAttendancePercent: 0, requirePostTestPassed: false } });
    expect((await call<{ issued: number }>(core, 'issueCertificates', { workshopId: workshop.id })).issued).toBe(PEOPLE.length);

    const started = await call<JobProgress>(core, 'startCertificateExport', { workshopIds: [workshop.id], layout: 'one-per-person' });
    expect(started.state).toBe('running');
    const finished = await waitForJob(core, started.jobId);
    expect(finished).toMatchObject({ state: 'done', done: PEOPLE.length, total: PEOPLE.length });
    const { files, unprintable } = await call<{ files: Array<{ name: string; bytes: Uint8Array }>; unprintable: string[] }>(core, 'takeJobFiles', { jobId: started.jobId });
    expect(unprintable).toEqual([]);
    expect(files).toHaveLength(PEOPLE.length);
    for (const person of PEOPLE) {
      const file = files.find((f) => f.name.endsWith(` ${person.name}.pdf`))!;
      expect(file, person.name).toBeDefined();
      const text = pdfText(file.bytes);
      expect(text).toContain(person.name);
      expect(text).toContain('SCORE 项目苏州培训中心');
    }
    await expect(call(core, 'takeJobFiles', { jobId: started.jobId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const combinedJob = await call<JobProgress>(core, 'startCertificateExport', { workshopIds: [workshop.id], layout: 'combined' });
    await waitForJob(core, combinedJob.jobId);
    const combined = await call<{ files: Array<{ name: string; bytes: Uint8Array }> }>(core, 'takeJobFiles', { jobId: combinedJob.jobId });
    expect(combined.files).toHaveLength(1);
    expect(combined.files[0]!.name).toContain(workshop.title);
    expect(pdfPageCount(combined.files[0]!.bytes)).toBe(PEOPLE.length);
  });

  it('names the characters that no shipped font has, which print as 〓', async () => {
    const core = openTestCore(tempDir());
    const { workshop, ids } = finishedWorkshop(core);
    const person = core.participants.require(ids[0]!);
    core.participants.update(person.id, { name: '𠮷野喆', gender: person.gender, enterpriseId: person.enterprise?.id ?? null, role: person.role, jobTitle: '', department: '', phone: '' });
    await call(core, 'issueCertificates', { workshopId: workshop.id });
    const job = await call<JobProgress>(core, 'startCertificateExport', { workshopIds: [workshop.id], participantIds: [person.id], layout: 'combined' });
    await waitForJob(core, job.jobId);
    const { files, unprintable } = await call<{ files: Array<{ bytes: Uint8Array }>; unprintable: string[] }>(core, 'takeJobFiles', { jobId: job.jobId });
    expect(unprintable).toEqual(['𠮷']);
    expect(pdfText(files[0]!.bytes)).toContain('〓野喆');
  });

  it('refuses a logo that is not an image, and changes nothing', async () => {
    const core = openTestCore(tempDir());
    await call(core, 'saveCertificateSettings', { organisationName: 'Before' });
    await expect(call(core, 'saveCertificateSettings', { organisationName: 'After', logo: new Uint8Array([1, 2, 3]) })).rejects.toMatchObject({ code: 'IMAGE_INVALID' });
    expect((await call<{ organisationName: string }>(core, 'getCertificateSettings', {})).organisationName).toBe('Before');
  });

  it('lets anyone verify a code, without the trainer PIN', async () => {
    const core = openTestCore(tempDir());
    const result = await dispatch('verifyCertificate', { code: 'ABC' }, contextFor(core));
    expect(result).toEqual({ ok: true, value: { status: 'malformed' } });
    expect(await dispatch('issueCertificates', { workshopId: '00000000-0000-4000-8000-000000000000' }, contextFor(core))).toMatchObject({ ok: false, error: { code: 'TRAINER_LOCKED' } });
  });
});
