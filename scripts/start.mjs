// `npm start`: build, then open the desktop app — or, where Electron is unavailable (its binary
// cannot be downloaded on this machine), say so and start the browser workbench on the sample study.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { electronBinary } from './electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

console.error('Tokscope: building…');
const build = spawnSync(bin('electron-vite'), ['build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error('Tokscope: the build failed (see above).');
  process.exit(build.status ?? 1);
}

const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.'], { cwd: root, stdio: 'inherit' })
  : (console.error(
      'Tokscope: Electron is not available on this machine (its binary could not be downloaded during npm install).\n' +
        'Starting the browser workbench on the sample study instead — open the URL below in your browser. Ctrl-C stops it.',
    ),
    spawn(process.execPath, [path.join(root, 'out', 'main', 'cli.js'), 'serve', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' }));

const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('exit', (code) => process.exit(code ?? 0));
