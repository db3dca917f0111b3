/**
 * Atomic file writes: write a temp file beside the target, fsync, rename over the target. A crash
 * or a full disk leaves either the previous file or the complete new one, never a truncated file.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fs.fsyncSync(fd);
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  fs.renameSync(tmp, target);
}

/** Streaming variant for large exports: `write` receives chunks; the file appears only on success. */
export async function writeStreamAtomic(target: string, produce: (write: (chunk: string) => Promise<void>) => Promise<void>): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await fs.promises.open(tmp, 'w');
  try {
    await produce(async (chunk) => {
      await handle.write(chunk);
    });
    await handle.sync();
    await handle.close();
    await fs.promises.rename(tmp, target);
  } catch (err) {
    await handle.close().catch(() => undefined);
    await fs.promises.rm(tmp, { force: true });
    throw err;
  }
}
