/**
 * A weighted edge list in growable typed arrays: 16 bytes per edge, off the JS heap. Networks
 * stay in this form until something needs a graph object (metrics, layout), because graphology
 * costs ~400 bytes and 4–5 µs per edge (docs/research/performance-baselines.md).
 */
export class EdgeList {
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    this.src = new Int32Array(capacity);
    this.dst = new Int32Array(capacity);
    this.weight = new Float64Array(capacity);
  }

  push(s: number, d: number, w: number): void {
    if (this.length === this.src.length) this.grow();
    this.src[this.length] = s;
    this.dst[this.length] = d;
    this.weight[this.length] = w;
    this.length++;
  }

  /** Doubles the capacity (hot loops write into the arrays directly and call this when full). */
  grow(): void {
    const next = Math.max(1024, this.src.length * 2);
    const src = new Int32Array(next);
    const dst = new Int32Array(next);
    const weight = new Float64Array(next);
    src.set(this.src);
    dst.set(this.dst);
    weight.set(this.weight);
    this.src = src;
    this.dst = dst;
    this.weight = weight;
  }

  /** Exact-length views on the arrays (no copy; see compactEdges before a transfer). */
  toArrays(): Edges {
    return {
      src: this.src.subarray(0, this.length),
      dst: this.dst.subarray(0, this.length),
      weight: this.weight.subarray(0, this.length),
    };
  }
}

export interface Edges {
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
}

export function edgeCount(e: Edges): number {
  return e.src.length;
}

/** Keeps the edges whose mask byte is 1. */
export function selectEdges(e: Edges, keep: Uint8Array): Edges {
  let n = 0;
  for (let i = 0; i < keep.length; i++) n += keep[i]!;
  const out: Edges = { src: new Int32Array(n), dst: new Int32Array(n), weight: new Float64Array(n) };
  let j = 0;
  for (let i = 0; i < keep.length; i++) {
    if (!keep[i]) continue;
    out.src[j] = e.src[i]!;
    out.dst[j] = e.dst[i]!;
    out.weight[j] = e.weight[i]!;
    j++;
  }
  return out;
}

/**
 * Copies views into arrays that own exactly their bytes. Structured clone and transfer work on
 * whole ArrayBuffers, so a view on a larger, half-empty buffer would cost its full size.
 */
export function compactEdges(e: Edges): Edges {
  const own = <T extends Int32Array | Float64Array>(a: T): T => (a.byteOffset === 0 && a.byteLength === a.buffer.byteLength ? a : (a.slice() as T));
  return { src: own(e.src), dst: own(e.dst), weight: own(e.weight) };
}
