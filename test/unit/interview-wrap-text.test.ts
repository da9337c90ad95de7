import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  fitWidth,
  padWidth,
  reflowParagraphs,
  wrapText,
} from '../../src/interview/wrap-text.js';

const widths = (text: string) => text.split('\n').map(displayWidth);

describe('displayWidth', () => {
  it('counts CJK and emoji as two columns, combining marks and joiners as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('儿童保护')).toBe(8);
    expect(displayWidth('아동')).toBe(4);
    expect(displayWidth('e\u0301te\u0301')).toBe(3); // é written as e + combining acute
    expect(displayWidth('👩‍👧')).toBe(2); // one family emoji of two people joined by ZWJ
    expect(displayWidth('✔︎')).toBe(1);
    expect(displayWidth('❤️')).toBe(2);
    expect(displayWidth('حماية الطفل')).toBe(11);
  });
});

describe('wrapText', () => {
  it('shows a line starting with a tab (a command to copy) indented and whole, never split', () => {
    const command = "opsc-audit assess /home/amina/assessments/small.yaml -o 'answers of 2026.yaml'";
    const text = `Saved to answers of 2026.yaml. Resume with:\n\t${command}`;
    expect(wrapText(text, 30)).toBe(`Saved to answers of 2026.yaml.\nResume with:\n    ${command}`);
    expect(
      wrapText('     an indented line wraps like any other line', 20).split('\n').length,
    ).toBeGreaterThan(1);
  });

  const question =
    'How far does national law close off the marriage of anyone under 18, in every form it takes?';

  it('wraps at word boundaries, never past the width, and keeps every word in order', () => {
    for (const width of [20, 40, 59, 79, 119]) {
      const wrapped = wrapText(question, width);
      expect(Math.max(...widths(wrapped))).toBeLessThanOrEqual(width);
      expect(wrapped.replace(/\n/g, ' ')).toBe(question);
    }
    expect(wrapText(question, 40)).toBe(
      'How far does national law close off the\nmarriage of anyone under 18, in every\nform it takes?',
    );
  });

  it('leaves a line that fits as it is (double spaces too), and keeps existing line breaks', () => {
    expect(wrapText('LAW-01  (recommendation, weight 3)\n\nNext', 80)).toBe(
      'LAW-01  (recommendation, weight 3)\n\nNext',
    );
  });

  it('keeps the indent of an indented line on the lines it wraps into', () => {
    expect(wrapText('  Established - works everywhere and is monitored', 24)).toBe(
      '  Established - works\n  everywhere and is\n  monitored',
    );
  });

  it('wraps wide characters by their width, and cuts a word longer than the line between characters', () => {
    expect(wrapText('儿童保护 儿童保护 儿童保护', 18)).toBe('儿童保护 儿童保护\n儿童保护');
    const url = 'https://example.org/a/very/long/path/that/cannot/break';
    const wrapped = wrapText(`see ${url}`, 20);
    expect(Math.max(...widths(wrapped))).toBeLessThanOrEqual(20);
    expect(wrapped.replace(/\n/g, '')).toBe(`see${url}`);
    expect(Math.max(...widths(wrapText('儿童保护儿童保护儿童保护', 9)))).toBeLessThanOrEqual(9);
  });
});

describe('fitWidth and padWidth', () => {
  it('cut to a width with an ellipsis, and pad by display width', () => {
    expect(fitWidth('Implemented in part', 10)).toBe('Implement…');
    expect(displayWidth(fitWidth('儿童保护儿童保护', 7))).toBeLessThanOrEqual(7);
    expect(fitWidth('short', 10)).toBe('short');
    expect(padWidth('儿童', 6)).toBe('儿童  ');
  });
});

describe('reflowParagraphs', () => {
  it('joins lines broken at a fixed width, keeping paragraphs, list items and indented lines', () => {
    expect(
      reflowParagraphs('The Special Rapporteur urges\nStates to act.\n\nNext paragraph\nends here.'),
    ).toBe('The Special Rapporteur urges States to act.\n\nNext paragraph ends here.');
    expect(
      reflowParagraphs('Look for:\n- the civil code\n- customary law\n  (where it applies)\n1. first'),
    ).toBe('Look for:\n- the civil code\n- customary law\n  (where it applies)\n1. first');
  });
});
