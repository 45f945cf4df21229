import type { Migration } from './migration';

/**
 * The PIN lockout lives in the database, so closing and reopening the app does not hand out fresh guesses.
 * One row: wrong PINs in the current round, how many lockouts have happened in a row, and until when (ms since
 * the epoch) the PIN is refused.
 */
export const pinLockout: Migration = {
  version: 6,
  name: 'pin-lockout',
  up(db) {
    db.exec(`
      CREATE TABLE pin_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        failures INTEGER NOT NULL,
        rounds INTEGER NOT NULL,
        locked_until INTEGER NOT NULL
      ) STRICT;
    `);
  },
};
