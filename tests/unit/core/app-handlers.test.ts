import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/api';
import { ClientSession } from '../../../electron/core/auth/trainer-session';
import { closeCoresAfterEach, contextFor, openTestCore } from '../helpers/core';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();
closeCoresAfterEach();

describe('app operations through the dispatcher', () => {
  it('remembers the language in the database across reopening', async () => {
    const dir = tempDir();
    const core = openTestCore(dir);
    expect(await dispatch('getAppState', {}, contextFor(core))).toEqual({ ok: true, value: { language: null, pinSet: false, trainerUnlocked: false } });
    await dispatch('setLanguage', { language: 'zh-CN' }, contextFor(core));
    core.close();
    const reopened = openTestCore(dir);
    const state = await dispatch('getAppState', {}, contextFor(reopened));
    expect(state).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
    reopened.close();
  });

  it('rejects invalid input with the field that failed', async () => {
    const core = openTestCore(tempDir());
    expect(await dispatch('setLanguage', { language: 'fr' }, contextFor(core))).toEqual({ ok: false, error: { code: 'INVALID_INPUT', fields: ['language'] } });
    expect(await dispatch('setLanguage', { language: 'en', extra: 1 }, contextFor(core))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('dropTables', {}, contextFor(core))).toEqual({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('sets the PIN once, stores only a salted scrypt hash, and unlocks only the session that entered it', async () => {
    const core = openTestCore(tempDir());
    const trainer = new ClientSession();
    const trainee = new ClientSession();
    expect(await dispatch('createTrainerPin', { pin: '2468' }, contextFor(core, trainer))).toMatchObject({ ok: true, value: { state: { pinSet: true, trainerUnlocked: true } } });
    expect(await dispatch('createTrainerPin', { pin: '1111' }, contextFor(core, trainee))).toEqual({ ok: false, error: { code: 'PIN_ALREADY_SET' } });
    const stored = core.settings.get('trainer_pin_hash')!;
    expect(stored).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(stored).not.toContain('2468');
    expect(await dispatch('changeTrainerPin', { currentPin: '2468', newPin: '1357' }, contextFor(core, trainee))).toEqual({ ok: false, error: { code: 'TRAINER_LOCKED' } });
    expect(await dispatch('unlockTrainer', { pin: '0000' }, contextFor(core, trainee))).toEqual({ ok: false, error: { code: 'PIN_WRONG' } });
    expect(await dispatch('unlockTrainer', { pin: '2468' }, contextFor(core, trainee))).toMatchObject({ ok: true, value: { trainerUnlocked: true } });
    expect(await dispatch('changeTrainerPin', { currentPin: '2468', newPin: '1357' }, contextFor(core, trainee))).toMatchObject({ ok: true });
    await dispatch('lockTrainer', {}, contextFor(core, trainee));
    expect(await dispatch('unlockTrainer', { pin: '2468' }, contextFor(core, trainee))).toEqual({ ok: false, error: { code: 'PIN_WRONG' } });
  });

  it('slows down guessing after five wrong PINs', async () => {
    const core = openTestCore(tempDir());
    await dispatch('createTrainerPin', { pin: '2468' }, contextFor(core));
    const guesser = contextFor(core);
    for (let i = 0; i < 5; i++) await dispatch('unlockTrainer', { pin: `000${i}` }, guesser);
    const blocked = await dispatch('unlockTrainer', { pin: '2468' }, guesser);
    expect(blocked).toMatchObject({ ok: false, error: { code: 'PIN_TOO_MANY_TRIES' } });
  });
});

describe('ClientSession', () => {
  it('locks the trainer area again after 30 idle minutes', () => {
    let now = 0;
    const session = new ClientSession(() => now);
    session.unlockTrainer();
    now += 29 * 60_000;
    expect(session.touchTrainer()).toBe(true);
    now += 31 * 60_000;
    expect(session.touchTrainer()).toBe(false);
  });
});
