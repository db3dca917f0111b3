/** Receives a file dropped in the browser workbench and stores it in a private temp folder. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

import { ApiError } from '../../shared/api/result';

const MAX_UPLOAD_BYTES = 8 * 1024 ** 3;

export class UploadStore {
  private dir: string | null = null;

  private folder(): string {
    this.dir ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tokscope-uploads-'));
    return this.dir;
  }

  async receive(req: http.IncomingMessage, name: string): Promise<{ path: string; name: string; size: number }> {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > MAX_UPLOAD_BYTES) throw new ApiError('VALIDATION', 'The file is larger than 8 GB.');
    // Keep the user's extension (format detection reads content, but it helps people reading paths).
    const ext = path.extname(name).replace(/[^.\w]/g, '').slice(0, 12);
    const target = path.join(this.folder(), `${randomUUID()}${ext}`);
    await pipeline(req, fs.createWriteStream(target, { flags: 'wx' }));
    return { path: target, name: path.basename(name), size: fs.statSync(target).size };
  }

  cleanup(): void {
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}
