import { useEffect, useState } from 'react';

import type { NetworkNodeDetails } from '../../../../shared/domain/network';
import { getApi } from '../../api';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Spinner } from '../../components/Spinner';
import { formatCount, formatDateTime } from '../../lib/format';

interface NodePanelProps {
  networkId: string;
  nodeId: string;
  onSelect: (id: string | null) => void;
}

const metric = (v: number | null, digits = 4) => (v === null ? '—' : v.toFixed(digits));

/** A clicked node: its metrics, strongest neighbours and the posts behind it. */
export function NodePanel({ networkId, nodeId, onSelect }: NodePanelProps) {
  const [state, setState] = useState<{ key: string; details: NetworkNodeDetails | null; error: unknown }>({ key: '', details: null, error: null });
  const key = `${networkId}\u0000${nodeId}`;

  useEffect(() => {
    let live = true;
    getApi()
      .call('networks.node', { networkId, nodeId, limit: 30 })
      .then(
        (details) => live && setState({ key, details, error: null }),
        (error: unknown) => live && setState({ key, details: null, error }),
      );
    return () => {
      live = false;
    };
  }, [networkId, nodeId, key]);

  const current = state.key === key ? state : { details: null, error: null };
  const d = current.details;
  return (
    <aside className="network-node card" aria-label="Node details" data-testid="network-node">
      <div className="network-node__head">
        <h3 className="card__title">{d?.node.label ?? nodeId}</h3>
        <button type="button" className="button button--quiet" onClick={() => onSelect(null)} aria-label="Close node details">
          ✕
        </button>
      </div>
      {current.error !== null && <ErrorNotice title="Node details" error={current.error} />}
      {!d && current.error === null && <Spinner label="Loading node" />}
      {d && (
        <>
          <dl className="network-node__facts small">
            <dt>Id</dt>
            <dd className="mono">{d.node.id}</dd>
            <dt>Type</dt>
            <dd>{d.node.type}</dd>
            <dt>Posts</dt>
            <dd>{formatCount(d.node.posts)}</dd>
            <dt>Degree</dt>
            <dd>{formatCount(d.node.degree)}</dd>
            <dt>Weighted degree</dt>
            <dd>{formatCount(d.node.weightedDegree)}</dd>
            <dt>PageRank</dt>
            <dd>{metric(d.node.pagerank, 5)}</dd>
            <dt>Betweenness</dt>
            <dd>{metric(d.node.betweenness, 5)}</dd>
            <dt>Community</dt>
            <dd>{d.node.community === null ? '—' : d.node.community + 1}</dd>
          </dl>
          <h4 className="network-node__sub">Strongest links</h4>
          <ul className="network-node__list">
            {d.neighbours.map((n) => (
              <li key={n.id}>
                <button type="button" className="link-button" onClick={() => onSelect(n.id)}>
                  {n.label}
                </button>{' '}
                <span className="muted small">
                  {n.direction === 'out' ? '→' : n.direction === 'in' ? '←' : '—'} {formatCount(n.weight)}
                </span>
              </li>
            ))}
          </ul>
          <h4 className="network-node__sub">
            Posts ({formatCount(d.totalPosts)}
            {d.totalPosts > d.posts.length ? `, newest ${d.posts.length}` : ''})
          </h4>
          <ul className="network-node__posts">
            {d.posts.map((p) => (
              <li key={p.id}>
                <div className="small muted">
                  {formatDateTime(p.createTime)} · @{p.author ?? '?'} · {formatCount(p.views)} views
                </div>
                <div className="network-node__text">{p.description ?? ''}</div>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
