import type { NetworkView } from '../../../../shared/domain/network';
import { NETWORK_KIND_INFO } from '../../../../shared/domain/network';
import { formatCount } from '../../lib/format';

/** What was built, with the counts that matter for a methods section. */
export function NetworkSummaryCard({ view }: { view: NetworkView }) {
  const s = view.summary;
  const c = s.counts;
  const info = NETWORK_KIND_INFO[s.kind];
  const notes: string[] = [];
  if (s.ignoredGroups > 0) {
    const top = s.ignoredExamples
      .slice(0, 3)
      .map((e) => `${e.id} (${formatCount(e.authors)})`)
      .join(', ');
    notes.push(`${formatCount(s.ignoredGroups)} ${info.groupNoun} ignored (used by more than ${formatCount(s.options.maxGroup)} authors): ${top}${s.ignoredGroups > 3 ? ', …' : ''}`);
  }
  if (c.belowMinWeight > 0) notes.push(`${formatCount(c.belowMinWeight)} edges below weight ${s.options.minWeight} dropped`);
  if (s.options.backbone !== null) notes.push(`backbone α = ${s.options.backbone} removed ${formatCount(c.removedByBackbone)} edges`);
  if (c.isolatedOmitted > 0) notes.push(`${formatCount(c.isolatedOmitted)} isolated nodes left out`);
  if (s.kind === 'mention' && c.selfLoops > 0) notes.push(`${formatCount(c.selfLoops)} self-mentions ${s.options.selfLoops ? 'kept as self-loops' : 'dropped'}`);
  if (s.metrics?.betweenness.method === 'sampled') notes.push(`betweenness ${s.metrics.betweenness.note}`);
  if (s.metrics?.communities) notes.push(`${formatCount(s.metrics.communities.count)} communities (modularity ${s.metrics.communities.modularity.toFixed(3)})`);
  notes.push(...s.warnings);

  return (
    <section className="network-summary card" aria-label="Network summary" data-testid="network-summary">
      <div className="network-summary__counts">
        <strong>{formatCount(s.nodes)}</strong> nodes · <strong>{formatCount(s.edges)}</strong> edges · total weight {formatCount(s.totalWeight)} ·{' '}
        {formatCount(c.posts)} posts · built in {s.seconds.toFixed(2)} s
      </div>
      {view.selection !== 'all' && (
        <div className="network-summary__subgraph" role="status">
          Showing the {formatCount(view.shown.edges)} heaviest edges between {formatCount(view.shown.nodes)} nodes of{' '}
          {formatCount(view.full.edges)} edges and {formatCount(view.full.nodes)} nodes. Exports contain the full network.
        </div>
      )}
      {notes.length > 0 && (
        <ul className="network-summary__notes small muted">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
