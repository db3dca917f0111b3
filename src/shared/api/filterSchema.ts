import { z } from 'zod';

/** zod form of PostFilter (src/shared/domain/filter.ts); every call that takes a filter reuses it. */
export const postFilterSchema = z
  .object({
    datasetIds: z.array(z.number().int().positive()).max(1000).optional(),
    from: z.string().max(40).optional(),
    to: z.string().max(40).optional(),
    authors: z.array(z.string().max(200)).max(10000).optional(),
    hashtags: z.array(z.string().max(200)).max(10000).optional(),
    sounds: z.array(z.string().max(40)).max(10000).optional(),
    text: z.string().max(500).optional(),
  })
  .strict();
