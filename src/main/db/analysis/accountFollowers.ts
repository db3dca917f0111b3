/** Follower counts by account id (the latest count the study knows), for follower-normalised rates. */
import type { Db } from '../connection';
import { readJsonColumns } from './jsonColumns';

export interface FollowerColumns {
  /** Indexed by accounts.id; NaN when unknown. */
  followers: Float64Array;
  /** 1 when the follower count was abbreviated or rounded. */
  approximate: Uint8Array;
}

export function loadFollowers(db: Db): FollowerColumns {
  const [ids, counts, approx] = readJsonColumns(
    db,
    ['id', 'followers', 'followers_approx'],
    'accounts WHERE followers IS NOT NULL',
  ) as Array<Array<number | null>>;
  const max = (db.prepare('SELECT coalesce(max(id), 0) FROM accounts').pluck().get() as number) + 1;
  const followers = new Float64Array(max).fill(Number.NaN);
  const approximate = new Uint8Array(max);
  for (let i = 0; i < ids!.length; i++) {
    const id = ids![i]!;
    followers[id] = counts![i] ?? Number.NaN;
    approximate[id] = approx![i] ? 1 : 0;
  }
  return { followers, approximate };
}
