// `npm run serve`: browser mode. Builds first only when the built files are older than a source, since a full
// build takes a while and changes nothing when they are current (`npm run build` always builds).
import { spawn, spawnSync } from 'node:child_process';
import { isBuildCurrent, NODE_BUILD, RENDERER_BUILD } from './build-freshness.mjs';

if (!isBuildCurrent(NODE_BUILD) || !isBuildCurrent(RENDERER_BUILD)) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(process.execPath, ['dist-electron/serve.cjs', ...process.argv.slice(2)], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
