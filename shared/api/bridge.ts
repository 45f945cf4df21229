import type { InputOf, OperationName, OutputOf } from './contract';
import type { AppEvent } from './events';
import type { ApiResult } from './result';

/** IPC channel of an operation: the prefix, then the operation's name. */
export const API_CHANNEL_PREFIX = 'api:';

/** What the Electron preload puts on `window.scoreApi`: each operation answers with an ApiResult. */
export type BridgeApi = { [K in OperationName]: (input: InputOf<K>) => Promise<ApiResult<OutputOf<K>>> };

/** What the Electron preload puts on `window.scoreEvents`: the core's events for this window. */
export interface EventBridge {
  subscribe(listener: (event: AppEvent) => void): () => void;
}

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/**
 * File handling differs by runtime: native dialogs in Electron, downloads and <input type=file> in a browser.
 * The page never sees or chooses a path.
 */
export interface PlatformBridge {
  runtime: 'electron' | 'browser';
  saveFile(file: FileBytes): Promise<{ saved: boolean }>;
  saveFiles(files: FileBytes[]): Promise<{ saved: number }>;
  openFile(accept: string[]): Promise<FileBytes | null>;
  /** Every file under a folder the user picks, named by its path relative to that folder. */
  openFolder(): Promise<FileBytes[] | null>;
}
