import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { openStudyDb } from '../../db/connection';
import { queryPosts } from '../../db/repositories/postsReader';
import { addPosts, makeAnalysisStudy } from './analysisStudy.testkit';
import { engagementSummary } from './engagement';
import { GENERATED_SOUNDS, generatedPosts } from './generatedStudy.testkit';
import { filterKey, forgetAnalysisCache, selectPosts } from './selection';
import { topEntities } from './topEntities';

describe('analysis selection', () => {
  it('selects exactly the posts the Posts screen shows for the same filter', () => {
    const db = makeAnalysisStudy(generatedPosts(800, 5));
    try {
      for (const filter of [
        {},
        { from: '2023-02-01', to: '2023-02-28' },
        { hashtags: ['Fyp', 'dance'] },
        { authors: ['USER2'], text: 'HELLO' },
        { sounds: [GENERATED_SOUNDS[3]!, GENERATED_SOUNDS[4]!], datasetIds: [1] },
        { datasetIds: [2] },
      ]) {
        expect(selectPosts(db, filter).rows.length, JSON.stringify(filter)).toBe(queryPosts(db, { filter, limit: 1 }).total);
      }
    } finally {
      db.close();
    }
  });

  it('treats filters listing the same values in another order as one filter', () => {
    expect(filterKey({ hashtags: ['a', 'b'], authors: ['x'] })).toBe(filterKey({ authors: ['x'], hashtags: ['b', 'a'] }));
    expect(filterKey({ from: '2023-01-01' })).not.toBe(filterKey({ to: '2023-01-01' }));
  });

  it('sees posts written on the same connection after an earlier analysis', () => {
    const db = makeAnalysisStudy([{ id: '1', author: 'a', tags: ['x'], views: 10, likes: 1, comments: 0, shares: 0 }]);
    try {
      expect(engagementSummary(selectPosts(db, {})).posts).toBe(1);
      expect(selectPosts(db, { hashtags: ['x'] }).rows.length).toBe(1);
      addPosts(db, [{ id: '2', author: 'b', tags: ['x'], views: 10, likes: 3, comments: 0, shares: 0 }], 'second');
      expect(engagementSummary(selectPosts(db, {})).posts).toBe(2);
      expect(selectPosts(db, { hashtags: ['x'] }).rows.length).toBe(2);
      expect(topEntities(db, selectPosts(db, {}), { kind: 'hashtags' }).items[0]).toMatchObject({ key: 'x', posts: 2, authors: 2 });
      // An update of an existing post (a re-import with new counts) is seen too.
      addPosts(db, [{ id: '2', author: 'b', tags: ['x'], views: 10, likes: 5, comments: 0, shares: 0 }], 'third');
      expect(engagementSummary(selectPosts(db, {})).engagements).toBe(6);
    } finally {
      forgetAnalysisCache(db);
      db.close();
    }
  });

  describe('with a second connection writing (an import worker)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-analysis-'));
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('reloads after the other connection commits', () => {
      const file = path.join(dir, 'two.tokscope');
      const writer = makeAnalysisStudy([{ id: '1', author: 'a', views: 5, likes: 1, comments: 1, shares: 1 }], file);
      const reader = openStudyDb(file);
      try {
        expect(engagementSummary(selectPosts(reader, {})).posts).toBe(1);
        addPosts(writer, [{ id: '2', author: 'b', views: 5, likes: 1, comments: 1, shares: 1 }], 'more');
        expect(engagementSummary(selectPosts(reader, {})).posts).toBe(2);
      } finally {
        reader.close();
        writer.close();
      }
    });
  });
});
