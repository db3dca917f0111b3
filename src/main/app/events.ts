/** Fan-out of pushed events to whichever transports are listening (IPC window, SSE clients). */
import type { ApiEvents, EventName } from '../../shared/api/events';

export type EventListener = <E extends EventName>(event: E, payload: ApiEvents[E]) => void;

export class EventHub {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: ApiEvents[E]): void {
    for (const l of this.listeners) l(event, payload);
  }
}
