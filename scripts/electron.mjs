// Where is a usable Electron binary? `require('electron')` returns its path when the package and
// its downloaded binary are both present; on machines where the download failed it is absent.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
