import { useMemo } from 'react';

import type { PostDetail } from '../../../../shared/domain/post';
import type { DatasetInfo } from '../../../../shared/domain/study';
import { DefinitionGrid, type Definition } from '../../components/DefinitionGrid';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Notice } from '../../components/Notice';
import { Spinner } from '../../components/Spinner';
import { getApi } from '../../api';
import { useApiQuery } from '../../api/useApiQuery';
import { DASH, formatCount, formatDateTime } from '../../lib/format';
import { useStudyStore } from '../../stores/studyStore';
import { sourceRecordText } from './rawRecord';
import { tiktokVideoUrl } from './tiktokLink';

/** Everything Tokscope knows about one post, including each original record it came from. */
export function PostDetailPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { data: post, error } = useApiQuery(id, () => getApi().call('posts.get', { id }));
  // The datasets' headers turn stored CSV rows back into column: value pairs.
  const dataVersion = useStudyStore((s) => s.dataVersion);
  const { data: datasetList } = useApiQuery(`datasets|${dataVersion}`, () => getApi().call('datasets.list', {}));
  const datasets = useMemo(() => new Map((datasetList ?? []).map((d) => [d.id, d])), [datasetList]);

  return (
    <aside
      className="detail"
      aria-labelledby="post-detail-title"
      data-testid="post-detail"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="detail__header">
        <h2 id="post-detail-title" className="detail__title">
          Post <span className="mono">{id}</span>
        </h2>
        <button type="button" className="icon-button" aria-label="Close post details" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="detail__body">
        {error !== null && <ErrorNotice title="This post could not be loaded" error={error} />}
        {!post && error === null && <Spinner label="Loading the post" />}
        {post && <PostDetailBody post={post} datasets={datasets} />}
      </div>
    </aside>
  );
}

/** Fields with a value, then one line naming the fields the source did not have. */
function PostFields({ items }: { items: Definition[] }) {
  const present = items.filter((item) => item.value !== DASH);
  const missing = items.filter((item) => item.value === DASH).map((item) => item.term);
  return (
    <>
      <DefinitionGrid columns={1} items={present} />
      {missing.length > 0 && <p className="muted small">Not in the source: {missing.join(', ')}.</p>}
    </>
  );
}

function csvColumns(dataset: DatasetInfo | undefined): string[] | null {
  return dataset?.container === 'csv' && dataset.columns ? dataset.columns : null;
}

function approx(post: PostDetail, field: 'views' | 'likes' | 'comments' | 'shares' | 'saves' | 'followers') {
  const value = field === 'followers' ? post.authorFollowers : post[field];
  return formatCount(value, post.approximate.includes(field));
}

function PostDetailBody({ post, datasets }: { post: PostDetail; datasets: ReadonlyMap<number, DatasetInfo> }) {
  const link = tiktokVideoUrl(post.authorHandle, post.id);
  const hasApprox = post.approximate.length > 0;
  return (
    <div className="stack">
      {post.description ? <p className="detail__caption">{post.description}</p> : <p className="muted">No caption.</p>}
      {post.timeMismatch && (
        <Notice tone="warning" title="Time mismatch">
          The posting time differs by more than a day from the time encoded in the video ID. One of the two may be wrong
          in the source.
        </Notice>
      )}
      <div className="detail__counts">
        {(['views', 'likes', 'comments', 'shares', 'saves'] as const).map((field) => (
          <div key={field} className="detail__count">
            <span className="detail__count-value">{approx(post, field)}</span>
            <span className="detail__count-label">{field}</span>
          </div>
        ))}
      </div>
      {hasApprox && (
        <p className="muted small">≈ marks counts the source gave abbreviated or rounded (for example “12.3K”).</p>
      )}
      <PostFields
        items={[
          { term: 'Posted at', value: formatDateTime(post.createTime) },
          { term: 'Time in the source', value: post.createTimeOriginal ?? DASH },
          {
            term: 'Author',
            value: [post.authorHandle ? `@${post.authorHandle}` : null, post.authorName, post.authorId ? `id ${post.authorId}` : null]
              .filter(Boolean)
              .join(' · ') || DASH,
          },
          { term: 'Followers', value: approx(post, 'followers') },
          { term: 'Hashtags', value: post.hashtags.length ? post.hashtags.map((h) => `#${h}`).join(' ') : DASH },
          { term: 'Mentions', value: post.mentions.length ? post.mentions.map((m) => `@${m}`).join(' ') : DASH },
          {
            term: 'Sound',
            value: [post.musicTitle, post.musicAuthor, post.musicId ? `id ${post.musicId}` : null].filter(Boolean).join(' · ') || DASH,
          },
          { term: 'Region', value: post.region ?? DASH },
          { term: 'Duration', value: post.durationSeconds === null ? DASH : `${post.durationSeconds} s` },
          { term: 'Advertisement', value: post.isAd === null ? DASH : post.isAd ? 'Yes' : 'No' },
          { term: 'URL in the source', value: post.url ? <span className="break">{post.url}</span> : DASH },
        ]}
      />
      {link && (
        <p>
          <a href={link} target="_blank" rel="noopener noreferrer" className="external">
            Open on TikTok ↗
          </a>
        </p>
      )}
      <h3 className="section-title">Where it came from</h3>
      {post.sources.map((source, i) => (
        <div className="source" key={`${source.datasetId}-${i}`}>
          <div className="source__head">
            <strong>{source.datasetLabel}</strong>
            <span className={`badge badge--${source.change}`}>{source.change}</span>
            {source.line !== null && <span className="muted small">line {source.line}</span>}
          </div>
          <pre className="raw" aria-label={`Original record from ${source.datasetLabel}`}>
            {sourceRecordText(source.raw, csvColumns(datasets.get(source.datasetId)))}
          </pre>
          {source.previous && (
            <details className="source__previous">
              <summary>Values this import replaced</summary>
              <pre className="raw">{JSON.stringify(source.previous, null, 2)}</pre>
            </details>
          )}
        </div>
      ))}
    </div>
  );
}
