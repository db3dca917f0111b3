/**
 * Id lookups for accounts, sounds and hashtags during a write. Caching the key → id map in memory
 * turns millions of repeated lookups (a Zipf-distributed author posts thousands of times) into
 * Map hits; only the first sighting of an entity touches SQLite.
 */
import { normaliseHandle } from '../../../shared/domain/normalise';
import { ownString } from '../../util/ownString';
import type { Db } from '../connection';

export interface AccountFacts {
  handle: string | null;
  platformId: string | null;
  displayName: string | null;
  followers: number | null;
  followersApprox: boolean;
}

interface CachedAccount extends AccountFacts {
  id: number;
}

export class EntityCache {
  private readonly accounts = new Map<string, CachedAccount>();
  private readonly sounds = new Map<string, { id: number; title: string | null; author: string | null }>();
  private readonly hashtags = new Map<string, number>();

  private readonly selectAccount;
  private readonly insertAccount;
  private readonly updateAccount;
  private readonly selectSound;
  private readonly insertSound;
  private readonly updateSound;
  private readonly selectHashtag;
  private readonly insertHashtag;

  constructor(db: Db) {
    this.selectAccount = db.prepare<[string], { id: number; handle: string | null; platform_id: string | null; display_name: string | null; followers: number | null; followers_approx: number }>(
      'SELECT id, handle, platform_id, display_name, followers, followers_approx FROM accounts WHERE key = ?',
    );
    this.insertAccount = db.prepare(
      'INSERT INTO accounts (key, handle, platform_id, display_name, followers, followers_approx) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.updateAccount = db.prepare(
      'UPDATE accounts SET handle = ?, platform_id = ?, display_name = ?, followers = ?, followers_approx = ? WHERE id = ?',
    );
    this.selectSound = db.prepare<[string], { id: number; title: string | null; author_name: string | null }>(
      'SELECT id, title, author_name FROM sounds WHERE music_id = ?',
    );
    this.insertSound = db.prepare('INSERT INTO sounds (music_id, title, author_name) VALUES (?, ?, ?)');
    this.updateSound = db.prepare('UPDATE sounds SET title = ?, author_name = ? WHERE id = ?');
    this.selectHashtag = db.prepare<[string], { id: number }>('SELECT id FROM hashtags WHERE tag = ?');
    this.insertHashtag = db.prepare('INSERT INTO hashtags (tag, display) VALUES (?, ?)');
  }

  /** Key rule: the normalised handle when known, else the platform id. */
  static accountKey(handle: string | null, platformId: string | null): string | null {
    const normalised = handle ? normaliseHandle(handle) : '';
    if (normalised) return normalised;
    if (platformId) return `id:${platformId}`;
    return null;
  }

  /** Returns the account id, creating or refreshing the row; newer non-empty facts win. */
  account(facts: AccountFacts): number | null {
    const key = EntityCache.accountKey(facts.handle, facts.platformId);
    if (key === null) return null;
    let cached = this.accounts.get(key);
    if (!cached) {
      const row = this.selectAccount.get(key);
      if (row) {
        cached = {
          id: row.id,
          handle: row.handle,
          platformId: row.platform_id,
          displayName: row.display_name,
          followers: row.followers,
          followersApprox: row.followers_approx === 1,
        };
      } else {
        const info = this.insertAccount.run(
          key,
          facts.handle,
          facts.platformId,
          facts.displayName,
          facts.followers,
          facts.followersApprox ? 1 : 0,
        );
        cached = { id: Number(info.lastInsertRowid), ...ownFacts(facts) };
        this.accounts.set(ownString(key), cached);
        return cached.id;
      }
      this.accounts.set(ownString(key), cached);
    }
    const merged: AccountFacts = {
      handle: facts.handle ?? cached.handle,
      platformId: facts.platformId ?? cached.platformId,
      displayName: facts.displayName ?? cached.displayName,
      followers: facts.followers ?? cached.followers,
      followersApprox: facts.followers !== null ? facts.followersApprox : cached.followersApprox,
    };
    if (
      merged.handle !== cached.handle ||
      merged.platformId !== cached.platformId ||
      merged.displayName !== cached.displayName ||
      merged.followers !== cached.followers ||
      merged.followersApprox !== cached.followersApprox
    ) {
      this.updateAccount.run(
        merged.handle,
        merged.platformId,
        merged.displayName,
        merged.followers,
        merged.followersApprox ? 1 : 0,
        cached.id,
      );
      Object.assign(cached, ownFacts(merged));
    }
    return cached.id;
  }

  sound(musicId: string | null, title: string | null, author: string | null): number | null {
    if (!musicId) return null;
    let cached = this.sounds.get(musicId);
    if (!cached) {
      const row = this.selectSound.get(musicId);
      if (row) {
        cached = { id: row.id, title: row.title, author: row.author_name };
      } else {
        const info = this.insertSound.run(musicId, title, author);
        cached = { id: Number(info.lastInsertRowid), title: ownString(title), author: ownString(author) };
        this.sounds.set(ownString(musicId), cached);
        return cached.id;
      }
      this.sounds.set(ownString(musicId), cached);
    }
    const nextTitle = title ?? cached.title;
    const nextAuthor = author ?? cached.author;
    if (nextTitle !== cached.title || nextAuthor !== cached.author) {
      this.updateSound.run(nextTitle, nextAuthor, cached.id);
      cached.title = ownString(nextTitle);
      cached.author = ownString(nextAuthor);
    }
    return cached.id;
  }

  hashtag(tag: string, display: string): number {
    let id = this.hashtags.get(tag);
    if (id !== undefined) return id;
    const row = this.selectHashtag.get(tag);
    id = row ? row.id : Number(this.insertHashtag.run(tag, display).lastInsertRowid);
    this.hashtags.set(ownString(tag), id);
    return id;
  }
}

function ownFacts(f: AccountFacts): AccountFacts {
  return {
    handle: ownString(f.handle),
    platformId: ownString(f.platformId),
    displayName: ownString(f.displayName),
    followers: f.followers,
    followersApprox: f.followersApprox,
  };
}
