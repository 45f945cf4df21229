/**
 * Certificates: what is printed, who may get one, and what a verification finds. Plain data shared by the core,
 * the PDF builders and the screens.
 */
import { z } from 'zod';
import type { LocalizedText } from '../content/pack';
import type { EnterpriseName } from './people';

/** Everything a certificate shows. Images are referenced by key into the batch's image table. */
export interface CertificatePrint {
  number: string;
  participantName: string;
  moduleTitle: LocalizedText;
  /** Calendar dates, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  hours: number;
  issuedOn: string;
  trainerName: string;
  trainerSignatureImage: string | null;
  organisationName: string;
  organisationLogoImage: string | null;
  /** The signed code the QR carries, as printed beneath it. */
  verificationCode: string;
}

/** Who gets a certificate in a workshop. Stored per workshop; these are the defaults. */
export const certificateRules = z
  .object({
    /** Share of the workshop's half-day sessions attended (present or late), in percent. */
    minAttendancePercent: z.number().int().min(0).max(100),
    /** The participant's best post-test of this workshop reached the module's pass mark. */
    requirePostTestPassed: z.boolean(),
  })
  .strict();
export type CertificateRules = z.infer<typeof certificateRules>;
export const DEFAULT_CERTIFICATE_RULES: CertificateRules = { minAttendancePercent: 80, requirePostTestPassed: true };

/** 'post-test' is a test taken and failed; 'post-test-missing' is no post-test at all, which is not a failure. */
export type IneligibleReason = 'attendance' | 'post-test' | 'post-test-missing';

/** One enrolled participant, as the certificates panel lists them. */
export interface CertificateCandidate {
  participantId: string;
  name: string;
  enterprise: EnterpriseName | null;
  attendanceRate: number;
  postTestPercent: number | null;
  postTestPassed: boolean;
  eligible: boolean;
  reasons: IneligibleReason[];
  certificate: { number: string; issuedAt: string } | null;
}

export interface WorkshopCertificates {
  workshopId: string;
  /** Certificates are issued only once the workshop is marked done. */
  finished: boolean;
  rules: CertificateRules;
  candidates: CertificateCandidate[];
}

/** The decoded content of a certificate code. */
export interface CertificateClaims {
  number: string;
  participantName: string;
  moduleId: string;
  startDate: string;
  endDate: string;
  hours: number;
}

export type VerificationResult =
  | { status: 'valid'; claims: CertificateClaims; moduleTitle: LocalizedText | null; issuer: TrustedKeySummary; issuedHere: boolean }
  | { status: 'tampered'; keyId: string }
  | { status: 'unknown-key'; keyId: string }
  | { status: 'malformed' };

/** A public key that certificates are checked against: this installation's own, or one imported from a trainer. */
export interface TrustedKeySummary {
  keyId: string;
  label: string;
  own: boolean;
  addedAt: string;
}

export const CERTIFICATE_CODE_MAX_LENGTH = 600;

/** What the certificate settings card shows and edits. */
export interface CertificateSettings {
  organisationName: string;
  /** The organisation's logo as stored (PNG or JPEG), or null. */
  logo: Uint8Array | null;
  /** Starts every certificate number issued here. */
  prefix: string;
  /** This installation's key, once it exists (it is made when the first certificate is issued or exported). */
  ownKey: TrustedKeySummary | null;
  trustedKeys: TrustedKeySummary[];
  trainers: Array<{ name: string; hasSignature: boolean }>;
}

export const CERTIFICATE_LAYOUTS = ['one-per-person', 'combined'] as const;
export type CertificateLayout = (typeof CERTIFICATE_LAYOUTS)[number];

/** Logos and signatures: large enough for a print-quality scan, small enough to keep PDFs light. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
