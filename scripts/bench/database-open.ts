import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open-database';
import { summarize, timeMs } from './stats';

/** Start-up cost of the store: the first open migrates an empty file; later opens only check it. */
export function benchDatabaseOpen(dataDir: string): string[] {
  const file = join(dataDir, 'bench.sqlite');
  const first = timeMs(() => openDatabase(file).close());
  const reopen = Array.from({ length: 20 }, () => timeMs(() => openDatabase(file).close()));
  return [`first open (create + migrate): ${first.toFixed(2)} ms`, `reopen (pragmas + quick_check): ${summarize(reopen)}`];
}
