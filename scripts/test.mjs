// `npm test`: typecheck, lint, build, then every vitest project (unit, contract, conformance, e2e).
// Ends with the line "N passed, N failed" (plus skipped). When better-sqlite3 has been rebuilt
// for Electron (so plain Node cannot load it), vitest runs under Electron's Node instead.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { electronBinary } from './electron.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const extra = process.argv.slice(2);

function step(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

function sqliteLoadsInPlainNode() {
  const r = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root, encoding: 'utf8' });
  return r.status === 0;
}

let failedSteps = 0;
if (!extra.includes('--skip-checks')) {
  failedSteps += step('typecheck', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.node.json']) ? 1 : 0;
  failedSteps += step('typecheck (renderer)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.web.json']) ? 1 : 0;
  failedSteps += step('lint', bin('eslint'), ['.', '--max-warnings', '0']) ? 1 : 0;
  failedSteps += step('build', bin('electron-vite'), ['build']) ? 1 : 0;
}

const report = path.join(root, 'test-output', 'vitest-report.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
const vitestArgs = [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra.filter((a) => a !== '--skip-checks')];
let runner = process.execPath;
let env = {};
if (!sqliteLoadsInPlainNode()) {
  const electron = electronBinary();
  if (electron) {
    console.log('better-sqlite3 is built for Electron: running the tests with Electron as Node.');
    runner = electron;
    env = { ELECTRON_RUN_AS_NODE: '1' };
  }
}
const vitestStatus = step('vitest', runner, vitestArgs, env);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed = result.numPassedTests ?? 0;
  failed = (result.numFailedTests ?? 0) + (result.numFailedTestSuites ?? 0);
  skipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
} catch {
  failed += 1;
}
failed += failedSteps;
if (vitestStatus !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
