// `npm test`: every gate, in order, stopping at the first failure. Ends with one summary line.
import { spawnSync } from 'node:child_process';

const GATES = [
  ['typecheck', 'npm run typecheck'],
  ['lint', 'npm run lint'],
  ['build', 'npm run build'],
  ['unit tests', 'npx vitest run'],
  ['security scan', 'npm run scan:security'],
  ['end-to-end tests', 'npx playwright test'],
];

let passed = 0;
for (const [name, command] of GATES) {
  console.log(`\n▶ ${name}: ${command}`);
  const started = Date.now();
  const result = spawnSync(command, { stdio: 'inherit', shell: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`\n✖ ${name} failed after ${seconds} s`);
    console.log(`gates: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log(`gates: ${passed} passed, 0 failed`);
