import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { Core } from '../../../electron/core/core';
import { BUNDLED_CONTENT, contextFor, insertParticipant } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

/** A core whose clock the test moves by hand, so lockouts are crossed without waiting. */
function openWithClock(dataDir: string, clock: { now: number }): Core {
  return Core.open({ dataDir, runtime: 'browser', version: '0.0.0-test', contentDir: BUNDLED_CONTENT, clock: () => clock.now });
}

async function guessWrong(core: Core, times: number): Promise<void> {
  for (let i = 0; i < times; i++) await dispatch('unlockTrainer', { pin: '0000' }, contextFor(core));
}

const unlock = (core: Core, pin = '2468') => dispatch('unlockTrainer', { pin }, contextFor(core));

describe('PIN lockout', () => {
  it('survives closing and reopening the app', async () => {
    const dir = tempDir();
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const core = openWithClock(dir, clock);
    await dispatch('createTrainerPin', { pin: '2468' }, contextFor(core));
    await guessWrong(core, 5);
    core.close();
    const reopened = openWithClock(dir, clock);
    try {
      expect(await unlock(reopened)).toEqual({ ok: false, error: { code: 'PIN_TOO_MANY_TRIES', seconds: 60, minutes: 1 } });
    } finally {
      reopened.close();
    }
  });

  it('grows with each round (1 min, 5 min, 30 min, then 2 h) and lets the right PIN in once each ends', async () => {
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const core = openWithClock(tempDir(), clock);
    try {
      await dispatch('createTrainerPin', { pin: '2468' }, contextFor(core));
      const rounds: unknown[] = [];
      for (const minutes of [1, 5, 30, 120, 120]) {
        await guessWrong(core, 5);
        rounds.push(await unlock(core));
        clock.now += minutes * 60_000 - 1000;
        expect(await unlock(core)).toMatchObject({ ok: false, error: { code: 'PIN_TOO_MANY_TRIES', seconds: 1 } });
        clock.now += 1000;
      }
      expect(rounds).toEqual([1, 5, 30, 120, 120].map((minutes) => ({ ok: false, error: { code: 'PIN_TOO_MANY_TRIES', seconds: minutes * 60, minutes } })));
      expect(await unlock(core)).toMatchObject({ ok: true, value: { trainerUnlocked: true } });
      // The right PIN cleared the rounds: the next five wrong ones cost a minute again.
      await guessWrong(core, 5);
      expect(await unlock(core)).toMatchObject({ ok: false, error: { seconds: 60 } });
    } finally {
      core.close();
    }
    // About forty PIN checks, each a deliberately slow scrypt: on a busy two-core machine that outlasts the default.
  }, 120_000);

  it('never refuses for longer than the longest round when the clock is set back', async () => {
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const core = openWithClock(tempDir(), clock);
    try {
      await dispatch('createTrainerPin', { pin: '2468' }, contextFor(core));
      await guessWrong(core, 5);
      clock.now -= 365 * 24 * 3_600_000;
      expect(await unlock(core)).toMatchObject({ ok: false, error: { seconds: 7200 } });
    } finally {
      core.close();
    }
  });
});

describe('recovery code', () => {
  it('is shown once at PIN creation, stored only hashed, and sets a new PIN while locked out without losing data', async () => {
    const clock = { now: Date.UTC(2026, 0, 5, 9) };
    const core = openWithClock(tempDir(), clock);
    try {
      const created = await dispatch('createTrainerPin', { pin: '2468' }, contextFor(core));
      expect(created).toMatchObject({ ok: true, value: { state: { pinSet: true, trainerUnlocked: true } } });
      const code = (created as { value: { recoveryCode: string } }).value.recoveryCode;
      expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}$/);
      const stored = core.settings.get('trainer_recovery_hash')!;
      expect(stored).toMatch(/^scrypt\$/);
      expect(stored).not.toContain(code.replaceAll('-', ''));
      insertParticipant(core, '王芳');
      await guessWrong(core, 5);

      const stranger = contextFor(core);
      expect(await dispatch('resetTrainerPin', { recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF', newPin: '1357' }, stranger)).toEqual({ ok: false, error: { code: 'RECOVERY_CODE_WRONG' } });
      // Typed in lower case with spaces, as someone copying from paper might.
      const reset = await dispatch('resetTrainerPin', { recoveryCode: code.toLowerCase().replaceAll('-', ' '), newPin: '1357' }, stranger);
      expect(reset).toMatchObject({ ok: true, value: { state: { trainerUnlocked: true } } });
      const fresh = (reset as { value: { recoveryCode: string } }).value.recoveryCode;
      expect(fresh).not.toBe(code);
      expect(await unlock(core, '1357')).toMatchObject({ ok: true });
      expect(await dispatch('resetTrainerPin', { recoveryCode: code, newPin: '9999' }, contextFor(core))).toEqual({ ok: false, error: { code: 'RECOVERY_CODE_WRONG' } });
      expect(await dispatch('resetTrainerPin', { recoveryCode: fresh, newPin: '9999' }, contextFor(core))).toMatchObject({ ok: true });
      expect(core.participants.count()).toBe(1);
    } finally {
      core.close();
    }
  });

  it('can be renewed by an unlocked trainer, and the old one stops working', async () => {
    const core = openWithClock(tempDir(), { now: Date.UTC(2026, 0, 5, 9) });
    try {
      const trainer = contextFor(core);
      const created = (await dispatch('createTrainerPin', { pin: '2468' }, trainer)) as { value: { recoveryCode: string } };
      expect(await dispatch('renewRecoveryCode', {}, contextFor(core))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
      const renewed = (await dispatch('renewRecoveryCode', {}, trainer)) as { ok: true; value: { recoveryCode: string } };
      expect(await dispatch('resetTrainerPin', { recoveryCode: created.value.recoveryCode, newPin: '1357' }, contextFor(core))).toMatchObject({ ok: false, error: { code: 'RECOVERY_CODE_WRONG' } });
      expect(await dispatch('resetTrainerPin', { recoveryCode: renewed.value.recoveryCode, newPin: '1357' }, contextFor(core))).toMatchObject({ ok: true });
    } finally {
      core.close();
    }
  });
});
