/**
 * graphology's serialisation format (what `graph.export()` produces and `Graph.from()` reads):
 * graph attributes carry the summary and options, node attributes the label, type, posts,
 * metrics and x/y; edges carry `weight`. Edge keys are omitted (graphology assigns them).
 */
import { NETWORK_KIND_INFO } from '../../../shared/domain/network';
import { describeNetwork, nodeColumns, type ExportPositions } from './exportColumns';
import type { NetworkData } from './networkData';

export function* graphologyJsonParts(data: NetworkData, positions: ExportPositions | null): Generator<string> {
  const s = data.summary;
  const columns = nodeColumns(data);
  const head = {
    attributes: { name: `Tokscope ${s.kind} network`, description: describeNetwork(data), tokscope: s },
    options: { type: NETWORK_KIND_INFO[s.kind].directed ? 'directed' : 'undirected', multi: false, allowSelfLoops: true },
  };
  const opening = JSON.stringify(head);
  yield `${opening.slice(0, -1)},"nodes":[`;
  for (let i = 0; i < data.ids.length; i++) {
    const attributes: Record<string, unknown> = { label: data.labels[i] };
    for (const c of columns) attributes[c.name] = c.value(i);
    if (positions?.has[i]) {
      attributes.x = positions.x[i];
      attributes.y = positions.y[i];
    }
    yield `${i ? ',' : ''}\n${JSON.stringify({ key: data.ids[i], attributes })}`;
  }
  yield '\n],"edges":[';
  const { src, dst, weight } = data.edges;
  const ids = data.ids.map((id) => JSON.stringify(id));
  let batch = '';
  for (let i = 0; i < src.length; i++) {
    batch += `${i ? ',' : ''}\n{"source":${ids[src[i]!]},"target":${ids[dst[i]!]},"attributes":{"weight":${weight[i]}}}`;
    if (batch.length > 65536) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
  yield '\n]}\n';
}
