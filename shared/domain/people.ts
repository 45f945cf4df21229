/**
 * Enterprises and participants: the people a trainer works with. Enum values are stable identifiers stored in
 * the database; their labels live in the locale files.
 */
import { z } from 'zod';
import { lineText } from './safe-text';

export const SECTORS = ['manufacturing', 'chemicals', 'textiles', 'other'] as const;
export type Sector = (typeof SECTORS)[number];

/** Employee-count bands as the ILO counts them: micro 1-9, small 10-49, medium 50-249, large 250 or more. */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const GENDERS = ['female', 'male', 'other', 'undisclosed'] as const;
export type Gender = (typeof GENDERS)[number];

/** A participant's SCORE role. "other" is for job titles that fit none of the rest (a cashier, a driver). */
export const ROLES = ['manager', 'supervisor', 'worker', 'eit-member', 'safety-officer', 'inspector', 'other'] as const;
export type Role = (typeof ROLES)[number];

const text = lineText;
const headcount = z.number().int().min(0).max(1_000_000);
export const recordId = z.string().uuid();

/** An enterprise is known by a Chinese or an English name; the form asks before the core refuses. */
export const hasEnterpriseName = (e: { nameZh: string; nameEn: string }) => e.nameZh.trim() !== '' || e.nameEn.trim() !== '';

export const enterpriseInput = z
  .object({
    nameZh: text(120),
    nameEn: text(120),
    sector: z.enum(SECTORS),
    sizeBand: z.enum(['', ...SIZE_BANDS]),
    city: text(60),
    district: text(60),
    contactName: text(60),
    contactPhone: text(40),
    workersFemale: headcount,
    workersMale: headcount,
  })
  .strict()
  .refine(hasEnterpriseName, { path: ['nameZh'], message: 'a Chinese or an English name is needed' });
export type EnterpriseInput = z.infer<typeof enterpriseInput>;

/** An enterprise nobody has described yet: the new-enterprise form starts here, and a roster import fills in a name. */
export const BLANK_ENTERPRISE: Readonly<EnterpriseInput> = {
  nameZh: '',
  nameEn: '',
  sector: 'other',
  sizeBand: '',
  city: '',
  district: '',
  contactName: '',
  contactPhone: '',
  workersFemale: 0,
  workersMale: 0,
};

export interface Enterprise extends EnterpriseInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface EnterpriseSummary extends Enterprise {
  participantCount: number;
}

/** The two names of an enterprise, enough to show it anywhere. */
export interface EnterpriseName {
  id: string;
  nameZh: string;
  nameEn: string;
}

/** The name to show in the given UI language, falling back to the other one. */
export function enterpriseLabel(enterprise: Pick<EnterpriseName, 'nameZh' | 'nameEn'> | null | undefined, language: string): string {
  if (!enterprise) return '';
  return language.startsWith('zh') ? enterprise.nameZh || enterprise.nameEn : enterprise.nameEn || enterprise.nameZh;
}

export const participantInput = z
  .object({
    name: text(100).min(1),
    gender: z.enum(GENDERS),
    enterpriseId: recordId.nullable(),
    role: z.enum(ROLES),
    /** The job title exactly as the enterprise wrote it (质检员, 叉车司机); the role is derived from it. */
    jobTitle: text(60).default(''),
    department: text(60),
    phone: text(40),
  })
  .strict();
export type ParticipantInput = z.infer<typeof participantInput>;

export interface Participant extends ParticipantInput {
  id: string;
  enterprise: EnterpriseName | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * What a search returns: enough to pick the right person, and no phone number, so that the same shape can be
 * shown to trainees (the learner profile picker) as well as to the trainer.
 */
export interface ParticipantSummary {
  id: string;
  name: string;
  gender: Gender;
  role: Role;
  enterprise: EnterpriseName | null;
}

export interface ParticipantPage {
  total: number;
  offset: number;
  rows: Participant[];
}

/**
 * An existing participant that looks like the one being added: the same phone, or the same name in the same
 * enterprise unless both have phones and they differ.
 */
export interface DuplicateMatch {
  id: string;
  name: string;
  enterprise: EnterpriseName | null;
  reason: 'name' | 'phone';
}
