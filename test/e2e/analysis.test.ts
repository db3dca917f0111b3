/**
 * The Analysis screen on the sample study: the numbers on screen are the API's numbers, the
 * heatmap follows the chosen time zone, clicking a top hashtag filters everything.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumAvailable } from './helpers/browser';
import { screenshot } from './helpers/screenshots';
import { openSession, type E2eSession } from './helpers/session';
import type { Workbench } from './helpers/workbench';

async function api<T>(workbench: Workbench, channel: string, args: object): Promise<T> {
  const url = new URL(workbench.url);
  const res = await fetch(`${url.origin}/api/call/${channel}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify(args),
  });
  const body = (await res.json()) as { ok: boolean; value: T };
  return body.value;
}

describe.skipIf(!chromiumAvailable())('analysis screen', () => {
  let session: E2eSession;
  let workbench: Workbench;
  let page: Page;

  beforeAll(async () => {
    session = await openSession('tokscope-e2e-analysis-', null);
    ({ workbench, page } = session);
    await session.nav('Analysis');
  });

  afterAll(async () => session?.close());

  it('shows the engagement summary the API computes', async () => {
    const summary = await api<{ posts: number; medianRate: number }>(workbench, 'analysis.engagement', {});
    const card = page.locator('section[aria-labelledby="engagement-summary"]');
    await card.waitFor();
    await expect.poll(() => card.textContent()).toContain(summary.posts.toLocaleString('en-US'));
    const median = `${(summary.medianRate * 100).toFixed(2)}%`;
    await expect.poll(() => card.textContent()).toContain(median);
    await page.locator('.analysis svg').first().waitFor();
    await screenshot(page, 'analysis-engagement', true);
  });

  it('draws the weekday × hour heatmap in the chosen zone and says which zone', async () => {
    await page.getByRole('tab', { name: 'Posting patterns' }).click();
    await page.getByText('Weekday × hour').waitFor();
    const zone = page.getByLabel('Time zone');
    await zone.fill('Asia/Kolkata');
    await zone.press('Enter');
    await expect.poll(() => page.locator('#analysis-tab-panel').textContent()).toContain('Asia/Kolkata');
    await expect.poll(() => page.locator('#analysis-tab-panel svg').count()).toBeGreaterThan(1);
    await screenshot(page, 'analysis-patterns', true);
  });

  it('ranks top hashtags and filters on click', async () => {
    await page.getByRole('tab', { name: 'Top entities' }).click();
    const top = await api<{ items: Array<{ key: string; posts: number }> }>(workbench, 'analysis.top', { kind: 'hashtags', limit: 5 });
    const first = top.items[0]!;
    const panel = page.locator('#analysis-tab-panel');
    await expect.poll(() => panel.textContent()).toContain(first.key);
    await screenshot(page, 'analysis-top', true);
    await panel.getByRole('button', { name: new RegExp(`^#?${first.key}$`, 'i') }).first().click();
    await page.locator('.chip').first().waitFor();
    await page.getByRole('tab', { name: 'Engagement' }).click();
    const card = page.locator('section[aria-labelledby="engagement-summary"]');
    await expect.poll(() => card.textContent()).toContain(first.posts.toLocaleString('en-US'));
  });
});
