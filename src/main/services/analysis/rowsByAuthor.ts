/** Selected rows as runs of one author each (frame rows are ordered by author; see authorOrder.ts). */
import type { Selection } from './selection';

export interface AuthorRuns {
  /** Selected rows, grouped by accounts.id (0 = unknown author first). */
  rows: Int32Array;
  /** Distinct known authors among the rows. */
  authors: number;
}

export function rowsByAuthor({ frame, rows }: Selection): AuthorRuns {
  const account = frame.posts.account;
  let authors = 0;
  let previous = 0;
  for (let k = 0; k < rows.length; k++) {
    const a = account[rows[k]!]!;
    if (a !== previous) {
      authors++;
      previous = a;
    }
  }
  return { rows, authors };
}
