/** Ids and labels of the accounts, hashtags and sounds that become network nodes. */
import type { Db } from '../connection';

export interface AccountFact {
  key: string;
  handle: string | null;
  platformId: string | null;
  displayName: string | null;
}

export interface HashtagFact {
  tag: string;
  display: string;
}

export interface SoundFact {
  musicId: string;
  title: string | null;
}

/** Looks rows up by id in chunks (SQLite caps bound parameters). */
function byIds<R extends { id: number }>(db: Db, sql: string, ids: Iterable<number>): Map<number, R> {
  const list = [...ids];
  const out = new Map<number, R>();
  const CHUNK = 900;
  const full = db.prepare<number[], R>(`${sql} (${new Array(CHUNK).fill('?').join(',')})`);
  for (let i = 0; i < list.length; i += CHUNK) {
    const part = list.slice(i, i + CHUNK);
    const stmt = part.length === CHUNK ? full : db.prepare<number[], R>(`${sql} (${part.map(() => '?').join(',')})`);
    for (const row of stmt.all(...part)) out.set(row.id, row);
  }
  return out;
}

export function accountFacts(db: Db, ids: Iterable<number>): Map<number, AccountFact> {
  const rows = byIds<{ id: number; key: string; handle: string | null; platform_id: string | null; display_name: string | null }>(
    db,
    'SELECT id, key, handle, platform_id, display_name FROM accounts WHERE id IN',
    ids,
  );
  const out = new Map<number, AccountFact>();
  for (const [id, r] of rows) out.set(id, { key: r.key, handle: r.handle, platformId: r.platform_id, displayName: r.display_name });
  return out;
}

export function hashtagFacts(db: Db, ids: Iterable<number>): Map<number, HashtagFact> {
  const rows = byIds<{ id: number; tag: string; display: string }>(db, 'SELECT id, tag, display FROM hashtags WHERE id IN', ids);
  const out = new Map<number, HashtagFact>();
  for (const [id, r] of rows) out.set(id, { tag: r.tag, display: r.display });
  return out;
}

export function soundFacts(db: Db, ids: Iterable<number>): Map<number, SoundFact> {
  const rows = byIds<{ id: number; music_id: string; title: string | null }>(db, 'SELECT id, music_id, title FROM sounds WHERE id IN', ids);
  const out = new Map<number, SoundFact>();
  for (const [id, r] of rows) out.set(id, { musicId: r.music_id, title: r.title });
  return out;
}

/** Every account key in the study (to keep stripped 'id:' keys from colliding with handles). */
export function accountKeyExists(db: Db): (key: string) => boolean {
  const stmt = db.prepare<[string], number>('SELECT 1 FROM accounts WHERE key = ?').pluck();
  return (key) => stmt.get(key) !== undefined;
}
