/** Follower counts by account id (the latest count the study knows), for follower-normalised rates. */
import type { Db } from '../connection';
import { readJsonColumns } from './jsonColumns';

export interface FollowerColumns {
  /** Indexed by accounts.id; NaN when unknown. */
  followers: Float64Array;
  /** 1 when the follower count was abbreviated or rounded. */
  approximate: Uint8Array;
  /** Accounts with a follower count above 0 (none: the follower variant is skipped). */
  positive: number;
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
  let positive = 0;
  for (let i = 0; i < ids!.length; i++) {
    const id = ids![i]!;
    followers[id] = counts![i] ?? Number.NaN;
    approximate[id] = approx![i] ? 1 : 0;
    if (followers[id]! > 0) positive++;
  }
  return { followers, approximate, positive };
}
