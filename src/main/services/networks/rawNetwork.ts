/**
 * What every kind's builder produces before the shared steps (backbone, isolated nodes, ids,
 * labels, metrics): edges between indices of a node space whose nodes are database entities.
 */
import type { NodeType } from '../../../shared/domain/network';
import type { EdgeList } from './edgeList';

export const NODE_TYPE_CODES: readonly NodeType[] = ['author', 'hashtag', 'sound'];
export const AUTHOR = 0;
export const HASHTAG = 1;
export const SOUND = 2;

export interface RawNetwork {
  directed: boolean;
  /** Index into NODE_TYPE_CODES, per node. */
  nodeType: Uint8Array;
  /** accounts.id / hashtags.id / sounds.id, per node. */
  nodeDbId: Int32Array;
  /** Posts (in the filter) each node appears in. */
  nodePosts: Int32Array;
  /** Nodes shown when isolated nodes are asked for. */
  universe: Uint8Array;
  edges: EdgeList;
  candidateEdges: number;
  ignoredGroups: number;
  ignoredExamples: Array<{ type: number; dbId: number; authors: number }>;
  selfLoops: number;
  pairIterations: number;
}
