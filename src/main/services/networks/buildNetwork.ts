/**
 * Builds one network from a study: read the filtered posts, count the kind's edges with integer
 * ids, then the shared steps in a fixed order — min-weight (while counting), backbone, isolated
 * nodes, ids and labels, degrees, optional metrics and layout. Every option ends up in the summary.
 */
import { TOOL_VERSION } from '../../../shared/version';
import { NETWORK_KIND_INFO, type NetworkOptions, type NetworkSummary } from '../../../shared/domain/network';
import type { Db } from '../../db/connection';
import { disparityBackbone } from './backbone';
import { buildBipartiteNetwork } from './bipartiteNetwork';
import { DEFAULT_MAX_EDGES, type KindBuildOptions } from './buildOptions';
import { buildCoHashtagNetwork } from './coHashtagNetwork';
import { buildCoUseNetwork } from './coUseNetwork';
import { degrees } from './degrees';
import { selectEdges, type Edges } from './edgeList';
import { buildMentionNetwork } from './mentionNetwork';
import { computeMetrics, METRICS_MAX_EDGES } from './networkMetrics';
import type { NetworkData } from './networkData';
import { linkAuthors, loadNetworkInputs, occurrencesById, type NetworkInputs } from './networkInputs';
import { nodeIdentities } from './nodeIdentity';
import { HASHTAG, SOUND, type RawNetwork } from './rawNetwork';
import { LAYOUT_MAX_EDGES, staticLayout } from './staticLayout';
import { toGraph } from './toGraph';

export type BuildPhase = 'reading' | 'counting' | 'filtering' | 'metrics' | 'layout';
export type BuildProgress = (phase: BuildPhase, fraction: number | null, message: string) => void;

export interface BuildEngineOptions {
  maxEdges?: number;
  onProgress?: BuildProgress;
}

function buildRaw(inputs: NetworkInputs, options: NetworkOptions, kindOptions: KindBuildOptions): RawNetwork {
  const { frame } = inputs;
  const authorPosts = occurrencesById(frame.author);
  switch (options.kind) {
    case 'sound':
      return buildCoUseNetwork(frame.sound, frame.author, SOUND, authorPosts, kindOptions);
    case 'hashtag': {
      const links = inputs.hashtags!;
      return buildCoUseNetwork(links.entity, linkAuthors(frame, links), HASHTAG, authorPosts, kindOptions);
    }
    case 'mention': {
      const links = inputs.mentions!;
      return buildMentionNetwork(linkAuthors(frame, links), links.entity, authorPosts, kindOptions);
    }
    case 'cohashtag': {
      const links = inputs.hashtags!;
      return buildCoHashtagNetwork(links.row, links.entity, linkAuthors(frame, links), occurrencesById(links.entity), kindOptions);
    }
    case 'author-hashtag': {
      const links = inputs.hashtags!;
      return buildBipartiteNetwork(linkAuthors(frame, links), links.entity, HASHTAG, authorPosts, occurrencesById(links.entity), kindOptions);
    }
    case 'author-sound':
      return buildBipartiteNetwork(frame.author, frame.sound, SOUND, authorPosts, occurrencesById(frame.sound), kindOptions);
  }
}

/** Keeps nodes that have an edge (plus the universe when isolated nodes are wanted); renumbers. */
function selectNodes(raw: RawNetwork, edges: Edges, includeIsolated: boolean) {
  const n = raw.nodeType.length;
  const used = new Uint8Array(n);
  for (let i = 0; i < edges.src.length; i++) {
    used[edges.src[i]!] = 1;
    used[edges.dst[i]!] = 1;
  }
  let isolatedOmitted = 0;
  for (let i = 0; i < n; i++) {
    if (used[i] || !raw.universe[i]) continue;
    if (includeIsolated) used[i] = 1;
    else isolatedOmitted++;
  }
  const newIndex = new Int32Array(n).fill(-1);
  let count = 0;
  for (let i = 0; i < n; i++) if (used[i]) newIndex[i] = count++;
  const pick = <T extends Int32Array | Uint8Array>(src: T, make: (len: number) => T): T => {
    if (count === n) return src;
    const out = make(count);
    for (let i = 0; i < n; i++) if (used[i]) out[newIndex[i]!] = src[i]!;
    return out;
  };
  let remapped = edges;
  if (count !== n) {
    remapped = { src: new Int32Array(edges.src.length), dst: new Int32Array(edges.src.length), weight: edges.weight };
    for (let i = 0; i < edges.src.length; i++) {
      remapped.src[i] = newIndex[edges.src[i]!]!;
      remapped.dst[i] = newIndex[edges.dst[i]!]!;
    }
  }
  return {
    count,
    types: pick(raw.nodeType, (len) => new Uint8Array(len)),
    dbIds: pick(raw.nodeDbId, (len) => new Int32Array(len)),
    posts: pick(raw.nodePosts, (len) => new Int32Array(len)),
    edges: remapped,
    isolatedOmitted,
  };
}

export function buildNetwork(db: Db, options: NetworkOptions, engine: BuildEngineOptions = {}): NetworkData {
  const started = performance.now();
  const progress = engine.onProgress ?? (() => undefined);
  const info = NETWORK_KIND_INFO[options.kind];
  const warnings: string[] = [];

  progress('reading', null, 'Reading posts');
  const inputs = loadNetworkInputs(db, options.kind, options.filter);

  progress('counting', 0, 'Counting edges');
  const raw = buildRaw(inputs, options, {
    minWeight: options.minWeight,
    maxGroup: options.maxGroup,
    selfLoops: options.selfLoops,
    maxEdges: engine.maxEdges ?? DEFAULT_MAX_EDGES,
    onProgress: (f) => progress('counting', f, 'Counting edges'),
  });

  progress('filtering', null, 'Filtering');
  let edges: Edges = raw.edges.toArrays();
  const afterMinWeight = edges.src.length;
  let removedByBackbone = 0;
  if (options.backbone !== null) {
    const backbone = disparityBackbone(edges, raw.nodeType.length, raw.directed, options.backbone);
    edges = selectEdges(edges, backbone.keep);
    removedByBackbone = backbone.removed;
  }
  const nodes = selectNodes(raw, edges, options.includeIsolated);
  const identity = nodeIdentities(db, nodes.types, nodes.dbIds);
  const { degree, weightedDegree } = degrees(nodes.count, nodes.edges);

  let metrics: ReturnType<typeof computeMetrics> | null = null;
  let layout: NetworkData['layout'] = null;
  const edgeCount = nodes.edges.src.length;
  // A graphology graph costs ~400 bytes per edge: only built when an algorithm will use it.
  const layoutFits = edgeCount <= LAYOUT_MAX_EDGES;
  if (options.layout && !layoutFits) {
    warnings.push(`Layout skipped: ${edgeCount.toLocaleString('en-US')} edges is more than ${LAYOUT_MAX_EDGES.toLocaleString('en-US')}; narrow the network with --max-group, --min-weight or --backbone.`);
  }
  const needsGraph = (options.metrics && edgeCount <= METRICS_MAX_EDGES) || (options.layout && layoutFits);
  const graph = needsGraph ? toGraph(nodes.count, nodes.edges, raw.directed) : undefined;
  if (options.metrics) {
    progress('metrics', 0, 'Computing metrics');
    metrics = computeMetrics(nodes.count, nodes.edges, raw.directed, {
      resolution: options.resolution,
      seed: options.seed,
      graph,
      onProgress: (f, m) => progress('metrics', f, m),
    });
    warnings.push(...metrics.info.skipped);
  }
  if (options.layout && layoutFits && graph) {
    progress('layout', null, 'Computing layout');
    layout = staticLayout(graph, options.seed).positions;
  }
  if (identity.renamed > 0) {
    warnings.push(`${identity.renamed} hashtag/sound id(s) equalled an author id and were written as '#tag' / 'sound:<id>' to stay unique.`);
  }

  let totalWeight = 0;
  for (let i = 0; i < nodes.edges.weight.length; i++) totalWeight += nodes.edges.weight[i]!;
  const examples = raw.ignoredExamples.length
    ? nodeIdentities(db, Uint8Array.from(raw.ignoredExamples, (e) => e.type), Int32Array.from(raw.ignoredExamples, (e) => e.dbId)).ids
    : [];

  const summary: NetworkSummary = {
    kind: options.kind,
    directed: info.directed,
    nodes: nodes.count,
    edges: nodes.edges.src.length,
    totalWeight,
    ignoredGroups: raw.ignoredGroups,
    ignoredExamples: raw.ignoredExamples.map((e, i) => ({ id: examples[i]!, authors: e.authors })),
    seconds: 0,
    options,
    counts: {
      candidateEdges: raw.candidateEdges,
      belowMinWeight: raw.candidateEdges - afterMinWeight,
      removedByBackbone,
      selfLoops: raw.selfLoops,
      isolatedOmitted: nodes.isolatedOmitted,
      posts: inputs.frame.pk.length,
      renamedIds: identity.renamed,
    },
    metrics: metrics?.info ?? null,
    hasLayout: layout !== null,
    warnings,
    toolVersion: TOOL_VERSION,
    builtAt: new Date().toISOString(),
  };
  summary.seconds = Math.round(performance.now() - started) / 1000;
  return {
    summary,
    ids: identity.ids,
    labels: identity.labels,
    types: nodes.types,
    dbIds: nodes.dbIds,
    posts: nodes.posts,
    degree,
    weightedDegree,
    pagerank: metrics?.pagerank ?? null,
    betweenness: metrics?.betweenness ?? null,
    community: metrics?.community ?? null,
    edges: nodes.edges,
    layout,
  };
}

