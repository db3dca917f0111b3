import type { PostSortKey } from '../../../../shared/api/coreApi';
import type { CountField, PostRow } from '../../../../shared/domain/post';
import { DASH, formatCompactUtc, formatCount } from '../../lib/format';

export interface PostColumn {
  id: string;
  label: string;
  sortKey?: PostSortKey;
  numeric?: boolean;
  render(row: PostRow): string;
}

function count(field: CountField & keyof PostRow) {
  return (row: PostRow) => formatCount(row[field] as number | null, row.approximate.includes(field));
}

/** The posts table's columns, in order. Widths live in the CSS grid template. */
export const POST_COLUMNS: readonly PostColumn[] = [
  { id: 'time', label: 'Posted at (UTC)', sortKey: 'createTime', render: (r) => formatCompactUtc(r.createTime) },
  { id: 'author', label: 'Author', sortKey: 'authorHandle', render: (r) => (r.authorHandle ? `@${r.authorHandle}` : DASH) },
  { id: 'caption', label: 'Caption', render: (r) => r.description ?? '' },
  { id: 'views', label: 'Views', sortKey: 'views', numeric: true, render: count('views') },
  { id: 'likes', label: 'Likes', sortKey: 'likes', numeric: true, render: count('likes') },
  { id: 'comments', label: 'Comments', sortKey: 'comments', numeric: true, render: count('comments') },
  { id: 'shares', label: 'Shares', sortKey: 'shares', numeric: true, render: count('shares') },
];
