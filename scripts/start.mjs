// `npm start`: launch the desktop app. Electron fetches its binary on first launch; where that cannot happen
// (no network, or a blocked install script), say so in one line and serve browser mode instead.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { electronBinary } from './electron-binary.mjs';

function tryDownload() {
  try {
    const installer = join(dirname(createRequire(import.meta.url).resolve('electron/package.json')), 'install.js');
    return spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 180_000 }).status === 0;
  } catch {
    return false;
  }
}

const binary = electronBinary() ?? (tryDownload() ? electronBinary() : undefined);
const forward = process.argv.slice(2);

if (binary) {
  const child = spawn(binary, ['.', ...forward], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron's binary is missing and could not be downloaded, so the toolkit runs in browser mode: open the URL below.");
  const child = spawn(process.execPath, ['dist-electron/serve.cjs', ...forward], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}
