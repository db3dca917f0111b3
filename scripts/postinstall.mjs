// Electron is an optional dependency: where its binary cannot be downloaded (offline machines,
// locked-down CI), npm drops the package and `npm start` falls back to the browser workbench.
// The Electron shell still has to typecheck there, so fetch only the package's type
// declarations from the npm registry into node_modules/.electron-types (tsconfig `paths`
// falls back to it). Never fatal: a failure here only skips the fallback types.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const target = path.join(root, 'node_modules', '.electron-types');

function electronInstalled() {
  try {
    require.resolve('electron/package.json', { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

if (electronInstalled()) {
  // The desktop app loads better-sqlite3 inside Electron, whose Node ABI differs from the system
  // Node: rebuild the native module for it. (`npm test` then runs vitest with Electron as Node.)
  try {
    execFileSync(path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-rebuild.cmd' : 'electron-rebuild'), ['-f', '-w', 'better-sqlite3'], {
      cwd: root,
      stdio: 'inherit',
    });
  } catch (err) {
    console.log(`tokscope: could not rebuild better-sqlite3 for Electron (${err.message}); the browser workbench and CLI still work.`);
  }
  process.exit(0);
}
if (fs.existsSync(path.join(target, 'electron.d.ts'))) process.exit(0);

const range = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).optionalDependencies?.electron;
if (!range) process.exit(0);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-electron-types-'));
try {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const name = execFileSync(npm, ['pack', `electron@${range}`, '--silent', '--pack-destination', tmp], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
    .trim()
    .split('\n')
    .pop();
  execFileSync('tar', ['xzf', path.join(tmp, name), '-C', tmp, 'package/electron.d.ts']);
  fs.mkdirSync(target, { recursive: true });
  fs.copyFileSync(path.join(tmp, 'package', 'electron.d.ts'), path.join(target, 'electron.d.ts'));
  console.log('tokscope: Electron is not installed here; fetched its type declarations for the typecheck.');
} catch (err) {
  console.log(`tokscope: Electron is not installed and its types could not be fetched (${err.message}).`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
