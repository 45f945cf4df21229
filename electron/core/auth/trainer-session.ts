/** A trainer who walks away is locked out again after this much inactivity. */
export const TRAINER_IDLE_MS = 30 * 60 * 1000;

/**
 * The trainer unlock belongs to one client (one window, or one browser page), never to the whole
 * installation, so a trainee on another tab cannot ride on it.
 */
export class ClientSession {
  private trainerUntil = 0;

  constructor(private readonly now: () => number = Date.now) {}

  unlockTrainer(): void {
    this.trainerUntil = this.now() + TRAINER_IDLE_MS;
  }

  lockTrainer(): void {
    this.trainerUntil = 0;
  }

  /** True while unlocked; each trainer call extends the unlock. */
  touchTrainer(): boolean {
    if (this.now() >= this.trainerUntil) return false;
    this.trainerUntil = this.now() + TRAINER_IDLE_MS;
    return true;
  }

  /** When the unlock runs out if nothing touches it (milliseconds since the epoch; 0 when locked). */
  get unlockedUntil(): number {
    return this.trainerUntil;
  }

  get trainerUnlocked(): boolean {
    return this.now() < this.trainerUntil;
  }
}
