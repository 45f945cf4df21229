/**
 * `npm run bench` (or `npm run bench -- <word>` for the sections whose title holds it): the project's one benchmark command. Each capability adds its own section; each prints
 * figures (never pass/fail), measured on a throwaway data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCertificates } from './certificates';
import { benchDatabaseOpen } from './database-open';
import { benchFactoryFollowUp } from './factory-follow-up';
import { benchFirstScreen } from './first-screen';
import { benchHostileInputs } from './hostile-inputs';
import { benchResponsiveness } from './responsiveness';
import { benchRosterImport } from './roster-import';
import { benchTrainerToolkit } from './trainer-toolkit';

const SECTIONS: Array<{ title: string; run(dataDir: string): Promise<string[]> | string[] }> = [
  { title: 'Database open and migrate', run: benchDatabaseOpen },
  { title: 'Certificates (PDF)', run: benchCertificates },
  { title: 'Trainer toolkit: 100,000 participants, 1,000,000 attendance rows', run: benchTrainerToolkit },
  { title: 'Factory follow-up: 200 enterprises over two years, 2,000 photos', run: benchFactoryFollowUp },
  { title: 'First screen (renderer split by route)', run: benchFirstScreen },
  { title: 'Responsiveness (browser mode, the core in its worker thread; goal: getAppState 50 ms)', run: benchResponsiveness },
  { title: 'Roster import at the 5,000-row limit (browser mode over loopback; target: preview and import ≤ 1 s each)', run: benchRosterImport },
  { title: 'Hostile inputs (browser mode over loopback; targets: refused in 2 s, 200 MB, getAppState 100 ms)', run: benchHostileInputs },
];

/** `npm run bench -- <words>` runs only the sections whose title contains them (any case). */
async function main(): Promise<void> {
  const only = process.argv.slice(2).join(' ').toLowerCase();
  for (const section of SECTIONS.filter((s) => s.title.toLowerCase().includes(only))) {
    const dataDir = mkdtempSync(join(tmpdir(), 'score-bench-'));
    try {
      console.log(`\n== ${section.title}`);
      for (const line of await section.run(dataDir)) console.log(`   ${line}`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

void main();
