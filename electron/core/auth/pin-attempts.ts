import { AppError } from '../../../shared/api/result';
import type { PinLockoutRepository } from './pin-lockout-repository';

const FREE_TRIES = 5;
/** Each lockout in a row lasts longer; the last length repeats. Five guesses per round of 2 h puts all 10,000 four-digit PINs months away. */
export const LOCKOUT_ROUNDS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000] as const;
const LONGEST_LOCKOUT_MS = LOCKOUT_ROUNDS_MS.at(-1)!;

/**
 * Wrong PINs are counted in the database, so a restart does not reset them. After five in a row the PIN is refused
 * for a while, longer each round (1 min, 5 min, 30 min, then 2 h). Once a lockout ends the right PIN always works,
 * and it clears the count.
 */
export class PinAttempts {
  constructor(
    private readonly lockout: PinLockoutRepository,
    private readonly now: () => number,
  ) {}

  assertAllowed(): void {
    const { lockedUntil } = this.lockout.read();
    // A clock set backwards must not stretch a lockout past its longest length.
    const wait = Math.min(lockedUntil - this.now(), LONGEST_LOCKOUT_MS);
    if (wait > 0) throw new AppError('PIN_TOO_MANY_TRIES', { seconds: Math.ceil(wait / 1000), minutes: Math.ceil(wait / 60_000) });
  }

  recordFailure(): void {
    this.lockout.update((row) => {
      const failures = row.failures + 1;
      if (failures < FREE_TRIES) return { ...row, failures };
      const length = LOCKOUT_ROUNDS_MS[Math.min(row.rounds, LOCKOUT_ROUNDS_MS.length - 1)]!;
      return { failures: 0, rounds: row.rounds + 1, lockedUntil: this.now() + length };
    });
  }

  recordSuccess(): void {
    this.lockout.clear();
  }
}
