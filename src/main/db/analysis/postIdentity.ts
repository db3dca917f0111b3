/** Post ids (TikTok video ids, kept as strings) for the few posts a result lists. */
import type { Db } from '../connection';

export function postIdsByPk(db: Db, pks: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (pks.length === 0) return out;
  const rows = db
    .prepare<[string], { pk: number; id: string }>('SELECT pk, id FROM posts WHERE pk IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(pks));
  for (const r of rows) out.set(r.pk, r.id);
  return out;
}
