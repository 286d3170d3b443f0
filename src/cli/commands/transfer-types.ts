// The shapes the transfer verbs read from the API (import plans and results, restore and merge
// results), inferred from the server's schemas like every other API type of the CLI.
import type { z } from '@hono/zod-openapi';
import type {
  ImportReportSchema,
  MergeResultSchema,
  RestoreResultSchema,
} from '../../http/transfer/transfer-schemas';

export type ImportReport = z.infer<typeof ImportReportSchema>;
export type RestoreResult = z.infer<typeof RestoreResultSchema>;
export type MergeResult = z.infer<typeof MergeResultSchema>;
