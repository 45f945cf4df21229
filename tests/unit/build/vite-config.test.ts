import { resolve } from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('vite.config.ts', () => {
  // Vite warns on every `npm start`/`npm run serve` when the config would not load with its future native loader.
  it('loads without a warning, so builds print none', async () => {
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = (message) => void warnings.push(message);
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(ROOT, 'vite.config.ts'), ROOT, 'warn', logger);
    expect(loaded?.config.root).toBe('renderer');
    expect(warnings).toEqual([]);
  });
});
