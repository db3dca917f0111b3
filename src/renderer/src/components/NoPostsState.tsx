import type { ReactElement } from 'react';

import type { StudyInfo } from '../../../shared/domain/study';
import { useNavStore } from '../stores/navStore';
import { EmptyState } from './EmptyState';

/**
 * What a screen that needs posts shows instead of itself: no open study, or a study with no posts
 * yet (with a way to the Import screen). Null when there are posts to work with.
 */
export function NoPostsState({ study, hint }: { study: StudyInfo | null; hint: string }): ReactElement | null {
  const go = useNavStore((s) => s.go);
  if (!study) return <EmptyState title="Open a study first" />;
  if (study.postCount > 0) return null;
  return (
    <EmptyState
      title="This study has no posts yet"
      action={
        <button type="button" className="button button--primary" onClick={() => go('import')}>
          Import a file
        </button>
      }
    >
      {hint}
    </EmptyState>
  );
}
