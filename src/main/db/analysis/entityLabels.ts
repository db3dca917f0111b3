/** Keys and display labels of the accounts, hashtags and sounds an analysis result names. */
import type { Db } from '../connection';

export type EntityTable = 'accounts' | 'hashtags' | 'sounds';

export interface EntityLabel {
  /** Account key, normalised hashtag or music id: what results are sorted and filtered by. */
  key: string;
  /** Handle or display name, hashtag as first spelled, sound title. */
  label: string | null;
}

const SELECTS: Record<EntityTable, string> = {
  accounts: 'SELECT id, key, coalesce(handle, display_name) AS label FROM accounts',
  hashtags: 'SELECT id, tag AS key, display AS label FROM hashtags',
  sounds: 'SELECT id, music_id AS key, title AS label FROM sounds',
};

/** Looks ids up in one statement (a JSON array parameter, so there is no bound-parameter limit). */
export function entityLabels(db: Db, table: EntityTable, ids: Iterable<number>): Map<number, EntityLabel> {
  const list = [...ids];
  const out = new Map<number, EntityLabel>();
  if (list.length === 0) return out;
  const rows = db
    .prepare<[string], { id: number; key: string; label: string | null }>(
      `${SELECTS[table]} WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(list));
  for (const r of rows) out.set(r.id, { key: r.key, label: r.label });
  return out;
}

/** The id of an entity given the key a user typed (already normalised by the caller). */
export function entityIdByKey(db: Db, table: 'hashtags' | 'sounds', key: string): number | null {
  const sql = table === 'hashtags' ? 'SELECT id FROM hashtags WHERE tag = ?' : 'SELECT id FROM sounds WHERE music_id = ?';
  const id = db.prepare<[string], number>(sql).pluck().get(key);
  return id ?? null;
}
