/**
 * `npm run bench` (or `npm run bench -- <word>` for the sections whose title holds it): the project's one benchmark command. Each capability adds its own section; each prints
 * figures (never pass/fail), measured on a throwaway data folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchCertificates } from './certificates';
import { benchDatabaseOpen } from './database-open';
import { benchFirstScreen } from './first-screen';
import { benchHostileInputs } from './hostile-inputs';
import { benchTrainerToolkit } from './trainer-toolkit';

const SECTIONS: Array<{ title: string; run(dataDir: string): Promise<string[]> | string[] }> = [
  { title: 'Database open and migrate', run: benchDatabaseOpen },
  { title: 'Certificates (PDF)', run: benchCertificates },
  { title: 'Trainer toolkit: 100,000 participants, 1,000,000 attendance rows', run: benchTrainerToolkit },
  { title: 'First screen (renderer split by route)', run: benchFirstScreen },
  { title: 'Hostile inputs (browser mode over loopback; targets: refused in 2 s, 200 MB, getAppState 100 ms)', run: benchHostileInputs },
];

async function main(): Promise<void> {
  // `npm run bench -- hostile` runs only the sections whose title contains the word.
  const only = process.argv[2]?.toLowerCase();
  for (const section of SECTIONS.filter((s) => !only || s.title.toLowerCase().includes(only))) {
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
