import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/domain/app';
import { watchWindowFailures } from '../../../electron/window-failures';
import { useTempDir } from '../helpers/temp-dir';

const tempDir = useTempDir();

/** A window's event source as Electron's WebContents emits it, with the log and dialogs it produced. */
function watchedWindow(language: Language = 'en') {
  const contents = new EventEmitter();
  const logFile = join(tempDir(), 'logs', 'desktop.log');
  const dialogs: { title: string; message: string }[] = [];
  watchWindowFailures(contents, { logFile, language: () => language, showError: (title, message) => void dialogs.push({ title, message }) });
  const log = () => readFileSync(logFile, 'utf8');
  return { contents, logFile, dialogs, log };
}

describe('watchWindowFailures', () => {
  it('logs a preload error and explains it in a dialog naming the log file', () => {
    const { contents, logFile, dialogs, log } = watchedWindow();
    contents.emit('preload-error', {}, '/app/dist-electron/preload.cjs', new ReferenceError('__filename is not defined'));
    expect(log()).toMatch(/preload-error .*preload\.cjs.*__filename is not defined/);
    expect(dialogs).toEqual([{ title: 'SCORE Trainer Toolkit', message: expect.stringContaining('could not connect to the toolkit') as string }]);
    expect(dialogs[0]!.message).toContain(logFile);
  });

  it('explains a crashed renderer in Chinese when the trainer works in Chinese', () => {
    const { contents, dialogs, log } = watchedWindow('zh-CN');
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    expect(log()).toContain('"reason":"crashed"');
    expect(dialogs[0]!.title).toBe('SCORE 培训师工具箱');
    expect(dialogs[0]!.message).toContain('窗口意外停止运行（crashed）');
  });

  it('reports a main-frame load failure, but not an aborted load, a subframe or a clean exit', () => {
    const { contents, dialogs, log } = watchedWindow();
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://score/index.html', true);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://score/frame.html', false);
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(dialogs).toEqual([]);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://score/index.html', true);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]!.message).toContain('could not load its pages (ERR_FILE_NOT_FOUND)');
    expect(log()).toContain('"url":"app://score/index.html"');
  });
});
