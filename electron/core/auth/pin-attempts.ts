import { AppError } from '../../../shared/api/result';
import type { Db } from '../db/open-database';

const FREE_TRIES = 5;
/** Each lockout in a row lasts longer; the last length repeats. Five guesses per round of 2 h puts all 10,000 four-digit PINs months away. */
export const LOCKOUT_ROUNDS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const;
const LONGEST_LOCKOUT_MS = LOCKOUT_ROUNDS_MS.at(-1)!;

interface LockoutRow {
  failures: number;
  rounds: number;
  lockedUntil: number;
}

const NONE: LockoutRow = { failures: 0, rounds: 0, lockedUntil: 0 };

/**
 * Wrong PINs are counted in the database, so a restart does not reset them. After five in a row the PIN is refused
 * for a while, longer each round (1 min, 5 min, 30 min, then 2 h). Once a lockout ends the right PIN always works,
 * and it clears the count.
 */
export class PinAttempts {
  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {}

  assertAllowed(): void {
    const { lockedUntil } = this.read();
    // A clock set backwards must not stretch a lockout past its longest length.
    const wait = Math.min(lockedUntil - this.now(), LONGEST_LOCKOUT_MS);
    if (wait > 0) throw new AppError('PIN_TOO_MANY_TRIES', { seconds: Math.ceil(wait / 1000), minutes: Math.ceil(wait / 60_000) });
  }

  recordFailure(): void {
    this.db.transaction(() => {
      const row = this.read();
      const failures = row.failures + 1;
      if (failures < FREE_TRIES) return this.write({ ...row, failures });
      const length = LOCKOUT_ROUNDS_MS[Math.min(row.rounds, LOCKOUT_ROUNDS_MS.length - 1)]!;
      this.write({ failures: 0, rounds: row.rounds + 1, lockedUntil: this.now() + length });
    })();
  }

  recordSuccess(): void {
    this.write(NONE);
  }

  private read(): LockoutRow {
    const row = this.db.prepare('SELECT failures, rounds, locked_until AS lockedUntil FROM pin_lockout WHERE id = 1').get() as LockoutRow | undefined;
    return row ?? NONE;
  }

  private write({ failures, rounds, lockedUntil }: LockoutRow): void {
    this.db
      .prepare(
        `INSERT INTO pin_lockout (id, failures, rounds, locked_until) VALUES (1, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET failures = excluded.failures, rounds = excluded.rounds, locked_until = excluded.locked_until`,
      )
      .run(failures, rounds, lockedUntil);
  }
}
