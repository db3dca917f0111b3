/** Post → hashtag and post → mentioned-account links, as two parallel integer columns. */
import type { Db } from '../connection';
import { readJsonColumns, toInt32 } from './jsonColumns';

export type LinkKind = 'hashtags' | 'mentions';

export interface LinkColumns {
  postPk: Int32Array;
  /** hashtags.id or the mentioned accounts.id. */
  target: Int32Array;
}

const SOURCES: Record<LinkKind, { table: string; target: string }> = {
  hashtags: { table: 'post_hashtags', target: 'hashtag_id' },
  mentions: { table: 'post_mentions', target: 'account_id' },
};

export function loadLinks(db: Db, kind: LinkKind): LinkColumns {
  const { table, target } = SOURCES[kind];
  const [postPk, ids] = readJsonColumns(db, ['post_pk', target], table);
  return { postPk: toInt32(postPk!, 0), target: toInt32(ids!, 0) };
}
