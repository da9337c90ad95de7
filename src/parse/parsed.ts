import type { Finding } from '../model/diagnostic.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  col: number;
}

/** A finding placed at a line and column rather than at a path. */
export interface PositionedFinding extends Omit<Finding, 'path'> {
  line: number;
  col: number;
}

/**
 * A parsed YAML file: its data, the problems found while parsing, and a way to map a path in the data back to a
 * position in the text. Which reader produced it (the fast reader, the quick reader or the exact parser) is its
 * own business: callers ask `locate` for the paths that have findings, and nothing else.
 */
export interface ParsedYaml {
  /** The plain data, or undefined when the YAML could not be turned into data. */
  data: unknown;
  /** Problems found while parsing, already positioned. */
  problems: PositionedFinding[];
  /**
   * The position of the node at `path` (the start of its value, or of its key with `atKey`); the nearest existing
   * parent when the path does not exist.
   */
  locate(path: readonly (string | number)[], atKey?: boolean): Position;
  /**
   * Set when the data came from the quick reader (js-yaml, for large files the fast reader declined): a validator
   * that finds anything to report starts again from `exact()`, so positions stay exact.
   */
  exact?: () => ParsedYaml;
}
