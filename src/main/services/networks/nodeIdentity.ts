/**
 * Node ids and labels. Ids follow the rule: authors by normalised handle where known, else
 * by platform id (the account key without its 'id:' prefix — kept with the prefix only if a handle
 * spelled exactly like that id exists, so ids stay unique); hashtags by normalised tag; sounds by
 * music id. In bipartite networks a hashtag or sound whose id equals an author id is written
 * '#tag' or 'sound:<music id>' (handles never contain '#' or ':'), and the renaming is counted.
 * Labels carry display names, the original hashtag spelling and sound titles.
 */
import type { Db } from '../../db/connection';
import { accountFacts, accountKeyExists, hashtagFacts, soundFacts } from '../../db/networks/nodeFacts';
import { AUTHOR, HASHTAG, SOUND } from './rawNetwork';

export interface NodeIdentities {
  ids: string[];
  labels: string[];
  renamed: number;
}

export function authorNodeId(key: string, handleExists: (key: string) => boolean): string {
  if (!key.startsWith('id:')) return key;
  const bare = key.slice(3);
  return handleExists(bare) ? key : bare;
}

export function nodeIdentities(db: Db, types: Uint8Array, dbIds: Int32Array): NodeIdentities {
  const pick = (type: number) => {
    const out: number[] = [];
    for (let i = 0; i < types.length; i++) if (types[i] === type) out.push(dbIds[i]!);
    return out;
  };
  const accounts = accountFacts(db, pick(AUTHOR));
  const hashtags = hashtagFacts(db, pick(HASHTAG));
  const sounds = soundFacts(db, pick(SOUND));
  const handleExists = accountKeyExists(db);

  const ids = new Array<string>(types.length);
  const labels = new Array<string>(types.length);
  const authorIds = new Set<string>();
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== AUTHOR) continue;
    const a = accounts.get(dbIds[i]!);
    const id = a ? authorNodeId(a.key, handleExists) : `account:${dbIds[i]}`;
    ids[i] = id;
    labels[i] = a?.displayName || a?.handle || a?.platformId || id;
    authorIds.add(id);
  }
  let renamed = 0;
  for (let i = 0; i < types.length; i++) {
    if (types[i] === HASHTAG) {
      const h = hashtags.get(dbIds[i]!);
      const tag = h?.tag ?? `hashtag:${dbIds[i]}`;
      const clash = authorIds.has(tag);
      if (clash) renamed++;
      ids[i] = clash ? `#${tag}` : tag;
      labels[i] = `#${h?.display ?? tag}`;
    } else if (types[i] === SOUND) {
      const s = sounds.get(dbIds[i]!);
      const musicId = s?.musicId ?? `sound:${dbIds[i]}`;
      const clash = authorIds.has(musicId);
      if (clash) renamed++;
      ids[i] = clash ? `sound:${musicId}` : musicId;
      labels[i] = s?.title || musicId;
    }
  }
  return { ids, labels, renamed };
}
