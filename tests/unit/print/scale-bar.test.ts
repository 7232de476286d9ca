import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageError } from '../../../src/domain/message.ts';
import {
  chooseScaleBar,
  formatScaleLength,
  metresPerPixel,
  representativeFraction,
  roundFraction,
} from '../../../src/print/scale-bar.ts';

describe('metresPerPixel', () => {
  it('is the Web Mercator ground resolution: 78,271.52 m per pixel at the equator at zoom 0', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.517, 2);
  });

  it('halves with each zoom level and shrinks with the cosine of the latitude', () => {
    expect(metresPerPixel(10, 23.1) * 2).toBeCloseTo(metresPerPixel(9, 23.1), 9);
    // 港南区 lies at about 23.1° N: cos 23.1° = 0.9198.
    expect(metresPerPixel(10, 23.1)).toBeCloseTo(76.437 * 0.91983, 2);
  });

  it('divides by the pixel ratio: a 300 DPI print has 3.125 device pixels per CSS pixel', () => {
    expect(metresPerPixel(10, 23.1, 3.125)).toBeCloseTo(metresPerPixel(10, 23.1) / 3.125, 9);
  });
});

describe('chooseScaleBar', () => {
  it('picks the longest round length that fits', () => {
    expect(chooseScaleBar(10, 300)).toEqual({ metres: 2000, pixels: 200, segments: 4 });
    expect(chooseScaleBar(10, 500)).toEqual({ metres: 5000, pixels: 500, segments: 5 });
    expect(chooseScaleBar(28.1, 755)).toMatchObject({ metres: 20_000 });
    expect(chooseScaleBar(0.5, 90).metres).toBe(20);
  });

  it('is 1, 2 or 5 times a power of ten, no longer than asked and at least 40 % of it', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50_000, noNaN: true }),
        fc.double({ min: 20, max: 5000, noNaN: true }),
        (mpp, max) => {
          const bar = chooseScaleBar(mpp, max);
          const lead = bar.metres / 10 ** Math.floor(Math.log10(bar.metres) + 1e-9);
          expect([1, 2, 5].some((value) => Math.abs(lead - value) < 1e-6)).toBe(true);
          expect(bar.pixels).toBeLessThanOrEqual(max * (1 + 1e-9));
          expect(bar.pixels).toBeGreaterThanOrEqual(max * 0.4 * (1 - 1e-9));
          expect(bar.pixels * mpp).toBeCloseTo(bar.metres, 6);
        },
      ),
    );
  });

  it('refuses nonsense', () => {
    expect(() => chooseScaleBar(0, 100)).toThrow(MessageError);
    expect(() => chooseScaleBar(Number.NaN, 100)).toThrow(MessageError);
    expect(() => chooseScaleBar(10, 0)).toThrow(MessageError);
  });
});

describe('representativeFraction', () => {
  it('is ground metres per metre of paper', () => {
    // One pixel at 300 DPI is 0.084667 mm; 21.1667 m on the ground per pixel is 1:250,000.
    expect(representativeFraction(21.166_667, 300)).toBeCloseTo(250_000, -1);
    expect(representativeFraction(42.333_333, 150)).toBeCloseTo(250_000, -1);
  });

  it('rounds to three significant digits', () => {
    expect(roundFraction(243_871)).toBe(244_000);
    expect(roundFraction(1_234_567)).toBe(1_230_000);
    expect(roundFraction(999)).toBe(999);
  });

  it('writes lengths in km from 1 km up', () => {
    expect(formatScaleLength(2000, '千米', '米')).toBe('2 千米');
    expect(formatScaleLength(500, 'km', 'm')).toBe('500 m');
  });
});
