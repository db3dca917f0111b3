import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { ROOT } from './build';

export const SCREENSHOT_DIR = path.join(ROOT, 'test-output', 'screenshots');

/** Saves what a researcher would see, for a person to look at after the run. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}
