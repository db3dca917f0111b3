/**
 * Writes a built network in the format its file name asks for: .gexf (GEXF 1.3), .graphml,
 * .json (graphology serialisation), .csv (Gephi spreadsheet pair: NAME-nodes.csv and
 * NAME-edges.csv next to NAME.csv, which itself is not written). Files are written atomically.
 */
import path from 'node:path';

import { ApiError } from '../../../shared/api/result';
import type { NetworkExportFormat, NetworkExportResult } from '../../../shared/domain/network';
import { joinGenerated, writeGenerated } from './chunkedWrite';
import { edgesCsvParts, nodesCsvParts } from './csvExport';
import { exportPositions } from './exportColumns';
import { gexfParts } from './gexfExport';
import { graphmlParts } from './graphmlExport';
import { graphologyJsonParts } from './jsonExport';
import type { NetworkData } from './networkData';
import { XmlText } from './xmlText';

export const EXPORT_EXTENSIONS: Record<string, NetworkExportFormat> = {
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.json': 'json',
  '.csv': 'csv',
};

export function exportFormatOf(file: string): NetworkExportFormat {
  const format = EXPORT_EXTENSIONS[path.extname(file).toLowerCase()];
  if (!format) {
    throw new ApiError('VALIDATION', `Cannot tell the format of "${path.basename(file)}": use .gexf, .graphml, .json or .csv (nodes/edges pair).`);
  }
  return format;
}

/** NAME.csv → NAME-nodes.csv, NAME-edges.csv (same folder). */
export function csvPairPaths(file: string): { nodes: string; edges: string } {
  const base = file.slice(0, file.length - path.extname(file).length);
  return { nodes: `${base}-nodes.csv`, edges: `${base}-edges.csv` };
}

export interface ExportRequest {
  format?: NetworkExportFormat;
  /** Positions from the app's current view, by node id. */
  positions?: ReadonlyMap<string, { x: number; y: number }>;
}

interface GeneratedFile {
  path: string;
  parts: () => Iterable<string>;
}

function plan(data: NetworkData, target: string, request: ExportRequest): { files: GeneratedFile[]; xml: XmlText } {
  const format = request.format ?? exportFormatOf(target);
  const positions = exportPositions(data, request.positions);
  const xml = new XmlText();
  switch (format) {
    case 'gexf':
      return { files: [{ path: target, parts: () => gexfParts(data, xml, positions) }], xml };
    case 'graphml':
      return { files: [{ path: target, parts: () => graphmlParts(data, xml, positions) }], xml };
    case 'json':
      return { files: [{ path: target, parts: () => graphologyJsonParts(data, positions) }], xml };
    case 'csv': {
      const pair = csvPairPaths(target);
      return {
        files: [
          { path: pair.nodes, parts: () => nodesCsvParts(data, positions) },
          { path: pair.edges, parts: () => edgesCsvParts(data) },
        ],
        xml,
      };
    }
  }
}

function result(files: string[], xml: XmlText): NetworkExportResult {
  const warnings: string[] = [];
  if (xml.changed > 0) {
    warnings.push(`${xml.changed} character(s) that XML 1.0 does not allow (control characters, lone surrogates) were removed or replaced.`);
  }
  if (xml.renamedIds > 0) warnings.push(`${xml.renamedIds} node id(s) became equal after cleaning and were given a ~N suffix.`);
  return { files, removedCharacters: xml.changed, warnings };
}

export async function exportNetwork(data: NetworkData, target: string, request: ExportRequest = {}): Promise<NetworkExportResult> {
  const { files, xml } = plan(data, path.resolve(target), request);
  for (const f of files) await writeGenerated(f.path, f.parts());
  return result(
    files.map((f) => f.path),
    xml,
  );
}

/** The export as in-memory files (browser downloads, tests). */
export function exportNetworkContents(
  data: NetworkData,
  fileName: string,
  request: ExportRequest = {},
): NetworkExportResult & { contents: Array<{ name: string; content: string }> } {
  const { files, xml } = plan(data, fileName, request);
  const contents = files.map((f) => ({ name: path.basename(f.path), content: joinGenerated(f.parts()) }));
  return { ...result(contents.map((c) => c.name), xml), contents };
}
