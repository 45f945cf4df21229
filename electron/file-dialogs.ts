import { dialog, type BrowserWindow, type IpcMain } from 'electron';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FileBytes } from '../shared/api/bridge';
import { isAppUrl } from './security';

const MAX_OPEN_BYTES = 256 * 1024 * 1024;

/** Native dialogs: the user picks every path; the page only ever sends or receives bytes and a file name. */
export function registerFileDialogs(ipcMain: IpcMain, window: () => BrowserWindow | undefined): void {
  const trusted = (url: string | undefined) => url !== undefined && isAppUrl(url);

  ipcMain.handle('platform:saveFile', async (event, file: FileBytes) => {
    const win = window();
    if (!win || !trusted(event.senderFrame?.url)) return { saved: false };
    const result = await dialog.showSaveDialog(win, { defaultPath: basename(file.name) });
    if (result.canceled || !result.filePath) return { saved: false };
    await writeAtomically(result.filePath, file.bytes);
    return { saved: true };
  });

  ipcMain.handle('platform:saveFiles', async (event, files: FileBytes[]) => {
    const win = window();
    if (!win || !trusted(event.senderFrame?.url)) return { saved: 0 };
    const result = await dialog.showOpenDialog(win, { properties: ['openDirectory', 'createDirectory'] });
    const folder = result.filePaths[0];
    if (result.canceled || !folder) return { saved: 0 };
    for (const file of files) await writeAtomically(join(folder, basename(file.name)), file.bytes);
    return { saved: files.length };
  });

  ipcMain.handle('platform:openFile', async (event, accept: string[]) => {
    const win = window();
    if (!win || !trusted(event.senderFrame?.url)) return null;
    const extensions = accept.map((ext) => ext.replace(/^\./, ''));
    const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: extensions.join(', '), extensions }] });
    const path = result.filePaths[0];
    if (result.canceled || !path) return null;
    const bytes = await readFile(path);
    if (bytes.length > MAX_OPEN_BYTES) return null;
    return { name: basename(path), bytes: new Uint8Array(bytes) };
  });
}

/** A crash mid-write never leaves a half-written file under the real name. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.partial`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
}
