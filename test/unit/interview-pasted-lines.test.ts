import { describe, expect, it } from 'vitest';
import { createKeyFilter, LINE_MARK, markLines, unmarkLines } from '../../src/interview/pasted-lines.js';

describe('the key filter in front of every prompt', () => {
  it('turns Ctrl-D into Ctrl-C at every kind of prompt', () => {
    const filter = createKeyFilter();
    expect(filter('\u0004', false)).toBe('\u0003');
    expect(filter('abc\u0004', true)).toBe('abc\u0003');
  });

  it('keeps the lines of a bracketed paste, even across chunks, and leaves a typed Enter alone', () => {
    const filter = createKeyFilter();
    expect(filter('\u001b[200~first line\r\nsecond', true)).toBe(`first line${LINE_MARK}second`);
    expect(filter('\rthird\r\u001b[201~', true)).toBe(`${LINE_MARK}third${LINE_MARK}`);
    expect(filter('\r', true)).toBe('\r');
  });

  it('without bracketed paste: a line break followed by more text in the same chunk is pasted', () => {
    const filter = createKeyFilter();
    expect(filter('one\rtwo\rthree', true)).toBe(`one${LINE_MARK}two${LINE_MARK}three`);
    expect(filter('one\n\ntwo\r', true)).toBe(`one${LINE_MARK}${LINE_MARK}two\r`);
    expect(filter('Kenya\r', true)).toBe('Kenya\r');
    // Menus get keys as typed.
    expect(filter('2\r', false)).toBe('2\r');
    expect(filter('\u001b[B\r', false)).toBe('\u001b[B\r');
  });

  it('gives the value back with line breaks for notes, spaces elsewhere', () => {
    expect(unmarkLines(`a${LINE_MARK}b`, true)).toBe('a\nb');
    expect(unmarkLines(`a${LINE_MARK}b`, false)).toBe('a b');
    expect(unmarkLines(markLines('a\r\nb\nc'), true)).toBe('a\nb\nc');
  });
});
