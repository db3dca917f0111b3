import { useFilterStore } from './features/filters/filterStore';
import { usePostsViewStore } from './features/posts/postsViewStore';
import { useStudyStore } from './stores/studyStore';

/**
 * Filters and the open post belong to one study: a hashtag chosen in the sample study means
 * nothing in the next one. Clears them whenever a different study file is opened.
 */
export function resetViewsOnStudyChange(): () => void {
  let path = useStudyStore.getState().study?.path ?? null;
  return useStudyStore.subscribe((state) => {
    const next = state.study?.path ?? null;
    if (next === path) return;
    path = next;
    useFilterStore.getState().clear();
    usePostsViewStore.getState().open(null);
    usePostsViewStore.getState().setActive(-1);
  });
}
