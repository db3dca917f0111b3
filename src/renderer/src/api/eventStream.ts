import { EVENT_NAMES, type EventName } from '../../../shared/api/events';

type Listener = (payload: unknown) => void;

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 15000;

/**
 * One shared server-sent-events connection for every listener. EventSource retries by itself after
 * network drops, but gives up for good when the server answers with an error status (for example
 * while it restarts), so a closed stream is reopened here with a growing delay.
 */
export class EventStream {
  private source: EventSource | null = null;
  private readonly listeners = new Map<EventName, Set<Listener>>();
  private retryMs = RETRY_MIN_MS;
  private retryTimer: number | undefined;
  private readonly reconnectListeners = new Set<() => void>();
  /** True once the stream has dropped: the next open is a reconnection, after which events may be missing. */
  private dropped = false;

  constructor(private readonly url: string) {}

  on(event: EventName, listener: Listener): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    this.connect();
    return () => {
      set.delete(listener);
    };
  }

  /** Called after the stream reopens following a drop (events sent meanwhile were missed). */
  onReconnect(listener: () => void): () => void {
    this.reconnectListeners.add(listener);
    return () => {
      this.reconnectListeners.delete(listener);
    };
  }

  private connect(): void {
    if (this.source || this.retryTimer !== undefined) return;
    const source = new EventSource(this.url);
    this.source = source;
    source.onopen = () => {
      this.retryMs = RETRY_MIN_MS;
      if (this.dropped) {
        this.dropped = false;
        for (const listener of [...this.reconnectListeners]) listener();
      }
    };
    source.onerror = () => {
      // EventSource also retries on its own (readyState CONNECTING): either way events may be lost.
      this.dropped = true;
      if (source.readyState !== EventSource.CLOSED) return;
      source.close();
      this.source = null;
      this.retryTimer = window.setTimeout(() => {
        this.retryTimer = undefined;
        this.connect();
      }, this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
    };
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (message) => this.dispatch(name, (message as MessageEvent<string>).data));
    }
  }

  private dispatch(name: EventName, data: string): void {
    const set = this.listeners.get(name);
    if (!set || set.size === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of [...set]) listener(payload);
  }
}
