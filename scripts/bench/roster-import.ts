import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { MAX_ROSTER_ROWS } from '../../shared/domain/roster';
import { toWireJson } from '../../shared/api/wire';
import { Core } from '../../electron/core/core';
import { CoreWorkerHost } from '../../electron/core/endpoint/core-worker-host';
import { createHttpServer } from '../../electron/server/http-server';
import { longRoster } from '../../tests/fixtures/hostile-files';
import { BENCH_TOKEN, post } from './loopback-client';

const ROUNDS = 3;
/** People already on the list in the second case: a trainer a few years in. */
const EXISTING = 20_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(port: number, name: string, body: Buffer): Promise<number> {
  const start = performance.now();
  const answer = await post(port, name, body);
  const ms = performance.now() - start;
  if (!(JSON.parse(answer.body) as { ok: boolean }).ok) throw new Error(`${name} refused the bench roster: ${answer.body.slice(0, 300)}`);
  return ms;
}

/** A list of `count` people, none of them on the bench roster (other names, other phones). */
function seedParticipants(core: Core, count: number): void {
  core.participants.createMany(
    Array.from({ length: count }, (_, i) => ({ name: `老学员${i}`, gender: 'undisclosed' as const, role: 'worker' as const, jobTitle: '', department: '', phone: String(13_900_000_000 + i), enterpriseId: null })),
  );
}

/**
 * A roster at the row limit, previewed and then imported through browser mode over loopback, each round on a
 * fresh data folder (a second import of the same people would be a different job: all duplicates), first into an
 * empty list, then into one of EXISTING people, where every row is looked up among them. Target: ≤ 1 s each.
 */
export async function benchRosterImport(dataDir: string): Promise<string[]> {
  // The header row plus the limit's worth of people; encoded before any clock starts, as the client does it.
  const body = Buffer.from(toWireJson({ bytes: await longRoster(MAX_ROSTER_ROWS + 1), options: { fileName: 'roster.xlsx' } }));
  const lines = [`${MAX_ROSTER_ROWS.toLocaleString('en')} rows (XLSX, ${(body.length / 1024).toFixed(0)} KB request), median of ${ROUNDS} rounds on fresh data folders:`];
  for (const existing of [0, EXISTING]) {
    const previews: number[] = [];
    const imports: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const folder = join(dataDir, `${existing}-${round}`);
      mkdirSync(folder);
      const options = { dataDir: folder, runtime: 'browser' as const, version: 'bench', contentDir: resolve(__dirname, '../resources/content') };
      // Seeded in-process, then served as browser mode serves it: by the core in its worker thread.
      const seeding = Core.open(options);
      seedParticipants(seeding, existing);
      seeding.close();
      const core = await CoreWorkerHost.start({ options, startBackupSchedule: false });
      const server = createHttpServer({ core, token: BENCH_TOKEN, staticDir: folder });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      try {
        const { port } = server.address() as AddressInfo;
        await post(port, 'createTrainerPin', toWireJson({ pin: '2468' }));
        previews.push(await timed(port, 'previewRoster', body));
        imports.push(await timed(port, 'importRoster', body));
      } finally {
        server.close();
        await core.close();
      }
    }
    const list = (values: number[]) => values.map((ms) => ms.toFixed(0)).join(', ');
    lines.push(`  into a list of ${existing.toLocaleString('en')} people: preview ${median(previews).toFixed(0)} ms (${list(previews)}), import ${median(imports).toFixed(0)} ms (${list(imports)})`);
  }
  return lines;
}
