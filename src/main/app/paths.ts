/** Where Tokscope keeps its own files (not studies): recent list, the sample study. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppPaths {
  /** Per-user data folder (TOKSCOPE_HOME overrides it, e.g. for tests). */
  dataDir: string;
  /** Where new studies are proposed by default. */
  defaultStudyDir: string;
  sampleStudy: string;
  sampleCsv: string;
}

/** The package root, found by walking up from this module (works from src/ and from out/). */
export function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        if ((JSON.parse(fs.readFileSync(pkg, 'utf8')) as { name?: string }).name === 'tokscope') return dir;
      } catch {
        // keep walking
      }
    }
    dir = path.dirname(dir);
  }
  throw new Error('Cannot locate the Tokscope installation folder.');
}

function platformDataDir(): string {
  const home = os.homedir();
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Tokscope');
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Tokscope');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'tokscope');
}

export function resolveAppPaths(dataDirOverride?: string): AppPaths {
  const dataDir = dataDirOverride ?? process.env.TOKSCOPE_HOME ?? platformDataDir();
  const documents = path.join(os.homedir(), 'Documents');
  return {
    dataDir,
    defaultStudyDir: fs.existsSync(documents) ? path.join(documents, 'Tokscope') : path.join(dataDir, 'studies'),
    sampleStudy: path.join(dataDir, 'sample-study.tokscope'),
    sampleCsv: path.join(appRoot(), 'resources', 'sample', 'sample-posts.csv'),
  };
}
