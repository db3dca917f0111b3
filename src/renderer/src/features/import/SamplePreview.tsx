import { useState } from 'react';

import type { ImportPreview } from '../../../../shared/domain/import';
import type { NormalisedPost } from '../../../../shared/domain/post';
import { Tabs } from '../../components/Tabs';
import { DASH, formatCompactUtc, formatCount } from '../../lib/format';
import { extraRejections, sampleRows, type SampleRow } from './logic';

type View = 'stored' | 'raw';
const VIEWS = [
  { id: 'stored', label: 'What Tokscope will store' },
  { id: 'raw', label: 'As in the file' },
] as const;

/** The first rows of the file, before and after mapping; rows that would be rejected say why. */
export function SamplePreview({ preview }: { preview: ImportPreview }) {
  const [view, setView] = useState<View>('stored');
  const rows = sampleRows(preview);
  const rejected = rows.filter((r) => r.rejection).length;
  const extra = extraRejections(preview);

  return (
    <div className="stack">
      <div className="sample__head">
        <Tabs label="Preview view" idPrefix="sample-view" tabs={VIEWS} value={view} onChange={setView} />
        <span className="muted small">
          {rows.length === 1 ? 'First row' : `First ${rows.length} rows`}
          {rejected > 0 ? ` · ${rejected} would be rejected` : ' · all readable'}
        </span>
      </div>
      <div id="sample-view-panel" role="tabpanel" aria-labelledby={`sample-view-${view}`} className="table-wrap table-wrap--scroll">
        {view === 'stored' ? <StoredTable rows={rows} /> : <RawTable rows={rows} columns={rawColumns(preview)} />}
      </div>
      {extra.length > 0 && (
        <p className="muted small">
          Also rejected in the preview: {extra.map((r) => `line ${r.line} (${r.reason})`).join('; ')}.
        </p>
      )}
    </div>
  );
}

function rawColumns(preview: ImportPreview): string[] {
  if (preview.container === 'csv' && preview.columns.length) return preview.columns;
  const keys = new Set<string>();
  for (const row of preview.sampleRaw) for (const key of Object.keys(row)) keys.add(key);
  return [...keys];
}

function Status({ row }: { row: SampleRow }) {
  return row.rejection ? <span className="status status--rejected">Rejected</span> : <span className="status status--ok">Will import</span>;
}

function rejectionText(row: SampleRow): string {
  if (!row.rejection) return '';
  return row.rejection.line > 0 ? `Line ${row.rejection.line}: ${row.rejection.reason}` : row.rejection.reason;
}

function count(post: NormalisedPost, field: 'views' | 'likes' | 'comments' | 'shares') {
  return formatCount(post[field], post.approximate.includes(field));
}

function StoredTable({ rows }: { rows: SampleRow[] }) {
  return (
    <table className="table table--compact sample">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Status</th>
          <th scope="col">Video ID</th>
          <th scope="col">Author</th>
          <th scope="col">Posted at (UTC)</th>
          <th scope="col">Caption</th>
          <th scope="col">Hashtags</th>
          <th scope="col" className="num">
            Views
          </th>
          <th scope="col" className="num">
            Likes
          </th>
          <th scope="col" className="num">
            Comments
          </th>
          <th scope="col" className="num">
            Shares
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const post = row.post;
          return (
            <tr key={row.index} className={post ? undefined : 'row--rejected'}>
              <td className="muted">{row.index + 1}</td>
              <td>
                <Status row={row} />
              </td>
              {post ? (
                <>
                  <td className="mono">{post.id}</td>
                  <td>{post.authorHandle ? `@${post.authorHandle}` : DASH}</td>
                  <td className="nowrap">
                    {post.createTime === null ? DASH : formatCompactUtc(new Date(post.createTime * 1000).toISOString())}
                  </td>
                  <td className="cell-clip" title={post.description ?? undefined}>
                    {post.description ?? DASH}
                  </td>
                  <td className="cell-clip">{post.hashtags.length ? post.hashtags.map((h) => `#${post.hashtagDisplay[h] ?? h}`).join(' ') : DASH}</td>
                  <td className="num">{count(post, 'views')}</td>
                  <td className="num">{count(post, 'likes')}</td>
                  <td className="num">{count(post, 'comments')}</td>
                  <td className="num">{count(post, 'shares')}</td>
                </>
              ) : (
                <td colSpan={9} className="sample__reason">
                  {rejectionText(row)}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RawTable({ rows, columns }: { rows: SampleRow[]; columns: string[] }) {
  return (
    <table className="table table--compact sample">
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Status</th>
          {columns.map((c) => (
            <th scope="col" key={c}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.index} className={row.post ? undefined : 'row--rejected'}>
            <td className="muted">{row.index + 1}</td>
            <td>
              <Status row={row} />
            </td>
            {columns.map((c) => (
              <td key={c} className="cell-clip" title={row.raw[c]}>
                {row.raw[c] ?? ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
