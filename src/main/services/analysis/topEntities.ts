/**
 * Top hashtags, sounds, mentioned accounts and authors of a selection, by posts, distinct authors
 * or views, with shares of the selection's totals. Ordered by the metric (descending), then key.
 */
import type { TopEntities, TopItem, TopKind, TopMetric } from '../../../shared/domain/analysis';
import { entityLabels, type EntityTable } from '../../db/analysis/entityLabels';
import type { Db } from '../../db/connection';
import { rankByMetric } from './ranking';
import { rowsByAuthor, type AuthorRuns } from './rowsByAuthor';
import type { Selection } from './selection';

export interface TopOptions {
  kind: TopKind;
  by?: TopMetric;
  limit?: number;
}

const TABLE: Record<TopKind, EntityTable> = { hashtags: 'hashtags', sounds: 'sounds', mentions: 'accounts', authors: 'accounts' };

interface Tally {
  posts: Int32Array;
  authors: Int32Array;
  views: Float64Array;
  ids: number[];
}

/** Per entity id: posts, distinct authors, views (known views summed; a missing count adds nothing). */
function tally(selection: Selection, kind: TopKind, byAuthor: AuthorRuns): Tally {
  const { frame } = selection;
  const account = frame.posts.account;
  const viewsOf = frame.posts.views;
  const rows = byAuthor.rows;
  // Every post links to a list of entity ids: its hashtags or mentions, or its one sound or author.
  let offsets: Int32Array;
  let values: Int32Array;
  let idLimit: number;
  if (kind === 'hashtags' || kind === 'mentions') {
    ({ offsets, values, idLimit } = frame.linkIndex(kind));
  } else {
    values = kind === 'sounds' ? frame.posts.sound : account;
    offsets = new Int32Array(0);
    idLimit = 1;
    for (let k = 0; k < rows.length; k++) if (values[rows[k]!]! >= idLimit) idLimit = values[rows[k]!]! + 1;
  }
  const single = offsets.length === 0;
  const posts = new Int32Array(idLimit);
  const authors = new Int32Array(idLimit);
  const views = new Float64Array(idLimit);
  // Rows arrive grouped by author, so "last author seen" per entity counts distinct authors exactly.
  const lastAuthor = new Int32Array(idLimit);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const author = account[i]!;
    const v = viewsOf[i]!;
    const from = single ? i : offsets[i]!;
    const to = single ? i + 1 : offsets[i + 1]!;
    for (let j = from; j < to; j++) {
      const id = values[j]!;
      if (id === 0) continue;
      posts[id]!++;
      if (v === v) views[id]! += v;
      if (author !== 0 && lastAuthor[id] !== author) {
        lastAuthor[id] = author;
        authors[id]!++;
      }
    }
  }
  const ids: number[] = [];
  for (let id = 1; id < idLimit; id++) if (posts[id]! > 0) ids.push(id);
  return { posts, authors, views, ids };
}

function selectionTotals({ frame, rows }: Selection, authors: number) {
  let views = 0;
  for (let k = 0; k < rows.length; k++) {
    const v = frame.posts.views[rows[k]!]!;
    if (v === v) views += v;
  }
  return { posts: rows.length, authors, views };
}

export function topEntities(db: Db, selection: Selection, options: TopOptions): TopEntities {
  const by = options.by ?? 'posts';
  const byAuthor = rowsByAuthor(selection);
  const t = tally(selection, options.kind, byAuthor);
  const totals = selectionTotals(selection, byAuthor.authors);
  const metric = by === 'posts' ? t.posts : by === 'authors' ? t.authors : t.views;
  const ranked = rankByMetric(t.ids, (id) => metric[id]!, options.limit ?? 50, (ids) => entityLabels(db, TABLE[options.kind], ids));
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);
  const items: TopItem[] = ranked.map(({ id, label }) => ({
    key: label.key,
    label: label.label,
    ...(options.kind === 'sounds' ? { title: label.label } : {}),
    posts: t.posts[id]!,
    authors: t.authors[id]!,
    views: t.views[id]!,
    sharePosts: share(t.posts[id]!, totals.posts),
    shareAuthors: share(t.authors[id]!, totals.authors),
    shareViews: share(t.views[id]!, totals.views),
  }));
  return { kind: options.kind, by, totals, totalItems: t.ids.length, items };
}
