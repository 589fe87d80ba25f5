import { z } from 'zod';

/** A stored file as the API describes it; its content is only reachable through GET /api/files/:id/content. */
export const ZFileRecord = z.object({
  id: z.number().int(),
  purpose: z.string(),
  /** The name offered on download: no path, no control characters, extension matching the content. */
  name: z.string(),
  originalName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  /** SM3 of the content (hex), checked again on every read. */
  checksum: z.string(),
  owner: z.object({ type: z.string(), id: z.string() }).nullable(),
  regionCode: z.string().nullable(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});
export type TFileRecord = z.infer<typeof ZFileRecord>;
