import { initialSchema } from './0001-initial';
import { participantSearch } from './0002-participant-search';
import { certificatesSchema } from './0003-certificates';
import { facilitatorNotes } from './0004-facilitator-notes';
import { jobTitles } from './0005-job-titles';
import { pinLockout } from './0006-pin-lockout';
import { certificateLifetime } from './0007-certificate-lifetime';
import { factoryFollowUp } from './0009-factory-follow-up';
import type { Migration } from './migration';

/** In version order; the last one is the schema this app writes. */
export const MIGRATIONS: readonly Migration[] = [initialSchema, participantSearch, certificatesSchema, facilitatorNotes, jobTitles, pinLockout, certificateLifetime, factoryFollowUp];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
