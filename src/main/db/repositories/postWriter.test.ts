import { describe, expect, it } from 'vitest';

import { makePost } from '../../../../test/helpers/posts';
import { openStudyDb, type Db } from '../connection';
import { createDataset } from './datasets';
import { PostWriter } from './postWriter';
import { getPost, queryPosts } from './postsReader';

function study(): Db {
  return openStudyDb(':memory:', { create: true });
}

function dataset(db: Db, label: string): number {
  return createDataset(db, {
    kind: 'file',
    label,
    sourceName: label,
    sourceSize: 1,
    format: 'common-csv',
    container: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    mapping: null,
    toolVersion: 'test',
    startedAt: new Date().toISOString(),
  });
}

function write(db: Db, datasetId: number, posts: ReturnType<typeof makePost>[]) {
  const writer = new PostWriter(db, datasetId);
  db.transaction(() => writer.write(posts.map((post, i) => ({ post, line: i + 2, raw: JSON.stringify([post.id]) }))))();
  return writer.counts;
}

const A = makePost({
  id: '7320768196569599275',
  authorHandle: 'Alice',
  createTime: 1_700_000_000,
  description: 'hello #Fyp @bob',
  hashtags: ['fyp'],
  hashtagDisplay: { fyp: 'Fyp' },
  mentions: ['bob'],
  views: 100,
  likes: 10,
  comments: null,
  shares: 1,
});

describe('PostWriter', () => {
  it('inserts new posts with their entities and provenance, keeping 19-digit ids exact', () => {
    const db = study();
    const ds = dataset(db, 'a.csv');
    expect(write(db, ds, [A])).toMatchObject({ inserted: 1, updated: 0, unchanged: 0 });
    const post = getPost(db, '7320768196569599275');
    expect(post.id).toBe('7320768196569599275');
    expect(post.authorHandle).toBe('Alice');
    expect(post.hashtags).toEqual(['fyp']);
    expect(post.mentions).toEqual(['bob']);
    expect(post.comments).toBeNull();
    expect(post.datasets).toEqual([ds]);
    expect(post.sources[0]).toMatchObject({ datasetId: ds, line: 2, change: 'inserted' });
  });

  it('reports a re-import of the same records as unchanged and never duplicates', () => {
    const db = study();
    write(db, dataset(db, 'a.csv'), [A]);
    const counts = write(db, dataset(db, 'a-again.csv'), [A]);
    expect(counts).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
    expect(queryPosts(db, {}).total).toBe(1);
    expect(getPost(db, A.id).datasets).toHaveLength(2);
  });

  it('lets the newer import win, records the previous values, and keeps fields the newer source lacks', () => {
    const db = study();
    write(db, dataset(db, 'old.csv'), [A]);
    const ds2 = dataset(db, 'new.csv');
    const newer = makePost({ id: A.id, views: 250, likes: 20, approximate: ['views'], description: null });
    expect(write(db, ds2, [newer])).toMatchObject({ updated: 1 });
    const post = getPost(db, A.id);
    expect(post.views).toBe(250);
    expect(post.likes).toBe(20);
    expect(post.shares).toBe(1); // not in the newer record: kept
    expect(post.authorHandle).toBe('Alice');
    expect(post.hashtags).toEqual(['fyp']); // newer record carried no text or tags
    expect(post.approximate).toEqual(['views']);
    const source = post.sources.find((s) => s.datasetId === ds2)!;
    expect(source.change).toBe('updated');
    expect(source.previous).toMatchObject({ views: 100, likes: 10 });
  });

  it('counts a repeated id inside one dataset once as inserted and the repeat as updated', () => {
    const db = study();
    const ds = dataset(db, 'dups.csv');
    const writer = new PostWriter(db, ds);
    db.transaction(() =>
      writer.write([
        { post: A, line: 2, raw: '[]' },
        { post: { ...A, views: 999 }, line: 3, raw: '[]' },
      ]),
    )();
    expect(writer.counts).toMatchObject({ inserted: 1, updated: 1, duplicatesInDataset: 1 });
    const post = getPost(db, A.id);
    expect(post.views).toBe(999);
    expect(post.sources).toHaveLength(1);
    expect(post.sources[0]).toMatchObject({ change: 'inserted', line: 3 });
  });

  it('treats hashtags differing only by case as one entity and authors by normalised handle', () => {
    const db = study();
    const ds = dataset(db, 'x.csv');
    write(db, ds, [
      makePost({ id: '1', authorHandle: 'Bob', hashtags: ['café'], hashtagDisplay: { café: 'Café' } }),
      makePost({ id: '2', authorHandle: 'bob', hashtags: ['café'], hashtagDisplay: { café: 'CAFÉ' } }),
    ]);
    expect(db.prepare('SELECT count(*) FROM hashtags').pluck().get()).toBe(1);
    expect(db.prepare('SELECT display FROM hashtags').pluck().get()).toBe('Café');
    expect(db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(1);
    expect(queryPosts(db, { filter: { authors: ['BOB'] } }).total).toBe(2);
    expect(queryPosts(db, { filter: { hashtags: ['#CAFÉ'] } }).total).toBe(2);
  });

  it('rolls back every row of an aborted transaction', () => {
    const db = study();
    const ds = dataset(db, 'x.csv');
    const writer = new PostWriter(db, ds);
    expect(() =>
      db.transaction(() => {
        writer.write([{ post: A, line: 2, raw: '[]' }]);
        throw new Error('crash');
      })(),
    ).toThrow('crash');
    expect(db.prepare('SELECT count(*) FROM posts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM hashtags').pluck().get()).toBe(0);
  });
});
