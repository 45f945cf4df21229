import { expect, test } from './fixtures';

const SHOTS = '/tmp/h10-shots';

for (const language of ['en', 'zh-CN'] as const) {
  const text =
    language === 'en'
      ? { continue: 'Continue', newPin: 'New trainer PIN', again: 'Type the PIN again', save: 'Save PIN', done: 'I have written it down', trainer: 'Trainer', pin: 'Trainer PIN', unlock: 'Unlock', tooMany: 'Too many wrong PINs. Try again in 1 min', forgot: 'Forgot the PIN?', skip: 'I am a trainee: skip for now', code: 'Recovery code', newPin2: 'New PIN', again2: 'Type the new PIN again', reset: 'Set new PIN', wrongCode: 'That recovery code is not correct', settings: 'Settings', renew: 'Make a new recovery code' }
      : { continue: '继续', newPin: '新的培训师密码', again: '再输入一次密码', save: '保存密码', done: '我已经抄好了', trainer: '培训师', pin: '培训师密码', unlock: '解锁', tooMany: '密码输错次数太多，请 1 分钟后再试', forgot: '忘记密码？', skip: '我是学员，先跳过', code: '恢复码', newPin2: '新密码', again2: '再输入一次新密码', reset: '设置新密码', wrongCode: '恢复码不正确', settings: '设置', renew: '生成新的恢复码' };

  test(`${language}: the recovery code shown at PIN creation unlocks a trainer locked out after a restart`, async ({ page, app }) => {
    await page.goto(app.url);
    if (language === 'zh-CN') await page.getByRole('radio', { name: '简体中文' }).check();
    await page.getByRole('button', { name: text.continue }).click();
    await page.getByLabel(text.newPin).fill('2468');
    await page.getByLabel(text.again).fill('2468');
    await page.getByRole('button', { name: text.save }).click();
    const code = (await page.getByTestId('recovery-code').textContent())!;
    expect(code).toMatch(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    // While the code shows, the first-run screen offers nothing else to click past it.
    await expect(page.getByRole('button', { name: text.skip })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/recovery-code-${language}.png`, fullPage: true });
    await page.getByRole('button', { name: text.done }).click();
    await expect(page.getByRole('heading', { name: text.trainer, exact: true })).toBeVisible();

    // A restart no longer resets the count of wrong PINs.
    await app.restart();
    await page.goto(`${app.url}#/trainer`);
    for (let i = 0; i < 4; i++) {
      await page.getByLabel(text.pin).fill('0000');
      await page.getByRole('button', { name: text.unlock }).click();
      await expect(page.getByLabel(text.pin)).toHaveValue('');
    }
    await app.restart();
    await page.goto(`${app.url}#/trainer`);
    for (let i = 0; i < 2; i++) {
      await page.getByLabel(text.pin).fill(i === 0 ? '0000' : '2468');
      await page.getByRole('button', { name: text.unlock }).click();
      await expect(page.getByLabel(text.pin)).toHaveValue('');
    }
    await expect(page.getByRole('alert')).toContainText(text.tooMany);
    await page.screenshot({ path: `${SHOTS}/pin-locked-${language}.png`, fullPage: true });

    await page.getByRole('button', { name: text.forgot }).click();
    await page.getByLabel(text.code).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
    await page.getByLabel(text.newPin2, { exact: true }).fill('1357');
    await page.getByLabel(text.again2).fill('1357');
    await page.getByRole('button', { name: text.reset }).click();
    await expect(page.getByRole('alert')).toContainText(text.wrongCode);
    await page.screenshot({ path: `${SHOTS}/pin-reset-${language}.png`, fullPage: true });
    await page.getByLabel(text.code).fill(code.toLowerCase());
    await page.getByRole('button', { name: text.reset }).click();
    const fresh = page.getByTestId('recovery-code');
    await expect(fresh).toHaveText(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    expect(await fresh.textContent()).not.toBe(code);
    await page.getByRole('button', { name: text.done }).click();
    await expect(page.getByRole('heading', { name: text.trainer, exact: true })).toBeVisible();

    // A trainer who lost the paper makes a new code in Settings.
    await page.getByRole('link', { name: text.settings }).click();
    await page.getByRole('button', { name: text.renew }).click();
    const renewed = page.getByTestId('recovery-code');
    await expect(renewed).toHaveText(/^([0-9A-Z]{4}-){5}[0-9A-Z]{4}$/);
    await page.screenshot({ path: `${SHOTS}/recovery-renew-${language}.png`, fullPage: true });
    await page.getByRole('button', { name: text.done }).click();
    await expect(page.getByRole('button', { name: text.renew })).toBeVisible();
  });
}
