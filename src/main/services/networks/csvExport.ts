/**
 * Gephi's spreadsheet pair: nodes.csv (Id, Label, attributes, x/y) and edges.csv (Source, Target,
 * Type, Weight), the column names Gephi's import wizard recognises. Spreadsheet-safe: text cells
 * that start with = + - @ TAB CR or LF get a leading apostrophe and are quoted (papaparse with
 * the OWASP trigger list, LF included); numbers are written as numbers. Ids are escaped the same
 * way in both files, so edges still match their nodes.
 */
import Papa from 'papaparse';

import { NETWORK_KIND_INFO } from '../../../shared/domain/network';
import { nodeColumns, type ExportPositions } from './exportColumns';
import type { NetworkData } from './networkData';

const FORMULA_TRIGGER = /^[=+\-@\t\r\n]/;
const ROWS_PER_CHUNK = 20_000;

function unparse(rows: unknown[][]): string {
  return `${Papa.unparse(rows, { escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' })}\r\n`;
}

export function* nodesCsvParts(data: NetworkData, positions: ExportPositions | null): Generator<string> {
  const columns = nodeColumns(data);
  const header = ['Id', 'Label', ...columns.map((c) => c.name), ...(positions ? ['x', 'y'] : [])];
  yield unparse([header]);
  let rows: unknown[][] = [];
  for (let i = 0; i < data.ids.length; i++) {
    const row: unknown[] = [data.ids[i], data.labels[i], ...columns.map((c) => c.value(i))];
    if (positions) row.push(positions.has[i] ? positions.x[i] : '', positions.has[i] ? positions.y[i] : '');
    rows.push(row);
    if (rows.length === ROWS_PER_CHUNK) {
      yield unparse(rows);
      rows = [];
    }
  }
  if (rows.length) yield unparse(rows);
}

export function* edgesCsvParts(data: NetworkData): Generator<string> {
  const type = NETWORK_KIND_INFO[data.summary.kind].directed ? 'Directed' : 'Undirected';
  yield unparse([['Source', 'Target', 'Type', 'Weight']]);
  const { src, dst, weight } = data.edges;
  let rows: unknown[][] = [];
  for (let i = 0; i < src.length; i++) {
    rows.push([data.ids[src[i]!], data.ids[dst[i]!], type, weight[i]]);
    if (rows.length === ROWS_PER_CHUNK) {
      yield unparse(rows);
      rows = [];
    }
  }
  if (rows.length) yield unparse(rows);
}
