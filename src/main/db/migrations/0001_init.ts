import type { Migration } from './index';

/**
 * Initial schema. The hot `posts` table holds only what analysis scans (numbers and foreign keys);
 * text lives in `post_text`, original records in `post_sources`. Provenance (`datasets`,
 * `post_sources`, `rejections`) and the `audit_log` are part of the model from the start.
 */
export const m0001Init: Migration = {
  name: '0001_init',
  up(db) {
    db.exec(`
      CREATE TABLE study_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE datasets (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('file', 'collection', 'donation', 'sample')),
        label TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('complete', 'failed')),
        source_name TEXT,
        source_size INTEGER,
        source_sha256 TEXT,
        query_json TEXT,
        format TEXT NOT NULL,
        container TEXT,
        encoding TEXT,
        delimiter TEXT,
        mapping_json TEXT,
        columns_json TEXT,
        time_assumption TEXT,
        tool_version TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        rows_read INTEGER NOT NULL DEFAULT 0,
        inserted INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        warnings_json TEXT NOT NULL DEFAULT '[]',
        stats_json TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE TABLE rejections (
        dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;
      CREATE INDEX rejections_by_dataset ON rejections(dataset_id, line);

      -- Authors and mentioned accounts share one table so mention networks join on one key.
      -- key = normalised handle when known, else 'id:' || platform id.
      CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        handle TEXT,
        platform_id TEXT,
        display_name TEXT,
        followers INTEGER,
        followers_approx INTEGER NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE sounds (
        id INTEGER PRIMARY KEY,
        music_id TEXT NOT NULL UNIQUE,
        title TEXT,
        author_name TEXT
      ) STRICT;

      -- tag = NFC + lower-case; display = the first spelling seen.
      CREATE TABLE hashtags (
        id INTEGER PRIMARY KEY,
        tag TEXT NOT NULL UNIQUE,
        display TEXT NOT NULL
      ) STRICT;

      CREATE TABLE posts (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        account_id INTEGER REFERENCES accounts(id),
        create_time INTEGER,
        sound_id INTEGER REFERENCES sounds(id),
        views INTEGER,
        likes INTEGER,
        comments INTEGER,
        shares INTEGER,
        saves INTEGER,
        approx INTEGER NOT NULL DEFAULT 0,
        flags INTEGER NOT NULL DEFAULT 0,
        duration REAL,
        region TEXT,
        is_ad INTEGER,
        last_dataset_id INTEGER REFERENCES datasets(id)
      ) STRICT;

      CREATE TABLE post_text (
        pk INTEGER PRIMARY KEY REFERENCES posts(pk) ON DELETE CASCADE,
        description TEXT,
        create_time_original TEXT,
        url TEXT
      ) STRICT;

      CREATE TABLE post_hashtags (
        post_pk INTEGER NOT NULL REFERENCES posts(pk) ON DELETE CASCADE,
        hashtag_id INTEGER NOT NULL REFERENCES hashtags(id),
        PRIMARY KEY (post_pk, hashtag_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE post_mentions (
        post_pk INTEGER NOT NULL REFERENCES posts(pk) ON DELETE CASCADE,
        account_id INTEGER NOT NULL REFERENCES accounts(id),
        PRIMARY KEY (post_pk, account_id)
      ) STRICT, WITHOUT ROWID;

      -- Which datasets each post came from, with its original record as that dataset had it.
      CREATE TABLE post_sources (
        post_pk INTEGER NOT NULL REFERENCES posts(pk) ON DELETE CASCADE,
        dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
        line INTEGER,
        change TEXT NOT NULL CHECK (change IN ('inserted', 'updated', 'unchanged')),
        raw TEXT NOT NULL,
        previous_json TEXT,
        PRIMARY KEY (post_pk, dataset_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE mapping_presets (
        name TEXT PRIMARY KEY,
        mapping_json TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        details_json TEXT NOT NULL DEFAULT '{}'
      ) STRICT;

      CREATE INDEX posts_by_time ON posts(create_time);
      CREATE INDEX posts_by_account ON posts(account_id, create_time);
      CREATE INDEX posts_by_sound ON posts(sound_id, create_time);
      CREATE INDEX post_hashtags_by_tag ON post_hashtags(hashtag_id, post_pk);
      CREATE INDEX post_mentions_by_account ON post_mentions(account_id, post_pk);
      CREATE INDEX post_sources_by_dataset ON post_sources(dataset_id, post_pk);
    `);
  },
};
