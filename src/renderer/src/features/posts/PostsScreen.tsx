import { useRef } from 'react';

import { EmptyState } from '../../components/EmptyState';
import { NoPostsState } from '../../components/NoPostsState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../lib/format';
import { useStudyStore } from '../../stores/studyStore';
import { FilterBar } from '../filters/FilterBar';
import { useFilterStore } from '../filters/filterStore';
import { PostDetailPanel } from './PostDetailPanel';
import { PostsTable } from './PostsTable';
import { usePostsViewStore } from './postsViewStore';
import { usePostPages } from './usePostPages';

export function PostsScreen() {
  const study = useStudyStore((s) => s.study);
  const dataVersion = useStudyStore((s) => s.dataVersion);
  const filter = useFilterStore((s) => s.filter);
  const sort = usePostsViewStore((s) => s.sort);
  const openId = usePostsViewStore((s) => s.openId);
  const open = usePostsViewStore((s) => s.open);
  const data = usePostPages(filter, sort, dataVersion);
  const tableRef = useRef<HTMLDivElement>(null);

  if (!study || study.postCount === 0) {
    return <NoPostsState study={study} hint="Import a CSV, JSON or NDJSON export to browse its posts here." />;
  }

  const close = () => {
    open(null);
    // Back to the table, on the row that was open.
    tableRef.current?.querySelector<HTMLElement>('[role="grid"]')?.focus();
  };

  return (
    <div className="posts">
      <FilterBar />
      <div className="posts__count" aria-live="polite" data-testid="posts-count">
        {data.total === null
          ? 'Counting posts…'
          : `${formatCount(data.total)} ${data.total === 1 ? 'post' : 'posts'}${
              data.total !== study.postCount ? ` of ${formatCount(study.postCount)}` : ''
            }`}
        <span className="muted small posts__hint">Click a row or press Enter to see every field and the original record.</span>
      </div>
      {data.error !== null && <ErrorNotice title="The posts could not be loaded" error={data.error} />}
      <div className={`posts__layout${openId ? ' posts__layout--detail' : ''}`} ref={tableRef}>
        {data.total === 0 ? (
          <EmptyState title="No post matches these filters">Remove a filter above to see more posts.</EmptyState>
        ) : (
          <PostsTable data={data} />
        )}
        {openId && <PostDetailPanel id={openId} onClose={close} />}
      </div>
    </div>
  );
}
