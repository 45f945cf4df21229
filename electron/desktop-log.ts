import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * One line per problem of the desktop shell, in a file a trainer can send to whoever supports them (the dialogs
 * name it). Also printed, for a developer running `npm start`.
 */
export function writeDesktopLog(logFile: string, kind: string, details: Record<string, unknown>): void {
  const line = `${new Date().toISOString()} ${kind} ${JSON.stringify(details)}`;
  console.error(`[desktop] ${line}`);
  try {
    mkdirSync(dirname(logFile), { recursive: true });
    appendFileSync(logFile, `${line}\n`);
  } catch (error) {
    console.error('[desktop] could not write the log file:', error);
  }
}
