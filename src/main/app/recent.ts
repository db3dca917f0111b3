/** The recently opened studies list (a small JSON file in the data folder, written atomically). */
import fs from 'node:fs';
import path from 'node:path';

import type { RecentStudy } from '../../shared/domain/study';
import { writeFileAtomic } from '../services/export/atomicWrite';

const MAX_RECENT = 12;

export function readRecent(dataDir: string): RecentStudy[] {
  try {
    const list = JSON.parse(fs.readFileSync(path.join(dataDir, 'recent.json'), 'utf8')) as RecentStudy[];
    return Array.isArray(list) ? list.filter((r) => fs.existsSync(r.path)) : [];
  } catch {
    return [];
  }
}

export function rememberStudy(dataDir: string, study: { path: string; name: string }): void {
  const list = readRecent(dataDir).filter((r) => r.path !== study.path);
  list.unshift({ path: study.path, name: study.name, openedAt: new Date().toISOString() });
  fs.mkdirSync(dataDir, { recursive: true });
  writeFileAtomic(path.join(dataDir, 'recent.json'), JSON.stringify(list.slice(0, MAX_RECENT), null, 2));
}
