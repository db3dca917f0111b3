/**
 * The Networks screen on the sample study: build a network in the worker, see the counts the CLI
 * computes for the same network, the WebGL view, and a GEXF export.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumAvailable } from './helpers/browser';
import { ROOT } from './helpers/build';
import { screenshot } from './helpers/screenshots';
import { openSession, type E2eSession } from './helpers/session';

describe.skipIf(!chromiumAvailable())('networks screen', () => {
  let session: E2eSession;
  let dir: string;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('tokscope-e2e-networks-', null);
    ({ dir, page } = session);
    await session.nav('Networks');
  });

  afterAll(async () => session?.close());

  it('builds a hashtag co-use network with the same counts as the CLI and draws it', async () => {
    const form = page.getByRole('form', { name: 'Build a network' });
    await form.getByLabel('Network').selectOption('hashtag');
    await form.getByRole('button', { name: 'Build network' }).click();
    const summary = page.getByTestId('network-summary');
    await summary.waitFor({ timeout: 60_000 });
    await page.getByTestId('network-canvas').locator('canvas').first().waitFor();

    // The same network from the CLI, on the same sample study file.
    const study = path.join(dir, 'sample-study.tokscope'); // TOKSCOPE_HOME is the test folder
    const out = path.join(dir, 'cli.gexf');
    const cli = spawnSync(process.execPath, [path.join(ROOT, 'out', 'main', 'cli.js'), 'network', 'hashtag', '--study', study, '--out', out, '--json'], { encoding: 'utf8' });
    expect(cli.status).toBe(0);
    const expected = JSON.parse(cli.stdout) as { nodes: number; edges: number };
    const text = (await summary.textContent()) ?? '';
    expect(text.replace(/,/g, '')).toContain(`${expected.nodes} nodes`);
    expect(text.replace(/,/g, '')).toContain(`${expected.edges} edges`);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^<\?xml[^>]*\?>\s*<gexf[^>]*version="1\.3"/);
    // Lay it out with ForceAtlas2 in its web worker for a few seconds, as a researcher would.
    await page.getByRole('button', { name: 'Run ForceAtlas2' }).click();
    await page.waitForTimeout(4000);
    await page.getByRole('button', { name: /^Stop/ }).click();
    await page.waitForTimeout(500);
    await screenshot(page, 'networks-hashtag');
  });
});
