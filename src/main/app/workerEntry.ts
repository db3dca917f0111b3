/**
 * Locates a worker entry point. Built app: the bundled `<name>.js` in out/main. From source
 * (tests, `tsx`): the `.ts` file, loaded through tsx's loader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { appRoot } from './paths';

export function workerEntry(bundledName: string, sourcePath: string): { file: string; execArgv: string[] } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, path.dirname(here)]) {
    const built = path.join(dir, `${bundledName}.js`);
    if (fs.existsSync(built) && !here.includes(`${path.sep}src${path.sep}`)) return { file: built, execArgv: [] };
  }
  return { file: path.join(appRoot(), sourcePath), execArgv: ['--import', 'tsx'] };
}
