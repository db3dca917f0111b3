import type { ApiClient } from '../../../shared/api/contract';

/** Where a file the user chose lives for the backend: a local path (desktop) or an uploaded copy (browser). */
export interface FileSource {
  path: string;
  name: string;
  size: number;
}

/**
 * The API the renderer holds. Beyond the shared contract it knows how to hand a user's File to the
 * backend, which differs by transport: Electron reads the path directly, the browser uploads it.
 */
export interface RendererApi extends ApiClient {
  readonly transport: 'electron' | 'http';
  fileSource(file: File, onProgress?: (fraction: number) => void): Promise<FileSource>;
  /** Runs `listener` when the event channel comes back after a drop (events may have been missed). */
  onReconnect(listener: () => void): () => void;
}
