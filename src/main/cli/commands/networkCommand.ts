/**
 * `tokscope network KIND --study S --out FILE`: builds a network and writes it in the format the
 * extension asks for (.gexf, .graphml, .json, .csv → FILE-nodes.csv + FILE-edges.csv). With --json
 * stdout carries one object: {"kind","nodes","edges","totalWeight","ignoredGroups","seconds",…}.
 */
import { Argument, Command, InvalidArgumentError } from 'commander';

import { NETWORK_KIND_INFO, NETWORK_KINDS, type NetworkKind, type NetworkSummary } from '../../../shared/domain/network';
import { audit } from '../../db/repositories/audit';
import { buildNetwork } from '../../services/networks/buildNetwork';
import { exportFormatOf, exportNetwork } from '../../services/networks/exportNetwork';
import { resolveNetworkOptions } from '../../services/networks/networkOptions';
import { filterFromOptions, withFilterOptions } from '../filterOptions';
import { endProgress, info, printJson, progressLine } from '../output';
import { openCliStudy, studyOption } from '../studyOption';

const wholeNumber = (flag: string) => (value: string) => {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${flag} takes a whole number.`);
  return Number.parseInt(value, 10);
};
const decimal = (flag: string) => (value: string) => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${flag} takes a number.`);
  return n;
};

interface NetworkFlags extends Record<string, unknown> {
  study: string;
  out: string;
  minWeight?: number;
  maxGroup?: number;
  backbone?: number;
  includeIsolated?: boolean;
  selfLoops: boolean;
  metrics?: boolean;
  resolution?: number;
  layout?: boolean;
  seed?: number;
  json?: boolean;
}

function describe(s: NetworkSummary, files: string[], seconds: number): string {
  const c = s.counts;
  const lines = [
    `${s.kind} network: ${s.nodes} nodes, ${s.edges} edges, total weight ${s.totalWeight} (${c.posts} posts, ${seconds.toFixed(2)} s)`,
    `  ${NETWORK_KIND_INFO[s.kind].definition}`,
  ];
  if (s.ignoredGroups > 0) {
    const top = s.ignoredExamples.slice(0, 5).map((e) => `${e.id} (${e.authors})`).join(', ');
    lines.push(`  ignored ${s.ignoredGroups} ${NETWORK_KIND_INFO[s.kind].groupNoun} used by more than ${s.options.maxGroup} authors: ${top}${s.ignoredGroups > 5 ? ', …' : ''}`);
  }
  if (c.belowMinWeight > 0) lines.push(`  dropped ${c.belowMinWeight} edges below weight ${s.options.minWeight}`);
  if (s.options.backbone !== null) lines.push(`  backbone (alpha ${s.options.backbone}) removed ${c.removedByBackbone} edges`);
  if (c.isolatedOmitted > 0) lines.push(`  left out ${c.isolatedOmitted} isolated nodes (--include-isolated keeps them)`);
  if (s.metrics?.betweenness.method === 'sampled') lines.push(`  betweenness is ${s.metrics.betweenness.note}`);
  lines.push(...s.warnings.map((w) => `  note: ${w}`));
  lines.push(...files.map((f) => `  wrote ${f}`));
  return lines.join('\n');
}

export function networkCommand(): Command {
  return withFilterOptions(
    new Command('network')
      .description('build a sound, hashtag, mention, co-hashtag or bipartite network and write it for Gephi, networkx or R')
      .addArgument(new Argument('<kind>', 'network kind').choices([...NETWORK_KINDS]))
      .addOption(studyOption())
      .requiredOption('--out <file>', 'output file: .gexf, .graphml, .json (graphology) or .csv (writes FILE-nodes.csv and FILE-edges.csv)')
      .option('--min-weight <n>', 'drop edges with weight below N', wholeNumber('--min-weight'))
      .option('--max-group <n>', 'ignore sounds/hashtags (mention: accounts) used by more than N distinct authors', wholeNumber('--max-group'))
      .option('--backbone <alpha>', 'keep only the disparity-filter backbone at significance alpha (e.g. 0.05)', decimal('--backbone'))
      .option('--include-isolated', 'keep nodes that end up without edges')
      .option('--no-self-loops', 'mention networks: drop self-mentions')
      .option('--metrics', 'add PageRank, betweenness (sampled on large networks) and Louvain communities')
      .option('--resolution <r>', 'Louvain resolution (default 1)', decimal('--resolution'))
      .option('--layout', 'add ForceAtlas2 x/y positions')
      .option('--seed <n>', 'seed for Louvain, betweenness sampling and layout (default 42)', wholeNumber('--seed'))
      .option('--json', 'print a JSON summary on stdout'),
  ).action(async (kind: NetworkKind, opts: NetworkFlags) => {
    const started = performance.now();
    const options = resolveNetworkOptions({
      kind,
      filter: filterFromOptions(opts),
      minWeight: opts.minWeight,
      maxGroup: opts.maxGroup ?? null,
      backbone: opts.backbone ?? null,
      includeIsolated: opts.includeIsolated ?? false,
      selfLoops: opts.selfLoops,
      metrics: opts.metrics ?? false,
      resolution: opts.resolution,
      layout: opts.layout ?? false,
      seed: opts.seed,
    });
    exportFormatOf(opts.out); // fail before the build when the extension is unknown
    const app = openCliStudy(opts.study);
    try {
      const db = app.context.session.db;
      const network = buildNetwork(db, options, {
        onProgress: (phase, fraction, message) => progressLine(`${message}${fraction === null ? '' : ` ${Math.round(100 * fraction)}%`}`),
      });
      progressLine('Writing');
      const written = await exportNetwork(network, opts.out);
      endProgress();
      const s = network.summary;
      const seconds = Math.round(performance.now() - started) / 1000;
      audit(db, 'cli', 'network.export', { kind, options, files: written.files, nodes: s.nodes, edges: s.edges });
      const warnings = [...s.warnings, ...written.warnings];
      if (opts.json) {
        printJson({
          kind: s.kind,
          nodes: s.nodes,
          edges: s.edges,
          totalWeight: s.totalWeight,
          ignoredGroups: s.ignoredGroups,
          seconds,
          buildSeconds: s.seconds,
          directed: s.directed,
          files: written.files,
          ignoredExamples: s.ignoredExamples,
          counts: s.counts,
          metrics: s.metrics,
          removedCharacters: written.removedCharacters,
          warnings,
          options: s.options,
        });
      } else {
        info(describe({ ...s, warnings }, written.files, seconds));
      }
    } finally {
      endProgress();
      await app.shutdown();
    }
  });
}
