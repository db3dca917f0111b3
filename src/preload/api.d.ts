/**
 * The only thing the preload script exposes to the renderer (as window.tokscope). It carries raw
 * Result envelopes; the renderer's client unwraps them. Nothing else of Electron or Node is reachable.
 */
import type { Result } from '../shared/api/result';

export interface PreloadBridge {
  call(channel: string, args: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Absolute path of a file the user dropped or picked (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    tokscope?: PreloadBridge;
  }
}
