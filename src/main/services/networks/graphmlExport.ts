/**
 * GraphML (graphml.graphdrawing.org) as Gephi, networkx and igraph read it: typed <key>s for the
 * node attributes (label, type, posts, metrics, x/y), edge `weight`, and graph-level keys carrying
 * the description and the options as JSON.
 */
import { NETWORK_KIND_INFO } from '../../../shared/domain/network';
import { describeNetwork, nodeColumns, type ExportPositions } from './exportColumns';
import type { NetworkData } from './networkData';
import { numberText, xmlNodeIds, type XmlText } from './xmlText';

const GRAPHML_TYPES = { string: 'string', integer: 'long', double: 'double' } as const;

export function* graphmlParts(data: NetworkData, xml: XmlText, positions: ExportPositions | null): Generator<string> {
  const s = data.summary;
  const columns = nodeColumns(data);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="description" for="graph" attr.name="description" attr.type="string"/>\n';
  yield '  <key id="tokscope_options" for="graph" attr.name="tokscope_options" attr.type="string"/>\n';
  yield '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n';
  for (const c of columns) yield `  <key id="${c.name}" for="node" attr.name="${c.name}" attr.type="${GRAPHML_TYPES[c.kind]}"/>\n`;
  if (positions) {
    yield '  <key id="x" for="node" attr.name="x" attr.type="double"/>\n';
    yield '  <key id="y" for="node" attr.name="y" attr.type="double"/>\n';
  }
  yield '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n';
  const edgeDefault = NETWORK_KIND_INFO[s.kind].directed ? 'directed' : 'undirected';
  yield `  <graph id="${xml.attr(`tokscope-${s.kind}`)}" edgedefault="${edgeDefault}">\n`;
  yield `    <data key="description">${xml.text(describeNetwork(data))}</data>\n`;
  yield `    <data key="tokscope_options">${xml.text(JSON.stringify(s.options))}</data>\n`;
  // Ids are cleaned and escaped once: nodes and edges reuse them.
  const { escaped } = xmlNodeIds(data.ids, xml);
  for (let i = 0; i < data.ids.length; i++) {
    let node = `    <node id="${escaped[i]}"><data key="label">${xml.text(data.labels[i]!)}</data>`;
    for (const c of columns) {
      const v = c.value(i);
      node += `<data key="${c.name}">${typeof v === 'number' ? numberText(v) : xml.text(v)}</data>`;
    }
    if (positions?.has[i]) node += `<data key="x">${numberText(positions.x[i]!)}</data><data key="y">${numberText(positions.y[i]!)}</data>`;
    yield `${node}</node>\n`;
  }
  const { src, dst, weight } = data.edges;
  let batch = '';
  for (let i = 0; i < src.length; i++) {
    batch += `    <edge source="${escaped[src[i]!]}" target="${escaped[dst[i]!]}"><data key="weight">${numberText(weight[i]!)}</data></edge>\n`;
    if (batch.length > 65536) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
  yield '  </graph>\n';
  yield '</graphml>\n';
}
