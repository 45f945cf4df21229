/**
 * The only bridge between the page and the main process: one named function per contract operation, the core's
 * events, and the file dialogs. ipcRenderer itself is never exposed. It imports nothing that carries zod (only names and types),
 * since Electron's sandbox runs it as one small self-contained script.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { OPERATION_NAMES } from '../shared/api/operation-names';
import { API_CHANNEL_PREFIX, type BridgeApi, type EventBridge, type PlatformBridge } from '../shared/api/bridge';
import { EVENT_CHANNEL, type AppEvent } from '../shared/api/events';

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

const events = {
  subscribe: (listener) => {
    const forward = (_event: unknown, event: AppEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(EVENT_CHANNEL, forward);
  },
} satisfies EventBridge;

contextBridge.exposeInMainWorld('scoreApi', api);
contextBridge.exposeInMainWorld('scoreEvents', events);
contextBridge.exposeInMainWorld('scorePlatform', platform);
