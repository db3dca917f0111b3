/**
 * The small study the hand-computed analysis tests use. Values worked out by hand are in the tests
 * next to each expectation.
 */
import type { FixturePost } from './analysisStudy.testkit';

export const S1 = '7000000000000000001';
export const S2 = '7000000000000000002';
export const S3 = '7000000000000000003';

export const HAND_POSTS: FixturePost[] = [
  // rate (10 + 5 + 5) / 100 = 0.2
  { id: '1', author: 'Alice', followers: 1000, followersApprox: true, time: '2023-05-01T10:00:00Z', sound: S1, soundTitle: 'Song A', tags: ['#Café', 'fyp', 'FYP'], mentions: ['@Bob'], views: 100, likes: 10, comments: 5, shares: 5 },
  // rate 10 / 200 = 0.05; NFD spelling of café
  { id: '2', author: 'alice', time: '2023-05-01T23:30:00Z', sound: S1, tags: ['cafe\u0301'], views: 200, likes: 10, comments: 0, shares: 0 },
  // rate 100 / 1000 = 0.1; mentions alice twice (two spellings)
  { id: '3', author: 'bob', followers: 0, time: '2023-05-02T12:00:00Z', sound: S2, soundTitle: 'Song B', tags: ['#fyp', '#Dance'], mentions: ['alice', 'ALICE'], views: 1000, likes: 50, comments: 25, shares: 25 },
  // zero views: excluded
  { id: '4', author: 'carol', time: '2023-05-03T00:30:00Z', tags: ['CAFÉ'], views: 0, likes: 0, comments: 0, shares: 0 },
  // views unknown: excluded
  { id: '5', author: 'carol', time: null, likes: 5, comments: 1, shares: 0 },
  // likes unknown: excluded, but has views
  { id: '6', author: 'carol', time: '2023-05-03T12:00:00Z', tags: ['dance'], mentions: ['bob'], views: 50, likes: null, comments: 1, shares: 1 },
  // rate 40 / 400 = 0.1, views and likes approximate
  { id: '7', author: 'bob', time: '2023-05-05T08:00:00Z', sound: S2, tags: ['fyp'], views: 400, likes: 20, comments: 10, shares: 10, approx: ['views', 'likes'] },
  // rate 0; tags whose order differs between UTF-16 and code points
  { id: '8', author: 'carol', time: '2023-05-05T09:00:00Z', sound: S3, tags: ['😀x', '～y'], views: 10, likes: 0, comments: 0, shares: 0, saves: 3, approx: ['saves'] },
];
