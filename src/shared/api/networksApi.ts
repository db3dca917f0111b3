/**
 * Network calls. A build runs in a worker thread and reports `network.progress`, then
 * `network.done` (with the network id) or `network.failed`; the built network stays in the
 * main process, where the view, node details and exports read it.
 */
import { z } from 'zod';

import {
  NETWORK_KINDS,
  type NetworkExportResult,
  type NetworkNodeDetails,
  type NetworkView,
} from '../domain/network';
import { postFilterSchema } from './filterSchema';

const id = z.string().min(1).max(100);

export const networkBuildSchema = z
  .object({
    kind: z.enum(NETWORK_KINDS),
    filter: postFilterSchema.optional(),
    minWeight: z.number().int().min(1).max(1_000_000).optional(),
    maxGroup: z.number().int().min(1).max(100_000_000).nullable().optional(),
    backbone: z.number().gt(0).lt(1).nullable().optional(),
    includeIsolated: z.boolean().optional(),
    selfLoops: z.boolean().optional(),
    metrics: z.boolean().optional(),
    resolution: z.number().positive().max(100).optional(),
    seed: z.number().int().min(0).max(2 ** 31).optional(),
  })
  .strict();

export const NETWORK_EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'csv'] as const;

export const networksSchemas = {
  'networks.build': networkBuildSchema,
  'networks.cancel': z.object({ jobId: id }).strict(),
  /** The render payload: the whole network, or its heaviest edges within the caps. */
  'networks.view': z
    .object({
      networkId: id,
      maxEdges: z.number().int().min(1).max(500_000).optional(),
      maxNodes: z.number().int().min(1).max(200_000).optional(),
    })
    .strict(),
  'networks.node': z.object({ networkId: id, nodeId: z.string().max(1000), limit: z.number().int().min(1).max(500).optional() }).strict(),
  /**
   * Writes the full network. With `path` the file is written there (atomically); without, the
   * content comes back for a browser download. `positions` are the view's layout, by node id.
   */
  'networks.export': z
    .object({
      networkId: id,
      format: z.enum(NETWORK_EXPORT_FORMATS),
      path: z.string().min(1).max(4096).optional(),
      positions: z.record(z.string().max(1000), z.tuple([z.number(), z.number()])).optional(),
    })
    .strict(),
};

export interface NetworksResults {
  'networks.build': { jobId: string };
  'networks.cancel': { cancelled: boolean };
  'networks.view': NetworkView;
  'networks.node': NetworkNodeDetails;
  'networks.export': NetworkExportResult & { contents: Array<{ name: string; content: string }> | null };
}
