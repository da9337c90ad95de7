import { isAbsolute } from 'node:path';
import { UsageError } from '../errors.js';
import { oneLine } from '../text/sanitize.js';
import { translator } from '../i18n/format.js';
import { currentLanguage } from '../i18n/index.js';

/** Bounds on a glob pattern and its expansion, so no pattern can keep `validate` busy for minutes. */
export const GLOB_LIMITS = {
  /** Longest pattern accepted, in characters. */
  maxLength: 1000,
  /** Most wildcards (`*`, `?`, extglob groups) in one path segment: each more multiplies the matching work. */
  maxWildcardsPerSegment: 3,
  /** Most brace groups `{a,b}` in a pattern, and how deep they may nest. */
  maxBraceGroups: 10,
  maxBraceDepth: 2,
  /** Deepest folder level searched below the pattern's base. */
  maxDepth: 32,
  /** Most files one pattern may match. */
  maxMatches: 10_000,
  /** Longest time spent searching the folders for one pattern, in milliseconds. */
  maxMillis: 30_000,
} as const;

/** Expands glob patterns (plain paths pass through) into sorted, distinct file paths; UsageError for bad ones. */
export async function expandPatterns(patterns: readonly string[], cwd: string): Promise<string[]> {
  const t = translator();
  const out: string[] = [];
  for (const pattern of patterns) {
    // The glob library is loaded only for patterns that may be globs.
    const globbing = /[*?[\]{}()!]/.test(pattern) ? await import('tinyglobby') : undefined;
    if (!globbing?.isDynamicPattern(pattern)) {
      out.push(pattern);
      continue;
    }
    const tooComplex = patternProblem(pattern);
    if (tooComplex) throw new UsageError(tooComplex);
    const shown = oneLine(pattern, 200);
    const signal = AbortSignal.timeout(GLOB_LIMITS.maxMillis);
    const matches = await globbing.glob(pattern, {
      cwd,
      onlyFiles: true,
      expandDirectories: false,
      absolute: isAbsolute(pattern),
      deep: GLOB_LIMITS.maxDepth,
      signal,
    });
    if (signal.aborted)
      throw new UsageError(t('cli.glob.tooSlow', { pattern: shown, seconds: GLOB_LIMITS.maxMillis / 1000 }));
    if (matches.length > GLOB_LIMITS.maxMatches)
      throw new UsageError(
        t('cli.glob.tooMany', {
          pattern: shown,
          // Grouped ("10,000"), unlike the counts the translator prints.
          count: new Intl.NumberFormat(currentLanguage()).format(GLOB_LIMITS.maxMatches),
        }),
      );
    if (matches.length === 0) throw new UsageError(t('cli.glob.noMatch', { pattern: oneLine(pattern) }));
    out.push(...matches.sort());
  }
  return [...new Set(out)];
}

/** Why a pattern is too complex to match in bounded time (a message naming it), or undefined when it is fine. */
export function patternProblem(pattern: string): string | undefined {
  const L = GLOB_LIMITS;
  const t = translator();
  const shown = oneLine(pattern, 200);
  if (pattern.length > L.maxLength) return t('cli.glob.tooLong', { pattern: shown, count: L.maxLength });
  let braces = 0;
  let groups = 0;
  let parens = 0;
  for (const c of pattern) {
    if (c === '{') {
      groups++;
      if (++braces > L.maxBraceDepth)
        return t('cli.glob.bracesTooDeep', { pattern: shown, count: L.maxBraceDepth });
    } else if (c === '}' && braces > 0) braces--;
    else if (c === '(') {
      if (++parens > 1) return t('cli.glob.nestedGroups', { pattern: shown });
    } else if (c === ')' && parens > 0) parens--;
  }
  if (groups > L.maxBraceGroups)
    return t('cli.glob.tooManyBraces', { pattern: shown, count: L.maxBraceGroups });
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    // A run of stars is one wildcard; so is `?` and each extglob group such as @(a|b).
    const wildcards = (segment.match(/\*+|\?|[@+!]\(/g) ?? []).length;
    if (wildcards > L.maxWildcardsPerSegment)
      return t('cli.glob.tooManyWildcards', {
        pattern: shown,
        count: L.maxWildcardsPerSegment,
        segment: oneLine(segment, 80),
      });
  }
  return undefined;
}
