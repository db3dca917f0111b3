/**
 * One end-to-end session: a private folder (also the workbench's data folder), the workbench
 * serving a study, and a fresh Chromium page opened on it. Every browser test starts here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { openBrowser, type BrowserSession } from './browser';
import { ensureBuilt } from './build';
import { startWorkbench, type Workbench } from './workbench';

export interface E2eSession {
  dir: string;
  workbench: Workbench;
  browser: BrowserSession;
  page: Page;
  /** Clicks a screen in the left navigation and waits for its title. */
  nav(label: string): Promise<void>;
  close(): Promise<void>;
}

/** `study` is a file name inside the session folder, or null for the bundled sample study. */
export async function openSession(prefix: string, study: string | null, prepare?: (dir: string) => void): Promise<E2eSession> {
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  prepare?.(dir);
  const workbench = await startWorkbench(study === null ? null : path.join(dir, study), dir);
  const browser = await openBrowser(path.join(dir, 'downloads'));
  const page = browser.page;
  await page.goto(workbench.url);
  return {
    dir,
    workbench,
    browser,
    page,
    nav: async (label) => {
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: label, exact: true }).click();
      await page.locator('#screen-title', { hasText: label }).waitFor();
    },
    close: async () => {
      await browser.close();
      await workbench.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
