/** The pks of the posts a PostFilter selects, through the one filter translation every screen uses. */
import type { PostFilter } from '../../../shared/domain/filter';
import type { Db } from '../connection';
import { filterToSql } from '../filterSql';
import { readJsonColumns, toInt32 } from './jsonColumns';

export function matchingPostPks(db: Db, filter: PostFilter): Int32Array {
  const condition = filterToSql(filter);
  const [pks] = readJsonColumns(db, ['p.pk'], `posts p WHERE ${condition.sql}`, condition.params);
  return toInt32(pks!, 0);
}
