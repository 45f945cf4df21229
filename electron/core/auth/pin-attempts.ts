import { AppError } from '../../../shared/api/result';

const FREE_TRIES = 5;
const LOCKOUT_MS = 60_000;

/** After five wrong PINs in a row, further tries wait a minute, so a PIN cannot be guessed at the keyboard. */
export class PinAttempts {
  private failures = 0;
  private blockedUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  assertAllowed(): void {
    const wait = this.blockedUntil - this.now();
    if (wait > 0) throw new AppError('PIN_TOO_MANY_TRIES', { seconds: Math.ceil(wait / 1000) });
  }

  recordFailure(): void {
    this.failures++;
    if (this.failures >= FREE_TRIES) {
      this.blockedUntil = this.now() + LOCKOUT_MS;
      this.failures = 0;
    }
  }

  recordSuccess(): void {
    this.failures = 0;
  }
}
