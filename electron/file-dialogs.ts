import { dialog, type BrowserWindow, type IpcMain } from 'electron';
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
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

  ipcMain.handle('platform:openFolder', async (event) => {
    const win = window();
    if (!win || !trusted(event.senderFrame?.url)) return null;
    const result = await dialog.showOpenDialog(win, { properties: ['openDirectory'] });
    const folder = result.filePaths[0];
    return result.canceled || !folder ? null : readFolder(folder);
  });

  ipcMain.handle('platform:openFile', async (event, accept: string[]) => {
    const win = window();
    if (!win || !trusted(event.senderFrame?.url)) return null;
    const extensions = accept.map((ext) => ext.replace(/^\./, ''));
    const result = await dialog.showOpenDialog(win, { properties: ['openFile'], filters: [{ name: extensions.join(', '), extensions }] });
    const path = result.filePaths[0];
    if (result.canceled || !path) return null;
    if ((await stat(path)).size > MAX_OPEN_BYTES) return null;
    return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  });
}

const MAX_FOLDER_FILES = 2000;

/** Reads a folder's files (no links, no hidden files) with paths relative to it; null when it is too large. */
async function readFolder(root: string): Promise<FileBytes[] | null> {
  const files: FileBytes[] = [];
  let total = 0;
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('.')) continue;
    const full = join(entry.parentPath, entry.name);
    const bytes = await readFile(full);
    total += bytes.length;
    if (files.length >= MAX_FOLDER_FILES || total > MAX_OPEN_BYTES) return null;
    files.push({ name: relative(root, full).split(sep).join('/'), bytes: new Uint8Array(bytes) });
  }
  return files;
}

/** A crash mid-write never leaves a half-written file under the real name. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${path}.partial`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (error) {
    // Typically the target is open in a PDF viewer on Windows; leave no .partial file behind.
    await rm(temporary, { force: true });
    throw error;
  }
}
