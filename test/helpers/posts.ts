/** Builders for normalised posts and small studies used across tests. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { NormalisedPost } from '../../src/shared/domain/post';

export function makePost(overrides: Partial<NormalisedPost> & { id: string }): NormalisedPost {
  return {
    authorHandle: null,
    authorId: null,
    authorName: null,
    authorFollowers: null,
    createTime: null,
    createTimeOriginal: null,
    description: null,
    musicId: null,
    musicTitle: null,
    musicAuthor: null,
    hashtags: [],
    hashtagDisplay: {},
    mentions: [],
    region: null,
    durationSeconds: null,
    views: null,
    likes: null,
    comments: null,
    shares: null,
    saves: null,
    isAd: null,
    url: null,
    approximate: [],
    flags: 0,
    ...overrides,
  };
}

export function tempDir(prefix = 'tokscope-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
