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
  /** Calendar dates, YYYY-MM-DD. One module for a workshop certificate, each module for a programme's. */
  modules: Array<{ title: LocalizedText; startDate: string; endDate: string; hours: number }>;
  programmeTitle: string | null;
  issuedOn: string;
  /** One or two: a co-delivered workshop's certificate carries both trainers. */
  signers: Array<Signer & { signatureImage: string | null }>;
  organisationName: string;
  organisationLogoImage: string | null;
  /** The number of the certificate this one corrects, or null. */
  replaces: string | null;
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
  certificate: { number: string; issuedAt: string; revokedOn: string | null } | null;
}

export interface WorkshopCertificates {
  workshopId: string;
  /** Certificates are issued only once the workshop is marked done. */
  finished: boolean;
  rules: CertificateRules;
  candidates: CertificateCandidate[];
  /** Current certificates with two signers, and how many of them carry the co-signer's own signature. */
  countersigning: { coSigned: number; countersigned: number };
}

/** A signer as the certificate prints them: name, and title (empty: the generic "Trainer"). */
export interface Signer {
  name: string;
  title: string;
}

/** One module (workshop) a certificate covers. Calendar dates, YYYY-MM-DD. */
export interface ModuleClaim {
  moduleId: string;
  startDate: string;
  endDate: string;
  hours: number;
}

/**
 * The decoded content of a certificate code. Version 2 signs every field the paper prints; version 1 signed only
 * the number, name, module, dates and hours, so its other fields are null.
 */
export interface CertificateClaims {
  number: string;
  participantName: string;
  /** One for a workshop certificate; each completed module for a programme certificate. */
  modules: ModuleClaim[];
  /** The programme's name on a programme certificate, else null. */
  programmeTitle: string | null;
  /** YYYY-MM-DD. */
  issuedOn: string | null;
  organisationName: string | null;
  /** Who signs: each name and title, printed under a signature line. */
  signers: Signer[] | null;
  /** The number of the certificate this one corrects, or null. */
  replaces: string | null;
}

/** Printed fields a version 1 code does not sign: a checker must not trust them from the paper. */
export const FIELDS_UNSIGNED_BY_V1 = ['issuedOn', 'organisationName', 'signers', 'replaces'] as const;
export type UnsignedField = (typeof FIELDS_UNSIGNED_BY_V1)[number];

/** What a signed code's certificate has become since it was issued, as far as this computer knows. */
export type CertificateStanding =
  | { status: 'valid' }
  | { status: 'revoked'; on: string; reason: string }
  | { status: 'replaced'; by: string; on: string }
  /** Signed by an imported key on or after the day its owner said it was withdrawn. */
  | { status: 'withdrawn-key'; from: string };

/**
 * Which revocation list the answer rests on: this computer's own records, an imported list of the signer (dated),
 * or none. A verification never says "valid" without saying this.
 */
export type RevocationCheck = { source: 'own'; date: string } | { source: 'list'; date: string } | { source: 'none' };

export type VerificationResult =
  | (CertificateStanding & {
      claims: CertificateClaims;
      codeVersion: number;
      unsignedFields: UnsignedField[];
      /** The title of each module, in the order of claims.modules; null for a module not installed here. */
      moduleTitles: Array<LocalizedText | null>;
      issuer: TrustedKeySummary;
      issuedHere: boolean;
      checkedAgainst: RevocationCheck;
      /** The co-signer's own signature, when the code carries one: their key as known here, or null if unknown. */
      countersigner: { keyId: string; signer: TrustedKeySummary | null } | null;
    })
  | { status: 'tampered'; keyId: string }
  | { status: 'unknown-key'; keyId: string }
  | { status: 'malformed' };

/** Entries of a revocation list: certificates withdrawn, and certificates replaced by a corrected one. */
export type RevocationEntry = { number: string; kind: 'revoked'; on: string; reason: string } | { number: string; kind: 'replaced'; on: string; by: string };

/** A public key that certificates are checked against: this installation's own, or one imported from a trainer. */
export interface TrustedKeySummary {
  keyId: string;
  /** The trainer's name and organisation, as their key file gives them (older files carry one label). */
  label: string;
  trainerName: string;
  organisation: string;
  own: boolean;
  addedAt: string;
  /** YYYY-MM-DD from which the owner no longer signs with this key, or null. */
  withdrawnFrom: string | null;
  /** The date of the newest revocation list imported for this key, or null. */
  revocationListDate: string | null;
}

/**
 * The longest code issued or accepted: a version 16 QR code at level M, modules of 0.47 mm at the printed 42 mm,
 * still readable by a phone. Typical codes are half as long; very long organisation names, titles or programme
 * names are what could reach it.
 */
export const CERTIFICATE_CODE_MAX_LENGTH = 600;

/** What the certificate settings card shows and edits. */
export interface CertificateSettings {
  organisationName: string;
  /** The trainer who holds this computer's key; their public key file carries this name. */
  keyHolderName: string;
  /** The organisation's logo as stored (PNG or JPEG), or null. */
  logo: Uint8Array | null;
  /** Starts every certificate number issued here. */
  prefix: string;
  /** This installation's key, once it exists (it is made when the first certificate is issued or exported). */
  ownKey: TrustedKeySummary | null;
  trustedKeys: TrustedKeySummary[];
  trainers: Array<{ name: string; title: string; hasSignature: boolean }>;
}

export const CERTIFICATE_LAYOUTS = ['one-per-person', 'combined'] as const;
export type CertificateLayout = (typeof CERTIFICATE_LAYOUTS)[number];

/** Logos and signatures: large enough for a print-quality scan, small enough to keep PDFs light. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
