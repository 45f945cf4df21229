import type { Db } from '../db/open-database';

export interface PinLockout {
  /** Wrong PINs in the current round. */
  failures: number;
  /** Lockouts in a row. */
  rounds: number;
  /** Until when (ms since the epoch) the PIN is refused. */
  lockedUntil: number;
}

const NONE: PinLockout = { failures: 0, rounds: 0, lockedUntil: 0 };

/** The one row of PIN lockout state (see auth/pin-attempts.ts for the rules). */
export class PinLockoutRepository {
  constructor(private readonly db: Db) {}

  read(): PinLockout {
    const row = this.db.prepare('SELECT failures, rounds, locked_until AS lockedUntil FROM pin_lockout WHERE id = 1').get() as PinLockout | undefined;
    return row ?? NONE;
  }

  write({ failures, rounds, lockedUntil }: PinLockout): void {
    this.db
      .prepare(
        `INSERT INTO pin_lockout (id, failures, rounds, locked_until) VALUES (1, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET failures = excluded.failures, rounds = excluded.rounds, locked_until = excluded.locked_until`,
      )
      .run(failures, rounds, lockedUntil);
  }

  clear(): void {
    this.write(NONE);
  }

  /** Reads, then writes what `next` makes of it, in one transaction (two windows must not both count one guess). */
  update(next: (current: PinLockout) => PinLockout): void {
    this.db.transaction(() => this.write(next(this.read())))();
  }
}
