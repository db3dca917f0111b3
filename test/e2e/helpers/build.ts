/**
 * Builds the app once before the end-to-end tests when out/ is missing or older than the sources,
 * so `vitest run --project e2e` always drives the current renderer and CLI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
export const CLI = path.join(ROOT, 'out', 'main', 'cli.js');
const RENDERER_INDEX = path.join(ROOT, 'out', 'renderer', 'index.html');
const INPUTS = ['src', 'electron.vite.config.ts', 'package.json'];

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function builtAt(): number {
  const cli = fs.statSync(CLI, { throwIfNoEntry: false });
  const ui = fs.statSync(RENDERER_INDEX, { throwIfNoEntry: false });
  return cli && ui ? Math.min(cli.mtimeMs, ui.mtimeMs) : 0;
}

function electronInstalled(): boolean {
  try {
    createRequire(path.join(ROOT, 'package.json')).resolve('electron/package.json');
    return true;
  } catch {
    return false;
  }
}

export function ensureBuilt(): void {
  const sourcesAt = Math.max(...INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (builtAt() >= sourcesAt) return;
  // electron-vite asks the Electron package for its major version; where the optional Electron
  // package could not be installed, tell it the version package.json asks for.
  const env = { ...process.env };
  if (!electronInstalled() && !env.ELECTRON_MAJOR_VER) env.ELECTRON_MAJOR_VER = '39';
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`electron-vite build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
