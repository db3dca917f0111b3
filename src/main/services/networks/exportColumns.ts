/**
 * The node attribute columns every export format writes, in one place so GEXF, GraphML, CSV and
 * JSON agree. Metric columns appear only when computed; x/y only when positions exist.
 */
import { NETWORK_KIND_INFO } from '../../../shared/domain/network';
import type { NetworkData } from './networkData';
import { NODE_TYPE_CODES } from './rawNetwork';

export interface NodeColumn {
  /** Attribute name in the file (snake_case: valid as GEXF/GraphML ids and R/pandas columns). */
  name: string;
  kind: 'string' | 'integer' | 'double';
  value: (i: number) => string | number;
}

export interface ExportPositions {
  x: Float64Array;
  y: Float64Array;
  /** 1 where the node has a position. */
  has: Uint8Array;
}

export function nodeColumns(data: NetworkData): NodeColumn[] {
  const columns: NodeColumn[] = [
    { name: 'type', kind: 'string', value: (i) => NODE_TYPE_CODES[data.types[i]!]! },
    { name: 'posts', kind: 'integer', value: (i) => data.posts[i]! },
    { name: 'degree', kind: 'integer', value: (i) => data.degree[i]! },
    { name: 'weighted_degree', kind: 'double', value: (i) => data.weightedDegree[i]! },
  ];
  const pagerank = data.pagerank;
  if (pagerank) columns.push({ name: 'pagerank', kind: 'double', value: (i) => pagerank[i]! });
  const betweenness = data.betweenness;
  if (betweenness) columns.push({ name: 'betweenness', kind: 'double', value: (i) => betweenness[i]! });
  const community = data.community;
  if (community) columns.push({ name: 'community', kind: 'integer', value: (i) => community[i]! });
  return columns;
}

/** Positions from the build (--layout) or from the app's view, whichever is given. */
export function exportPositions(data: NetworkData, fromView?: ReadonlyMap<string, { x: number; y: number }>): ExportPositions | null {
  const n = data.ids.length;
  if (fromView && fromView.size > 0) {
    const x = new Float64Array(n);
    const y = new Float64Array(n);
    const has = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const p = fromView.get(data.ids[i]!);
      if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) {
        x[i] = p.x;
        y[i] = p.y;
        has[i] = 1;
      }
    }
    return { x, y, has };
  }
  if (data.layout) return { x: data.layout.x, y: data.layout.y, has: new Uint8Array(n).fill(1) };
  return null;
}

/** One paragraph saying what the network is and how it was built (file metadata). */
export function describeNetwork(data: NetworkData): string {
  const s = data.summary;
  const info = NETWORK_KIND_INFO[s.kind];
  return (
    `Tokscope ${s.kind} network. ${info.definition} ${s.nodes} nodes, ${s.edges} edges, total weight ${s.totalWeight}; ` +
    `${s.ignoredGroups} ${info.groupNoun} ignored by max-group. Built ${s.builtAt} with Tokscope ${s.toolVersion}. ` +
    `Options: ${JSON.stringify(s.options)}`
  );
}
