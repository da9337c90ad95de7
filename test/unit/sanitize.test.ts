import { describe, expect, it } from 'vitest';
import { oneLine, stripControl } from '../../src/text/sanitize.js';
import { createStyle, renderStyled } from '../../src/text/style.js';
import { CONTROLS, FORBIDDEN, RESIDUE } from '../helpers/hostile-terminal.js';

describe('issue 12 point 17: the terminal sanitiser', () => {
  it.each(CONTROLS)('12.17: removes $kind whole, leaving the text around it', ({ text, visible }) => {
    expect(stripControl(`before${text}after`)).toBe(`before${visible ?? ''}after`);
  });

  it('12.17: keeps tabs, newlines and the right-to-left marks that Arabic text needs', () => {
    expect(stripControl('a\tb\nc \u200f\u200e\u061c')).toBe('a\tb\nc \u200f\u200e\u061c');
  });

  it('12.17: an unterminated control string ends at the line, so the rest of the output survives', () => {
    expect(stripControl('a\u001b]52;c;cm0gLXJmIH4K\nnext line')).toBe('a\nnext line');
    expect(stripControl('a\u0090payload\nnext')).toBe('a\nnext');
  });

  it('12.17: a one-line message is flattened after the control is gone', () => {
    expect(oneLine('a\u001b[2J\r\n\u000bb\u202ec')).toBe('a bc');
  });

  it('12.17: the program’s styling becomes colour only through marks input cannot forge', () => {
    const style = createStyle(true);
    const styled = style.bold(`title ${style.dim('dim')} \u001b[31mred`);
    expect(renderStyled(styled, true)).toBe('\u001b[1mtitle \u001b[2mdim\u001b[22m\u001b[1m red\u001b[22m');
    expect(renderStyled(styled, false)).toBe('title dim red');
    const forged = '\uE000000000000000000031\uE001';
    expect(renderStyled(forged, true)).not.toMatch(FORBIDDEN);
    expect(renderStyled(`x${forged}`, true)).toBe(`x${forged}`);
    expect(RESIDUE.test(renderStyled(style.red('\u001b]8;;https://evil.example/\u001b\\'), true))).toBe(
      false,
    );
  });
});
