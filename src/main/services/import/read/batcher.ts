/**
 * Groups read items into batches of a few thousand: big enough that the consumer's per-batch work
 * (a transaction, a progress event) is amortised, small enough to keep memory and latency low.
 */
import type { ReadBatch, ReadItem } from './types';

export const BATCH_MIN = 2000;
export const BATCH_MAX = 5000;

export class Batcher {
  private pending: ReadItem[] = [];
  private yielded = false;

  add(items: ReadItem[]): void {
    if (items.length === 0) return;
    if (this.pending.length === 0) this.pending = items;
    else for (const item of items) this.pending.push(item);
  }

  /**
   * Batches ready to hand out. Mid-file only once BATCH_MIN items are waiting; at the end
   * (`final`) everything, and at least one (possibly empty) batch if none was handed out yet,
   * so a caller always sees the header and the final byte count.
   */
  take(bytesRead: number, final: boolean): ReadBatch[] {
    const out: ReadBatch[] = [];
    if (this.pending.length < BATCH_MIN && !final) return out;
    const all = this.pending;
    this.pending = [];
    for (let i = 0; i < all.length; i += BATCH_MAX) {
      out.push({ items: all.length <= BATCH_MAX ? all : all.slice(i, i + BATCH_MAX), bytesRead });
    }
    if (final && out.length === 0 && !this.yielded) out.push({ items: [], bytesRead });
    if (out.length > 0) this.yielded = true;
    return out;
  }
}
