/**
 * Size caps on everything coming in, so that a hostile or broken file fails with a clear issue
 * instead of exhausting memory. Callers may lower them; raising them is their decision.
 */
export const interopLimits = {
  /** Bytes of one CSV or JSON file read whole (the streaming importer has no such cap). */
  maxBytes: 256 * 1024 * 1024,
  /** Data rows of a CSV read whole; the streaming importer takes more. */
  maxRows: 1_000_000,
  /** Columns of a CSV. */
  maxColumns: 5_000,
  /** Characters in one CSV field. */
  maxFieldLength: 100_000,
  /** Issues collected before an importer stops looking. */
  maxIssues: 1_000,
  /** Items, associations, rubrics… in one CASE package or statements in one xAPI batch. */
  maxDocumentEntries: 200_000,
} as const;

export type InteropLimits = typeof interopLimits;
