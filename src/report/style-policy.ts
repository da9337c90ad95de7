import { createHash } from 'node:crypto';

/** The style blocks of a page and the Content-Security-Policy that allows exactly them, nothing else. */
export interface PageStyles {
  /** The exact text of each `<style>` element, in order. */
  styles: string[];
  /** The policy for the page's CSP meta element. */
  csp: string;
}

/**
 * Builds the page's CSP from its style blocks: each block is allowed by the SHA-256 hash of its exact text
 * (so no 'unsafe-inline'); no script, image, font, frame, form target or base URL is allowed at all.
 * Every style block of a page must pass through here, or the browser refuses it.
 */
export function pageStyles(styles: readonly string[]): PageStyles {
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  const styleSrc = hashes.length > 0 ? hashes.join(' ') : "'none'";
  return {
    styles: [...styles],
    csp: `default-src 'none'; style-src ${styleSrc}; base-uri 'none'; form-action 'none'`,
  };
}
