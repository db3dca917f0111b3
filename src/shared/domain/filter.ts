/**
 * The one filter shape every screen, analysis and network uses ("the same filter bar everywhere").
 * Values are user-facing: handles and hashtags are normalised by the query layer, sounds are music ids.
 */
export interface PostFilter {
  datasetIds?: number[];
  /** Inclusive lower bound: ISO date (YYYY-MM-DD, start of day UTC) or full ISO timestamp. */
  from?: string;
  /** Inclusive upper bound: ISO date (YYYY-MM-DD, end of day UTC) or full ISO timestamp. */
  to?: string;
  authors?: string[];
  hashtags?: string[];
  sounds?: string[];
  /** Case-insensitive substring match on the description. */
  text?: string;
}

export function isEmptyFilter(f: PostFilter | undefined): boolean {
  if (!f) return true;
  return (
    !f.datasetIds?.length &&
    !f.from &&
    !f.to &&
    !f.authors?.length &&
    !f.hashtags?.length &&
    !f.sounds?.length &&
    !f.text
  );
}
