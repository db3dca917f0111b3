/** The analysis calls through the same dispatch every transport uses: validation, results, errors. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { createApp } from '../app/createApp';
import { makeAnalysisStudy } from '../services/analysis/analysisStudy.testkit';
import { HAND_POSTS } from '../services/analysis/handFixture.testkit';
import { dispatch } from './dispatch';

describe('analysis handlers', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-analysis-handlers-'));
  const file = path.join(dir, 'hand.tokscope');
  makeAnalysisStudy(HAND_POSTS, file).close();
  const app = createApp({ transport: 'http', actor: 'test', dataDir: dir });
  afterAll(async () => {
    await app.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('says no study is open before one is', async () => {
    const r = await dispatch(app.handlers, 'analysis.engagement', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_STUDY' } });
  });

  it('answers every analysis call on the open study', async () => {
    app.context.session.open(file, 'test');
    const calls: Array<[string, Record<string, unknown>]> = [
      ['analysis.engagement', { filter: { authors: ['alice'] } }],
      ['analysis.distribution', { scale: 'linear', bins: 5 }],
      ['analysis.engagementBy', { by: 'week', tz: 'Europe/Berlin', limit: 5 }],
      ['analysis.outliers', { minPosts: 2, threshold: 1.5 }],
      ['analysis.patterns', { tz: 'Asia/Kathmandu' }],
      ['analysis.rhythm', { tz: 'UTC', limit: 2 }],
      ['analysis.top', { kind: 'hashtags', by: 'views', limit: 2, filter: { from: '2023-05-01', to: '2023-05-31' } }],
      ['analysis.trend', { kind: 'hashtag', key: 'fyp', interval: 'week' }],
    ];
    for (const [channel, args] of calls) {
      const r = await dispatch(app.handlers, channel, args);
      expect(r.ok, `${channel}: ${JSON.stringify(r)}`).toBe(true);
    }
    const top = await dispatch(app.handlers, 'analysis.top', { kind: 'hashtags', limit: 2 });
    expect(top.ok && (top.value as { items: Array<{ key: string }> }).items.map((i) => i.key)).toEqual(['café', 'fyp']);
  });

  it('validates arguments before running anything', async () => {
    for (const [channel, args] of [
      ['analysis.top', { kind: 'colours' }],
      ['analysis.top', { kind: 'hashtags', limit: 0 }],
      ['analysis.engagementBy', { by: 'year' }],
      ['analysis.patterns', { tz: 'x'.repeat(200) }],
      ['analysis.engagement', { filter: { hashtag: ['fyp'] } }],
      ['analysis.trend', { kind: 'hashtag' }],
      ['analysis.engagement', { extra: 1 }],
    ] as const) {
      const r = await dispatch(app.handlers, channel, args);
      expect(r, `${channel} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    const zone = await dispatch(app.handlers, 'analysis.patterns', { tz: 'Not/AZone' });
    expect(zone).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/IANA/) } });
    const missing = await dispatch(app.handlers, 'analysis.trend', { kind: 'sound', key: '123' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
