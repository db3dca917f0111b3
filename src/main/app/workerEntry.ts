/**
 * Starting worker threads from the built app and from source. Built app: the bundled
 * `<name>.js` in out/main. From source (tests, `tsx`): a small bootstrap registers tsx inside
 * the worker, then imports the `.ts` entry (Node 20 does not apply `--import` hooks to workers).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

import { appRoot } from './paths';

const SOURCE_BOOTSTRAP = `
const { register } = await import('tsx/esm/api');
register();
const { workerData } = await import('node:worker_threads');
await import(workerData.__tokscopeEntry);
`;

function builtEntry(bundledName: string): string | null {
  const self = fileURLToPath(import.meta.url);
  // Running from TypeScript sources (tests, tsx): there is no bundle to use.
  if (self.endsWith('.ts')) return null;
  const here = path.dirname(self);
  for (const dir of [here, path.dirname(here)]) {
    const built = path.join(dir, `${bundledName}.js`);
    if (fs.existsSync(built)) return built;
  }
  return null;
}

/** Spawns the worker `bundledName` (built) or `sourcePath` (relative to the package root). */
export function startWorker(bundledName: string, sourcePath: string, workerData: Record<string, unknown>): Worker {
  const built = builtEntry(bundledName);
  if (built) return new Worker(built, { workerData });
  const entry = pathToFileURL(path.join(appRoot(), sourcePath)).href;
  return new Worker(SOURCE_BOOTSTRAP, { eval: true, workerData: { ...workerData, __tokscopeEntry: entry } });
}
