/** Handlers for network calls (see src/shared/api/networksApi.ts). */
import path from 'node:path';

import type { networksSchemas } from '../../shared/api/networksApi';
import { ApiError } from '../../shared/api/result';
import type { AppContext } from '../app/context';
import { audit } from '../db/repositories/audit';
import { EXPORT_EXTENSIONS, exportNetwork, exportNetworkContents } from '../services/networks/exportNetwork';
import { NetworkJobs } from '../services/networks/networkJobs';
import { resolveNetworkOptions } from '../services/networks/networkOptions';
import { nodeDetails } from '../services/networks/nodeDetails';
import { renderSubgraph } from '../services/networks/renderSubgraph';
import type { HandlerSlice } from './types';

/**
 * Above this many edges an export is not sent back as a download: the file (hundreds of MB) would
 * not fit in one response string. It is written to a path instead (the workbench runs locally).
 */
export const DOWNLOAD_MAX_EDGES = 1_000_000;

export function networksHandlers(app: AppContext): HandlerSlice<keyof typeof networksSchemas> {
  const jobs = new NetworkJobs((event, payload) => app.events.emit(event, payload));
  const network = (networkId: string) => jobs.get(networkId, app.session.path);

  return {
    'networks.build': (args) => {
      const studyPath = app.session.path;
      if (!studyPath) throw new ApiError('NO_STUDY', 'Open or create a study before building a network.');
      // The app lays networks out interactively; a build never computes a static layout.
      const options = resolveNetworkOptions({ ...args, filter: args.filter ?? {}, layout: false });
      return { jobId: jobs.start(studyPath, options).jobId };
    },
    'networks.cancel': ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    'networks.view': ({ networkId, maxEdges, maxNodes }) => renderSubgraph(network(networkId), networkId, { maxEdges, maxNodes }),
    'networks.node': ({ networkId, nodeId, limit }) => nodeDetails(app.session.db, network(networkId), nodeId, limit ?? 50),
    'networks.export': async ({ networkId, format, path: target, positions }) => {
      const data = network(networkId);
      const positionMap = positions ? new Map(Object.entries(positions).map(([id, [x, y]]) => [id, { x, y }])) : undefined;
      const request = { format, positions: positionMap };
      if (!target) {
        if (data.edges.src.length > DOWNLOAD_MAX_EDGES) {
          throw new ApiError(
            'VALIDATION',
            `This network has ${data.edges.src.length.toLocaleString('en-US')} edges, too many to download through the app. Save it to a file path instead, or use \`tokscope network\`.`,
          );
        }
        const result = exportNetworkContents(data, `tokscope-${data.summary.kind}-network.${format}`, request);
        audit(app.session.db, app.actor, 'network.export', { kind: data.summary.kind, format, download: true, options: data.summary.options });
        return result;
      }
      const ext = path.extname(target).toLowerCase();
      if (ext && EXPORT_EXTENSIONS[ext] !== format) {
        throw new ApiError('VALIDATION', `The file name ends in ${ext} but the format is ${format}.`);
      }
      const file = ext ? target : `${target}.${format}`;
      const result = await exportNetwork(data, file, request);
      audit(app.session.db, app.actor, 'network.export', { kind: data.summary.kind, format, files: result.files, options: data.summary.options });
      return { ...result, contents: null };
    },
  };
}
