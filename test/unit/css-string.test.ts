import { describe, expect, it } from 'vitest';
import { cssString } from '../../src/text/css-string.js';
import { printPageCss } from '../../src/formats/print-css.js';

describe('cssString: untrusted text as one CSS string', () => {
  it('keeps letters, digits and plain punctuation as they are', () => {
    expect(cssString('République de Veloria · 2026-03-01')).toBe('"République de Veloria · 2026-03-01"');
  });

  it('escapes what could end the string, the rule or the <style> element', () => {
    expect(cssString('a"b\\c\'d</style>{}')).toBe('"a\\22 b\\5c c\\27 d\\3c /style\\3e \\7b \\7d "');
  });

  it('removes control and bidirectional-override characters and joins lines', () => {
    expect(cssString('one\ntwo\r\n\tthree \u0000\u001b[31m\u202eend')).toBe('"one two three end"');
  });

  it('leaves no way out of the header in the print stylesheet', () => {
    const css = printPageCss('x"; } body { display: none } @top-left { content: "', 'letter');
    expect(css).toContain('size: letter;');
    expect(css.match(/\{/g)?.length).toBe(css.match(/\}/g)?.length);
    expect(css).toContain(
      'content: "x\\22 ; \\7d  body \\7b  display: none \\7d  \\40 top-left \\7b  content: \\22 ";',
    );
  });
});
