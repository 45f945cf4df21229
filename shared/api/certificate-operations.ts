import { z } from 'zod';
import { lineText, multilineText } from '../domain/safe-text';
import {
  CERTIFICATE_CODE_MAX_LENGTH,
  CERTIFICATE_LAYOUTS,
  certificateRules,
  MAX_IMAGE_BYTES,
  type CertificateSettings,
  type TrustedKeySummary,
  type VerificationResult,
  type WorkshopCertificates,
} from '../domain/certificates';
import type { JobProgress } from '../domain/jobs';
import { MAX_PROGRAMME_WORKSHOPS, type ProgrammeCertificates, type ProgrammeSummary } from '../domain/programmes';
import { recordId } from '../domain/people';
import type { FileBytes } from './bridge';
import { fileBytes } from './bytes';
import { operation } from './operation';

const none = z.object({}).strict();
const byWorkshop = z.object({ workshopId: recordId }).strict();
const byProgramme = z.object({ programmeId: recordId }).strict();
const certificateNumber = z.string().min(1).max(60);
const keyFile = z.object({ bytes: fileBytes.refine((b) => b.length <= 64 * 1024, 'too large') }).strict();
const image = fileBytes.refine((bytes) => bytes.length <= MAX_IMAGE_BYTES, 'image too large');

/** Certificates: issuing and printing are the trainer's; verifying a code is open to anyone at the computer. */
export const certificateOperations = {
  verifyCertificate: operation<VerificationResult>()(z.object({ code: z.string().max(CERTIFICATE_CODE_MAX_LENGTH) }).strict(), 'public'),

  getWorkshopCertificates: operation<WorkshopCertificates>()(byWorkshop, 'trainer'),
  setCertificateRules: operation<WorkshopCertificates>()(z.object({ workshopId: recordId, rules: certificateRules }).strict(), 'trainer'),
  /** Issues to every eligible participant without a certificate; the workshop must be marked done. */
  issueCertificates: operation<{ issued: number; certificates: WorkshopCertificates }>()(byWorkshop, 'trainer'),
  /** A corrected certificate (new number, "replaces" the old one); the old code then verifies as replaced. */
  reissueCertificate: operation<{ number: string; certificates: WorkshopCertificates }>()(
    z.object({ workshopId: recordId, number: certificateNumber, participantName: lineText(200).pipe(z.string().min(1)) }).strict(),
    'trainer',
  ),
  revokeCertificate: operation<WorkshopCertificates>()(
    z.object({ workshopId: recordId, number: certificateNumber, reason: multilineText(500).pipe(z.string().trim().min(1)) }).strict(),
    'trainer',
  ),
  /** The workshop's co-signed certificates that still need the co-signer's signature, as a file for their computer. */
  exportCountersignRequest: operation<FileBytes>()(byWorkshop, 'trainer'),
  /** On the co-signer's computer: signs another trainer's request with this computer's key. */
  countersignCertificates: operation<{ file: FileBytes; count: number }>()(z.object({ bytes: fileBytes.refine((b) => b.length <= 8 * 1024 * 1024, 'too large') }).strict(), 'trainer'),
  importCountersignatures: operation<{ imported: number; certificates: WorkshopCertificates }>()(
    z.object({ workshopId: recordId, bytes: fileBytes.refine((b) => b.length <= 8 * 1024 * 1024, 'too large') }).strict(),
    'trainer',
  ),
  /** Renders issued certificates of one or more workshops (a programme) as a job; poll it with getJobProgress. */
  startCertificateExport: operation<JobProgress>()(
    z
      .object({
        workshopIds: z.array(recordId).min(1).max(200),
        participantIds: z.array(recordId).max(5000).optional(),
        layout: z.enum(CERTIFICATE_LAYOUTS),
      })
      .strict(),
    'trainer',
  ),

  listProgrammes: operation<ProgrammeSummary[]>()(none, 'trainer'),
  /** The workshops, in the order the certificate lists them. */
  createProgramme: operation<ProgrammeSummary>()(
    z.object({ title: lineText(120).pipe(z.string().min(1)), workshopIds: z.array(recordId).min(1).max(MAX_PROGRAMME_WORKSHOPS) }).strict(),
    'trainer',
  ),
  getProgrammeCertificates: operation<ProgrammeCertificates>()(byProgramme, 'trainer'),
  issueProgrammeCertificates: operation<{ issued: number; certificates: ProgrammeCertificates }>()(byProgramme, 'trainer'),
  revokeProgrammeCertificate: operation<ProgrammeCertificates>()(
    z.object({ programmeId: recordId, number: certificateNumber, reason: multilineText(500).pipe(z.string().trim().min(1)) }).strict(),
    'trainer',
  ),
  startProgrammeCertificateExport: operation<JobProgress>()(z.object({ programmeId: recordId, layout: z.enum(CERTIFICATE_LAYOUTS) }).strict(), 'trainer'),

  getCertificateSettings: operation<CertificateSettings>()(none, 'trainer'),
  /** `logo`: new bytes to replace it, null to remove it, absent to keep it. */
  saveCertificateSettings: operation<CertificateSettings>()(
    z.object({ organisationName: lineText(120), keyHolderName: lineText(80).optional(), logo: image.nullable().optional() }).strict(),
    'trainer',
  ),
  setTrainerSignature: operation<CertificateSettings>()(z.object({ trainerName: lineText(80).pipe(z.string().min(1)), image: image.nullable() }).strict(), 'trainer'),
  setTrainerTitle: operation<CertificateSettings>()(z.object({ trainerName: lineText(80).pipe(z.string().min(1)), title: lineText(80) }).strict(), 'trainer'),
  exportPublicKey: operation<FileBytes>()(none, 'trainer'),
  importPublicKey: operation<TrustedKeySummary>()(keyFile, 'trainer'),
  /** This installation's revocations and replacements, signed, for other computers to import. */
  exportRevocationList: operation<FileBytes>()(none, 'trainer'),
  importRevocationList: operation<TrustedKeySummary>()(z.object({ bytes: fileBytes.refine((b) => b.length <= 16 * 1024 * 1024, 'too large') }).strict(), 'trainer'),
  /** `from`: the first day the key's owner no longer signs with it; null takes the withdrawal back. */
  setKeyWithdrawn: operation<CertificateSettings>()(
    z.object({ keyId: z.string().regex(/^[0-9a-f]{8}$/), from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable() }).strict(),
    'trainer',
  ),
  removeTrustedKey: operation<CertificateSettings>()(z.object({ keyId: z.string().regex(/^[0-9a-f]{8}$/) }).strict(), 'trainer'),
};
