import { describe, expect, it } from 'vitest';
import { contrast, parseHex } from '../../src/report/colour.js';
import {
  BAND_LIGHT,
  BAND_STRONG,
  DISTRIBUTION_FILLS,
  levelFill,
  scoreFill,
  textOn,
} from '../../src/report/palette.js';

// Colour-vision deficiency simulation: Machado, Oliveira & Fernandes (2009), severity 1.0, applied to
// linear RGB; then CIELAB (D65) and the CIE76 colour difference.
const MACHADO: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};

const toLinear = (c: number): number => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};

function lab(hex: string, vision: string): [number, number, number] {
  const m = MACHADO[vision] ?? [];
  const rgb = parseHex(hex).map(toLinear);
  const [r = 0, g = 0, b = 0] = m.map((row) =>
    Math.max(
      0,
      Math.min(
        1,
        row.reduce((s, k, i) => s + k * (rgb[i] ?? 0), 0),
      ),
    ),
  );
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: string, b: string, vision: string): number {
  const [p, q] = [lab(a, vision), lab(b, vision)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest difference between any two colours of a set, and the pair, under one kind of vision. */
function closest(colours: readonly string[], vision: string): { d: number; pair: string } {
  let best = { d: Infinity, pair: '' };
  colours.forEach((a, i) => {
    colours.slice(i + 1).forEach((b) => {
      const d = deltaE(a, b, vision);
      if (d < best.d) best = { d, pair: `${a}/${b}` };
    });
  });
  return best;
}

// ΔE*ab 10 is about three "just noticeable differences" on a rendered swatch (JND ≈ 2.3): legend colours
// a reader tells apart at a glance, not only side by side.
const MIN_DELTA_E = 10;
const VISIONS = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];
// The bundled checklists' scales have 3 to 5 levels; 4 and 6 are checked too.
const LEVEL_SETS = [3, 4, 5, 6].map((n) => [
  ...Array.from({ length: n }, (_, i) => levelFill(i, n)),
  DISTRIBUTION_FILLS.unknown,
  DISTRIBUTION_FILLS.unanswered,
  DISTRIBUTION_FILLS.na,
]);

describe('chart palette under colour-vision deficiencies (Machado 2009, severity 1)', () => {
  it.each(VISIONS)('every pair of answer-category colours differs by ΔE ≥ 10 (%s)', (vision) => {
    for (const set of LEVEL_SETS)
      expect(closest(set, vision).d, closest(set, vision).pair).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it.each(VISIONS)('band colours (bars and table marks) differ by ΔE ≥ 10 (%s)', (vision) => {
    expect(closest(BAND_STRONG, vision).d).toBeGreaterThanOrEqual(MIN_DELTA_E);
    expect(closest(BAND_LIGHT, vision).d).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('the heat-map scale keeps ΔE ≥ 10 between its legend steps under every kind of vision', () => {
    const steps = [0, 25, 50, 75, 100].map(scoreFill);
    for (const vision of VISIONS) expect(closest(steps, vision).d).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it('text on every fill has at least 4.5:1 contrast; bars stand 3:1 off the white page', () => {
    for (let p = 0; p <= 100; p++)
      expect(contrast(textOn(scoreFill(p)), scoreFill(p))).toBeGreaterThanOrEqual(4.5);
    for (const fill of BAND_LIGHT) expect(contrast('#1b1b1b', fill)).toBeGreaterThanOrEqual(7);
    for (const fill of BAND_STRONG) expect(contrast('#ffffff', fill)).toBeGreaterThanOrEqual(3);
  });

  it('no green below the top levels: "Started" (the middle of five) is warm, the top two are green', () => {
    const hue = (hex: string): number => {
      const [, a, b] = lab(hex, 'normal');
      return ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
    };
    const green = (hex: string): boolean => hue(hex) > 100 && hue(hex) < 200;
    const five = Array.from({ length: 5 }, (_, i) => levelFill(i, 5));
    expect(five.map(green)).toEqual([false, false, false, true, true]);
  });
});
