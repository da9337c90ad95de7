/** Limits on untrusted input files. */
export const LIMITS = {
  /** Largest checklist or answers file read, in bytes. */
  maxFileBytes: 16 * 1024 * 1024,
  /** Deepest nesting of collections accepted. */
  maxDepth: 64,
  /** Most alias expansions allowed when converting YAML to data. */
  maxAliasCount: 100,
} as const;
