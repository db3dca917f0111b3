/**
 * Compressed row storage of links: for frame row i, the linked ids are
 * values[offsets[i] .. offsets[i + 1]). Built with a counting sort, so its cost is linear in the
 * number of links whatever order SQLite returns them in.
 */
import type { LinkColumns } from '../../db/analysis/postLinks';

export interface LinkIndex {
  offsets: Int32Array;
  values: Int32Array;
  /** Largest linked id + 1 (size for arrays indexed by id). */
  idLimit: number;
}

export function buildLinkIndex(links: LinkColumns, rowCount: number, rowOfPk: (pk: number) => number): LinkIndex {
  const rows = new Int32Array(links.postPk.length);
  const offsets = new Int32Array(rowCount + 1);
  let idLimit = 1;
  for (let k = 0; k < rows.length; k++) {
    const row = rowOfPk(links.postPk[k]!);
    rows[k] = row;
    if (row >= 0) offsets[row + 1]!++;
    const id = links.target[k]!;
    if (id >= idLimit) idLimit = id + 1;
  }
  for (let i = 0; i < rowCount; i++) offsets[i + 1]! += offsets[i]!;
  const cursor = offsets.slice(0, rowCount);
  const values = new Int32Array(offsets[rowCount]!);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    if (row >= 0) values[cursor[row]!++] = links.target[k]!;
  }
  return { offsets, values, idLimit };
}
