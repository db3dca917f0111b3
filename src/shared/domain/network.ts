/**
 * Network kinds, build options and the shapes a built network travels in (summary for the CLI
 * and the UI, a render payload for the network view). Runtime-neutral: no node:, no DOM.
 */
import type { PostFilter } from './filter';

export const NETWORK_KINDS = ['sound', 'hashtag', 'mention', 'cohashtag', 'author-hashtag', 'author-sound'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export type NodeType = 'author' | 'hashtag' | 'sound';

export interface NetworkKindInfo {
  label: string;
  /** One sentence a researcher can quote in a methods section. */
  definition: string;
  directed: boolean;
  bipartite: boolean;
  /** What --max-group counts, in words. */
  groupNoun: string;
}

export const NETWORK_KIND_INFO: Record<NetworkKind, NetworkKindInfo> = {
  sound: {
    label: 'Sound co-use (authors)',
    definition: 'Authors are linked when they used the same sound; weight = number of distinct sounds both used.',
    directed: false,
    bipartite: false,
    groupNoun: 'sounds',
  },
  hashtag: {
    label: 'Hashtag co-use (authors)',
    definition: 'Authors are linked when they used the same hashtag; weight = number of distinct hashtags both used.',
    directed: false,
    bipartite: false,
    groupNoun: 'hashtags',
  },
  mention: {
    label: 'Mentions (author → account)',
    definition: 'Directed edge from a post’s author to each account it mentions; weight = number of posts with that mention.',
    directed: true,
    bipartite: false,
    groupNoun: 'mentioned accounts',
  },
  cohashtag: {
    label: 'Co-hashtags',
    definition: 'Hashtags are linked when they appear in the same post; weight = number of such posts.',
    directed: false,
    bipartite: false,
    groupNoun: 'hashtags',
  },
  'author-hashtag': {
    label: 'Authors – hashtags (bipartite)',
    definition: 'Each author is linked to the hashtags they used; weight = number of their posts with that hashtag.',
    directed: false,
    bipartite: true,
    groupNoun: 'hashtags',
  },
  'author-sound': {
    label: 'Authors – sounds (bipartite)',
    definition: 'Each author is linked to the sounds they used; weight = number of their posts with that sound.',
    directed: false,
    bipartite: true,
    groupNoun: 'sounds',
  },
};

/** Everything that decides a network's content. Recorded with every export. */
export interface NetworkOptions {
  kind: NetworkKind;
  filter: PostFilter;
  /** Edges with weight below this are dropped (1 keeps every edge). */
  minWeight: number;
  /** Sounds/hashtags (or mentioned accounts) used by more than this many distinct authors are ignored; null = no cap. */
  maxGroup: number | null;
  /** Disparity-filter backbone significance level (Serrano et al. 2009); null = no backbone. */
  backbone: number | null;
  /** Keep nodes that end up with no edge. */
  includeIsolated: boolean;
  /** Mention networks: keep author → self edges (self-mentions). */
  selfLoops: boolean;
  /** Compute degree, weighted degree, PageRank, betweenness and Louvain communities. */
  metrics: boolean;
  /** Louvain resolution (1 = classic modularity). */
  resolution: number;
  /** Compute a ForceAtlas2 layout (x, y) for the exported file. */
  layout: boolean;
  /** Seed for every randomised step (Louvain, betweenness sampling, initial layout). */
  seed: number;
}

export const DEFAULT_NETWORK_OPTIONS: Omit<NetworkOptions, 'kind'> = {
  filter: {},
  minWeight: 1,
  maxGroup: null,
  backbone: null,
  includeIsolated: false,
  selfLoops: true,
  metrics: false,
  resolution: 1,
  layout: false,
  seed: 42,
};

export interface MetricsInfo {
  /** Metric columns present on the nodes. */
  columns: Array<'degree' | 'weightedDegree' | 'pagerank' | 'betweenness' | 'community'>;
  betweenness: { method: 'exact' | 'sampled' | 'skipped'; samples: number | null; note: string };
  pagerank: { alpha: number; weighted: boolean } | null;
  communities: { count: number; modularity: number; resolution: number } | null;
  /** Set when a metric could not be computed (network too large, say why). */
  skipped: string[];
}

export interface NetworkCounts {
  /** Distinct node pairs with weight ≥ 1 before min-weight and backbone. */
  candidateEdges: number;
  belowMinWeight: number;
  removedByBackbone: number;
  /** Self-loop edges (self-mentions) present (selfLoops) or dropped (!selfLoops). */
  selfLoops: number;
  /** Nodes left out because they had no edge (0 when includeIsolated). */
  isolatedOmitted: number;
  /** Posts matched by the filter. */
  posts: number;
  /** Bipartite networks: hashtag/sound ids that equalled an author id and were made unique. */
  renamedIds: number;
}

export interface NetworkSummary {
  kind: NetworkKind;
  directed: boolean;
  nodes: number;
  edges: number;
  totalWeight: number;
  ignoredGroups: number;
  /** The largest ignored groups (id and distinct authors), at most 20. */
  ignoredExamples: Array<{ id: string; authors: number }>;
  seconds: number;
  options: NetworkOptions;
  counts: NetworkCounts;
  metrics: MetricsInfo | null;
  hasLayout: boolean;
  warnings: string[];
  toolVersion: string;
  builtAt: string;
}

export type NetworkExportFormat = 'gexf' | 'graphml' | 'json' | 'csv';

export interface NetworkExportResult {
  files: string[];
  /** XML-forbidden characters removed / lone surrogates replaced (case 33). */
  removedCharacters: number;
  warnings: string[];
}

/** A node as the network view gets it (metrics are those of the full network). */
export interface NetworkNodeView {
  id: string;
  label: string;
  type: NodeType;
  posts: number;
  degree: number;
  weightedDegree: number;
  pagerank: number | null;
  betweenness: number | null;
  community: number | null;
}

/** What the network view renders: a readable subgraph of the full network, with counts. */
export interface NetworkView {
  networkId: string;
  summary: NetworkSummary;
  nodes: NetworkNodeView[];
  /** [source index, target index, weight] into `nodes`. */
  edges: Array<[number, number, number]>;
  /** 'all' when the whole network is shown, else how the subgraph was chosen. */
  selection: 'all' | 'top-weight';
  full: { nodes: number; edges: number };
  shown: { nodes: number; edges: number };
}

export interface NetworkBuildProgress {
  jobId: string;
  phase: 'reading' | 'counting' | 'filtering' | 'metrics' | 'layout' | 'done';
  /** 0..1 within the phase, null when unknown. */
  fraction: number | null;
  message: string;
}

/** A post behind a node (click a node → its posts). */
export interface NetworkNodePost {
  id: string;
  /** ISO 8601 UTC, or null. */
  createTime: string | null;
  author: string | null;
  description: string | null;
  views: number | null;
  likes: number | null;
}

export interface NetworkNodeDetails {
  node: NetworkNodeView;
  /** Posts in the network's filter that make this node (newest first, at most `limit`). */
  posts: NetworkNodePost[];
  totalPosts: number;
  /** Strongest neighbours in the full network (up to 20). */
  neighbours: Array<{ id: string; label: string; weight: number; direction: 'out' | 'in' | 'both' }>;
}
