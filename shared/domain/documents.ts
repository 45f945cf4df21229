/**
 * The printable documents besides certificates, as plain data the PDF builders take. The core fills them from
 * the repositories; the builders know nothing of the database.
 */
import { z } from 'zod';
import type { LocalizedText } from '../content/pack';
import type { Language } from './app';
import type { Gender } from './people';
import type { AttendanceStatus, Half } from './workshops';

export interface SignInSheetData {
  language: Language;
  moduleTitle: LocalizedText;
  workshopTitle: string;
  session: { date: string; half: Half };
  venue: string;
  trainers: string[];
  participants: Array<{ name: string; enterprise: string; position: string; gender: Gender; phone: string }>;
  /** Empty numbered rows after the enrolled participants, for walk-ins. */
  blankRows: number;
}

export interface AttendanceReportData {
  language: Language;
  moduleTitle: LocalizedText;
  workshopTitle: string;
  venue: string;
  trainers: string[];
  startDate: string;
  endDate: string;
  sessions: Array<{ id: string; date: string; half: Half }>;
  participants: Array<{ id: string; name: string; enterprise: string; gender: Gender }>;
  /** participantId -> sessionId -> status; a missing entry is not marked. */
  marks: Record<string, Record<string, AttendanceStatus>>;
  generatedOn: string;
}

export interface TranscriptData {
  language: Language;
  participant: { name: string; enterprise: string; position: string };
  generatedOn: string;
  modules: Array<{
    title: LocalizedText;
    lessonsDone: number;
    lessonsTotal: number;
    minutes: number;
    /** Best finished tests, in percent (see test-score.ts); null when not taken. */
    preTest: number | null;
    postTest: number | null;
    postTestPassed: boolean;
  }>;
  workshops: Array<{
    title: string;
    moduleTitle: LocalizedText;
    startDate: string;
    endDate: string;
    attended: number;
    sessions: number;
    certificateNumber: string | null;
  }>;
}

/** The languages a document can be printed in; `bilingual` sets both, Chinese first. */
export const documentLanguage = z.enum(['en', 'zh-CN', 'bilingual']);
export type DocumentLanguage = z.infer<typeof documentLanguage>;

export const PAPER_TEST_PARTS = ['paper', 'answer-sheet', 'answer-key'] as const;
export type PaperTestPart = (typeof PAPER_TEST_PARTS)[number];
