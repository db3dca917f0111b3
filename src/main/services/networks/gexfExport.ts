/**
 * GEXF 1.3 (gexf.net/1.3) as Gephi reads it: node attributes declared once, values per node,
 * `viz:position` when positions exist, edge `weight` as the GEXF weight attribute. The options
 * and counts go into <meta><description>.
 */
import { NETWORK_KIND_INFO } from '../../../shared/domain/network';
import { describeNetwork, nodeColumns, type ExportPositions } from './exportColumns';
import type { NetworkData } from './networkData';
import { numberText, xmlNodeIds, type XmlText } from './xmlText';

const GEXF_TYPES = { string: 'string', integer: 'integer', double: 'double' } as const;

export function* gexfParts(data: NetworkData, xml: XmlText, positions: ExportPositions | null): Generator<string> {
  const s = data.summary;
  const columns = nodeColumns(data);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta lastmodifieddate="${s.builtAt.slice(0, 10)}">\n`;
  yield `    <creator>${xml.text(`Tokscope ${s.toolVersion}`)}</creator>\n`;
  yield `    <keywords>${xml.text(`tokscope, tiktok, ${s.kind} network`)}</keywords>\n`;
  yield `    <description>${xml.text(describeNetwork(data))}</description>\n`;
  yield '  </meta>\n';
  const edgeType = NETWORK_KIND_INFO[s.kind].directed ? 'directed' : 'undirected';
  yield `  <graph mode="static" defaultedgetype="${edgeType}">\n`;
  yield '    <attributes class="node" mode="static">\n';
  for (const c of columns) yield `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPES[c.kind]}"/>\n`;
  yield '    </attributes>\n';
  yield '    <nodes>\n';
  // Ids are cleaned and escaped once: nodes and edges reuse them.
  const { escaped } = xmlNodeIds(data.ids, xml);
  for (let i = 0; i < data.ids.length; i++) {
    let node = `      <node id="${escaped[i]}" label="${xml.attr(data.labels[i]!)}">\n        <attvalues>`;
    for (const c of columns) {
      const v = c.value(i);
      node += `<attvalue for="${c.name}" value="${typeof v === 'number' ? numberText(v) : xml.attr(v)}"/>`;
    }
    node += '</attvalues>\n';
    if (positions?.has[i]) node += `        <viz:position x="${numberText(positions.x[i]!)}" y="${numberText(positions.y[i]!)}" z="0"/>\n`;
    yield `${node}      </node>\n`;
  }
  yield '    </nodes>\n';
  yield '    <edges>\n';
  const { src, dst, weight } = data.edges;
  let batch = '';
  for (let i = 0; i < src.length; i++) {
    batch += `      <edge id="${i}" source="${escaped[src[i]!]}" target="${escaped[dst[i]!]}" weight="${numberText(weight[i]!)}"/>\n`;
    if (batch.length > 65536) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
  yield '    </edges>\n';
  yield '  </graph>\n';
  yield '</gexf>\n';
}
