/**
 * Writes a generated export atomically (temp file, fsync, rename — services/export/atomicWrite.ts),
 * batching the generator's small strings into ~1 MB writes so million-edge files never exist as
 * one giant string.
 */
import { writeStreamAtomic } from '../export/atomicWrite';

const BATCH_CHARS = 1 << 20;

export async function writeGenerated(target: string, parts: Iterable<string>): Promise<void> {
  await writeStreamAtomic(target, async (write) => {
    let batch: string[] = [];
    let size = 0;
    for (const part of parts) {
      batch.push(part);
      size += part.length;
      if (size >= BATCH_CHARS) {
        await write(batch.join(''));
        batch = [];
        size = 0;
      }
    }
    if (batch.length) await write(batch.join(''));
  });
}

/** The same content as one string (downloads in the browser workbench, tests). */
export function joinGenerated(parts: Iterable<string>): string {
  const out: string[] = [];
  for (const part of parts) out.push(part);
  return out.join('');
}
