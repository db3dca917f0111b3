import { afterAll, describe, expect, it } from 'vitest';

import { makeAnalysisStudy } from './analysisStudy.testkit';
import { HAND_POSTS, S1, S2, S3 } from './handFixture.testkit';
import { selectPosts } from './selection';
import { topEntities } from './topEntities';

describe('top entities on a hand-computed study', () => {
  const db = makeAnalysisStudy(HAND_POSTS);
  afterAll(() => db.close());
  const top = (kind: 'hashtags' | 'sounds' | 'mentions' | 'authors', by: 'posts' | 'authors' | 'views' = 'posts', filter = {}) =>
    topEntities(db, selectPosts(db, filter), { kind, by });

  it('ranks hashtags by posts, then key in code point order, counting variants once', () => {
    const r = top('hashtags');
    // Totals: 8 posts, authors alice/bob/carol, views 100+200+1000+0+50+400+10.
    expect(r.totals).toEqual({ posts: 8, authors: 3, views: 1760 });
    expect(r.items.map((i) => [i.key, i.label, i.posts, i.authors, i.views])).toEqual([
      ['café', 'Café', 3, 2, 300],
      ['fyp', 'fyp', 3, 2, 1500],
      ['dance', 'Dance', 2, 2, 1050],
      ['～y', '～y', 1, 1, 10],
      ['😀x', '😀x', 1, 1, 10],
    ]);
    expect(r.items[0]).toMatchObject({ sharePosts: 3 / 8, shareAuthors: 2 / 3, shareViews: 300 / 1760 });
    expect(r.totalItems).toBe(5);
  });

  it('ranks by views and by distinct authors', () => {
    expect(top('hashtags', 'views').items.map((i) => i.key)).toEqual(['fyp', 'dance', 'café', '～y', '😀x']);
    expect(top('hashtags', 'authors').items.map((i) => i.key)).toEqual(['café', 'dance', 'fyp', '～y', '😀x']);
  });

  it('ranks sounds by music id on ties and includes titles', () => {
    expect(top('sounds').items.map((i) => [i.key, i.title, i.posts, i.authors, i.views])).toEqual([
      [S1, 'Song A', 2, 1, 300],
      [S2, 'Song B', 2, 1, 1400],
      [S3, null, 1, 1, 10],
    ]);
    expect(top('sounds', 'views').items[0]!.key).toBe(S2);
  });

  it('ranks mentioned accounts and authors', () => {
    expect(top('mentions').items.map((i) => [i.key, i.posts, i.authors])).toEqual([
      ['bob', 2, 2],
      ['alice', 1, 1],
    ]);
    expect(top('authors').items.map((i) => [i.key, i.posts, i.authors, i.views])).toEqual([
      ['carol', 4, 1, 60],
      ['alice', 2, 1, 300],
      ['bob', 2, 1, 1400],
    ]);
  });

  it('applies the shared filter (case-insensitive hashtags and handles)', () => {
    const r = top('hashtags', 'posts', { hashtags: ['CAFE\u0301'] });
    expect(r.totals.posts).toBe(3);
    expect(r.items.map((i) => [i.key, i.posts])).toEqual([
      ['café', 3],
      ['fyp', 1],
    ]);
    expect(r.items[1]!.sharePosts).toBeCloseTo(1 / 3, 15);
    expect(top('authors', 'posts', { authors: ['@BOB'] }).items.map((i) => i.key)).toEqual(['bob']);
  });

  it('cuts at the limit with ties broken by key', () => {
    const r = topEntities(db, selectPosts(db, {}), { kind: 'hashtags', limit: 1 });
    expect(r.items.map((i) => i.key)).toEqual(['café']);
    expect(r.totalItems).toBe(5);
  });
});
