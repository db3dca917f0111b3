/**
 * Betweenness centrality by Brandes' algorithm (unweighted shortest paths) from a sample of source
 * nodes, scaled by n/k — the standard estimator (Brandes & Pich 2007). With k = n it is exact.
 * Edge weights are tie strengths, not distances, so paths count hops. Normalised like
 * graphology-metrics and networkx: × 1/((n−1)(n−2)).
 */
import type { Edges } from './edgeList';

interface Csr {
  start: Int32Array;
  adj: Int32Array;
}

/** Adjacency lists; self-loops never lie on a shortest path and are left out. */
function csr(n: number, edges: Edges, forward: boolean, backward: boolean): Csr {
  const start = new Int32Array(n + 1);
  for (let i = 0; i < edges.src.length; i++) {
    if (edges.src[i] === edges.dst[i]) continue;
    if (forward) start[edges.src[i]! + 1]!++;
    if (backward) start[edges.dst[i]! + 1]!++;
  }
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const adj = new Int32Array(start[n]!);
  const fill = start.slice(0, n);
  for (let i = 0; i < edges.src.length; i++) {
    const s = edges.src[i]!;
    const d = edges.dst[i]!;
    if (s === d) continue;
    if (forward) adj[fill[s]!++] = d;
    if (backward) adj[fill[d]!++] = s;
  }
  return { start, adj };
}

export function sampledBetweenness(n: number, edges: Edges, directed: boolean, sources: Int32Array): Float64Array {
  const out = directed ? csr(n, edges, true, false) : csr(n, edges, true, true);
  // Predecessors on a shortest path are neighbours one hop closer to the source: in-neighbours.
  const into = directed ? csr(n, edges, false, true) : out;

  const centrality = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let si = 0; si < sources.length; si++) {
    const s = sources[si]!;
    dist.fill(-1);
    dist[s] = 0;
    sigma[s] = 1;
    // BFS; `order` is the queue and, read backwards, the stack of visited nodes.
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      for (let k = out.start[v]!; k < out.start[v + 1]!; k++) {
        const w = out.adj[k]!;
        if (dist[w]! < 0) {
          dist[w] = next;
          sigma[w] = 0;
          delta[w] = 0;
          order[tail++] = w;
        }
        if (dist[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    delta[s] = 0;
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const prev = dist[w]! - 1;
      for (let k = into.start[w]!; k < into.start[w + 1]!; k++) {
        const v = into.adj[k]!;
        if (dist[v] === prev) delta[v]! += sigma[v]! * coefficient;
      }
      centrality[w]! += delta[w]!;
    }
  }
  const scale = (n / Math.max(1, sources.length)) * (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2)));
  for (let i = 0; i < n; i++) centrality[i]! *= scale;
  return centrality;
}

/** k distinct source nodes drawn with the given generator (partial Fisher–Yates), ascending. */
export function sampleSources(n: number, k: number, random: () => number): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const take = Math.min(n, k);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i]!;
    all[i] = all[j]!;
    all[j] = t;
  }
  return all.slice(0, take).sort();
}
