/**
 * The only bridge between the page and the main process: one named function per contract operation, plus the
 * file dialogs. ipcRenderer itself is never exposed. It imports nothing that carries zod (only names and types),
 * since Electron's sandbox runs it as one small self-contained script.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../shared/api/operation-names';
import { API_CHANNEL_PREFIX, type BridgeApi, type PlatformBridge } from '../shared/api/bridge';

const api = Object.fromEntries(
  OPERATION_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(`${API_CHANNEL_PREFIX}${name}`, input)]),
) as BridgeApi;

const platform = {
  runtime: 'electron',
  saveFile: (file) => ipcRenderer.invoke('platform:saveFile', file),
  saveFiles: (files) => ipcRenderer.invoke('platform:saveFiles', files),
  openFile: (accept) => ipcRenderer.invoke('platform:openFile', accept),
  openFolder: () => ipcRenderer.invoke('platform:openFolder'),
} satisfies PlatformBridge;

contextBridge.exposeInMainWorld('scoreApi', api);
contextBridge.exposeInMainWorld('scorePlatform', platform);
