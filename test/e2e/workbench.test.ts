/**
 * The real renderer in Debian's Chromium against `tokscope serve`: import a CSV through the UI,
 * browse and filter its posts, check provenance, and make sure captions render as text.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumAvailable } from './helpers/browser';
import { FIXTURE_ROWS, XSS_CAPTION, fixtureCsv, writeLargeCsv } from './helpers/fixtures';
import { screenshot } from './helpers/screenshots';
import { openSession, type E2eSession } from './helpers/session';

const haveChromium = chromiumAvailable();
if (!haveChromium) console.warn('e2e: /usr/bin/chromium is missing (apt-get install -y chromium); skipping the browser tests.');

describe.skipIf(!haveChromium)('browser workbench', () => {
  let session: E2eSession;
  let dir: string;
  let csvPath: string;
  let page: Page;

  const nav = (label: string) => session.nav(label);
  const dataRows = () => page.locator('[role="grid"][aria-label="Posts"] [role="row"].poststable__datarow');
  const postsCount = () => page.getByTestId('posts-count');

  beforeAll(async () => {
    session = await openSession('tokscope-e2e-', 'e2e.tokscope', (folder) => {
      csvPath = path.join(folder, 'fixture.csv');
      fs.writeFileSync(csvPath, fixtureCsv());
    });
    ({ dir, page } = session);
  });

  afterAll(async () => session?.close());

  it('opens on the study the backend has open and hides the access token', async () => {
    await page.locator('.topbar__name', { hasText: /e2e/i }).waitFor();
    await expect.poll(() => page.locator('.topbar__path').textContent()).toContain('e2e.tokscope');
    expect(new URL(page.url()).searchParams.has('token')).toBe(false);
    await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
  });

  it('imports a CSV: preview, progress, summary and rejections', async () => {
    await nav('Import');
    await page.getByTestId('import-file-input').setInputFiles(csvPath);

    const detected = page.getByTestId('detected-format');
    await detected.waitFor();
    await expect.poll(() => detected.textContent()).toContain('Common academic schema (CSV)');
    // The preview marks the row without an ID as rejected and shows the quoted newline's row.
    await page.locator('.row--rejected', { hasText: 'Rejected' }).first().waitFor();
    await screenshot(page, 'import-preview');
    await page.evaluate(`document.getElementById('preview-rows').scrollIntoView({ block: 'start' })`);
    await screenshot(page, 'import-preview-rows');

    // Record every progress bar the import card shows: a small file can finish in milliseconds.
    // (Page code is passed as text: the test project's TypeScript has no DOM types.)
    await page.evaluate(`
      window.__progressSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="import-progress"] [role="progressbar"]')) window.__progressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
    `);
    await page.getByRole('button', { name: 'Start import' }).click();

    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await page.evaluate('window.__progressSeen')).toBe(true);
    const stat = (label: string) => summary.locator('.stat', { has: page.locator('.stat__label', { hasText: new RegExp(`^${label}$`) }) }).locator('.stat__value');
    expect(await stat('Inserted').textContent()).toBe(String(FIXTURE_ROWS.inserted));
    expect(await stat('Rejected').textContent()).toBe('1');
    expect(await stat('Records read').textContent()).toBe(String(FIXTURE_ROWS.inserted + 1));
    const rejection = summary.getByRole('table', { name: 'Rejected records' }).locator('tbody tr');
    expect(await rejection.count()).toBe(1);
    expect(await rejection.locator('td').first().textContent()).toBe(String(FIXTURE_ROWS.rejectedLine));
    await screenshot(page, 'import-summary');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      summary.getByRole('button', { name: 'Download rejections (CSV)' }).click(),
    ]);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('"line","reason"');
    expect(csv).toContain(`"${FIXTURE_ROWS.rejectedLine}",`);
  });

  it('shows the study in the overview', async () => {
    await nav('Overview');
    const posts = page.locator('.stat', { has: page.locator('.stat__label', { hasText: /^Posts$/ }) });
    await expect.poll(() => posts.locator('.stat__value').textContent()).toBe(String(FIXTURE_ROWS.inserted));
    await screenshot(page, 'overview');
  });

  it('browses posts: count, sort by views, hashtag filter, detail with the raw record', async () => {
    await nav('Posts');
    await expect.poll(() => postsCount().textContent()).toMatch(/^4 posts/);
    await expect.poll(() => dataRows().count()).toBe(FIXTURE_ROWS.inserted);

    await page.getByRole('columnheader', { name: 'Views' }).getByRole('button').click();
    await expect.poll(() => dataRows().first().textContent()).toContain(`@${FIXTURE_ROWS.highestViews.handle}`);
    expect(await dataRows().first().textContent()).toContain('50,000');
    expect(await dataRows().nth(1).textContent()).toContain('≈ 12,300');

    const hashtag = page.getByRole('combobox', { name: 'Hashtag' });
    await hashtag.fill('#climate');
    await hashtag.press('Enter');
    await page.locator('.chip', { hasText: '#climate' }).waitFor();
    await expect.poll(() => postsCount().textContent()).toMatch(/^3 posts of 4/);

    // Keyboard: focus the grid, move down to the second row, open it with Enter.
    await page.getByRole('grid', { name: 'Posts' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const detail = page.getByTestId('post-detail');
    await detail.waitFor();
    await expect.poll(() => detail.locator('.detail__title').textContent()).toContain(FIXTURE_ROWS.quotedNewlineId);
    await expect.poll(() => detail.locator('.detail__caption').textContent()).toBe('first line\nsecond line #climate');
    const raw = detail.locator('pre.raw').first();
    expect(await raw.textContent()).toContain(`"video_id": "${FIXTURE_ROWS.quotedNewlineId}"`);
    expect(await detail.textContent()).toContain('≈ 12,300');
    await screenshot(page, 'posts-detail');
    await raw.scrollIntoViewIfNeeded();
    await screenshot(page, 'posts-detail-raw');

    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
  });

  it('shows each dataset’s provenance', async () => {
    await nav('Datasets');
    const card = page.locator('.dataset').first();
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('fixture.csv');
    expect(text).toContain('Common academic schema (CSV)');
    const sha = createHash('sha256').update(fs.readFileSync(csvPath)).digest('hex');
    expect(await card.locator('.hash code').getAttribute('title')).toBe(sha);
    expect(text).toContain(sha.slice(0, 12));
    const counts = await card.locator('.dataset__counts tbody td').allTextContents();
    expect(counts.slice(0, 5)).toEqual(['5', '4', '0', '0', '1']);
    expect(text).toContain('UTF-8');
    await card.getByText(/^Column mapping/).click();
    const mapping = await card.locator('.dataset__query table tbody tr').allTextContents();
    expect(mapping).toContain('Video IDvideo_id');
    await screenshot(page, 'datasets');
  });

  it('renders a caption with HTML in it as text', async () => {
    await nav('Posts');
    await page.getByRole('button', { name: 'Clear all' }).click();
    await page.getByRole('searchbox', { name: 'Caption contains' }).fill('onerror');
    await expect.poll(() => postsCount().textContent()).toMatch(/^1 post of 4/);
    await expect.poll(() => dataRows().first().textContent()).toContain('<img src=x');
    await dataRows().first().click();
    const caption = page.getByTestId('post-detail').locator('.detail__caption');
    await expect.poll(() => caption.textContent()).toBe(XSS_CAPTION);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
  });

  it('warns before importing a file that is not a TikTok export', async () => {
    const notesPath = path.join(dir, 'meeting-notes.txt');
    fs.writeFileSync(notesPath, 'Agenda\nDiscuss the coding scheme\n');
    await nav('Import');
    await page.getByRole('button', { name: 'Import another file' }).click();
    await page.getByTestId('import-file-input').setInputFiles(notesPath);
    await page.getByText('Check before importing').waitFor();
    await page.getByText('You can still import; rejected records are listed afterwards.').waitFor();
    await screenshot(page, 'import-unrecognised');
    await page.getByRole('button', { name: 'Choose another file' }).click();
    await page.getByRole('button', { name: 'Choose file…' }).waitFor();
  });

  it('shows real progress on a long import and cancels it without changing the study', async () => {
    const bigPath = path.join(dir, 'large-export.csv');
    writeLargeCsv(bigPath, 300_000);
    await nav('Import');
    await page.getByTestId('import-file-input').setInputFiles(bigPath);
    await expect.poll(() => page.getByTestId('detected-format').textContent(), { timeout: 30_000 }).toContain('Common academic schema');
    await page.getByRole('button', { name: 'Start import' }).click();

    const card = page.getByTestId('import-progress');
    const bar = card.getByRole('progressbar');
    await expect.poll(async () => Number((await bar.getAttribute('aria-valuenow')) ?? 0), { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
    const rowsRead = card.locator('.stat', { has: page.locator('.stat__label', { hasText: 'Records read' }) }).locator('.stat__value');
    await expect.poll(async () => Number(((await rowsRead.textContent()) ?? '0').replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(await page.locator('.jobstatus').textContent()).toContain('Importing large-export.csv');
    await screenshot(page, 'import-progress');

    await card.getByRole('button', { name: 'Cancel import' }).click();
    await page.getByText('Import cancelled').waitFor({ timeout: 30_000 });
    await nav('Overview');
    const posts = page.locator('.stat', { has: page.locator('.stat__label', { hasText: /^Posts$/ }) });
    await expect.poll(() => posts.locator('.stat__value').textContent()).toBe(String(FIXTURE_ROWS.inserted));
  });

  it('lists the operations in the log and raised no page errors', async () => {
    await nav('Log');
    await page.locator('table.audit tbody tr').first().waitFor();
    await screenshot(page, 'log');
    expect(session.browser.problems).toEqual([]);
  });
});
