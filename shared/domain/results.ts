/**
 * Pre- and post-test results of a workshop: per participant, and averaged per enterprise and per gender, with the
 * knowledge gain (post minus pre). Percentages are 0–100.
 */
import type { EnterpriseName, Gender } from './people';
import type { PresentedQuestion } from './learning';

export const TEST_KINDS = ['pre', 'post'] as const;
export type TestKind = (typeof TEST_KINDS)[number];

export interface TestScore {
  attemptId: string;
  percent: number;
  passed: boolean | null;
  entry: 'screen' | 'paper';
  finishedAt: string;
}

export interface ParticipantResult {
  participantId: string;
  name: string;
  gender: Gender;
  enterprise: EnterpriseName | null;
  /** The first pre-test taken in this workshop: the starting point. */
  pre: TestScore | null;
  /** The best post-test (the one certificates look at). */
  post: TestScore | null;
  /** post − pre in percentage points, when both exist. */
  gain: number | null;
}

export interface GroupResult {
  people: number;
  preTaken: number;
  postTaken: number;
  /** Averages over those who took each test. */
  preAverage: number | null;
  postAverage: number | null;
  /** Average of (post − pre) over those who took both, in percentage points. */
  gain: number | null;
  paired: number;
  postPassed: number;
}

export interface WorkshopResults {
  workshopId: string;
  moduleId: string;
  passMark: number;
  participants: ParticipantResult[];
  overall: GroupResult;
  byEnterprise: Array<GroupResult & { enterprise: EnterpriseName | null }>;
  byGender: Array<GroupResult & { gender: Gender }>;
}

/** The workshop's test as printed on paper: the same questions, order and option letters for everyone. */
export interface PaperTest {
  kind: TestKind;
  passMark: number;
  questions: PresentedQuestion[];
}
