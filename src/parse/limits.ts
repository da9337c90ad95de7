/** Limits on untrusted input files. */
export const LIMITS = {
  /** Largest checklist or answers file read, in bytes. */
  maxFileBytes: 16 * 1024 * 1024,
  /** Deepest nesting of collections accepted. */
  maxDepth: 64,
  /**
   * Most values (keys, scalars, lists, maps) in a file, estimated by a scan before parsing. A 10,000-question
   * checklist holds about 550,000; at this limit, the exact parser (needed when a file has anything to report)
   * still stays around a gigabyte.
   */
  maxValues: 1_000_000,
  /** Most alias expansions allowed when converting YAML to data. */
  maxAliasCount: 100,
} as const;
