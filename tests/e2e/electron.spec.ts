import { _electron as electron, expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BridgeApi } from '../../shared/api/bridge';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const binary = electronBinary();

test('the desktop window opens, the preload API answers and a row reaches the database', async () => {
  test.skip(!binary, "Electron's binary is not installed here (it cannot be downloaded offline); browser-mode tests cover the UI.");
  const dataDir = mkdtempSync(join(tmpdir(), 'score-electron-'));
  try {
    const app = await electron.launch({
      executablePath: binary,
      args: [resolve(import.meta.dirname, '../..')],
      env: { ...process.env, SCORE_DATA_DIR: dataDir },
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: /Welcome|欢迎使用/ })).toBeVisible();
    const result = await page.evaluate(() => (globalThis as unknown as { scoreApi: BridgeApi }).scoreApi.setLanguage({ language: 'zh-CN' }));
    expect(result).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
    expect(await page.evaluate(() => typeof (globalThis as unknown as { require?: unknown }).require)).toBe('undefined');
    await app.close();
    const db = new Database(join(dataDir, 'score.sqlite'), { readonly: true });
    expect(db.prepare("SELECT value FROM settings WHERE key = 'language'").get()).toEqual({ value: 'zh-CN' });
    db.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
