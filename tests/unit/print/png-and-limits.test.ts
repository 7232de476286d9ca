import { describe, expect, it } from 'vitest';
import { crc32, pngResolution, pngSize, withPngResolution } from '../../../src/print/png-resolution.ts';
import { renderSizeProblem, type WebglLimits } from '../../../src/print/render-limits.ts';

function chunk(type: string, data: number[]): number[] {
  const body = new Uint8Array([...type].map((character) => character.charCodeAt(0)).concat(data));
  const length = data.length;
  const crc = crc32(body);
  return [
    length >>> 24,
    (length >>> 16) & 255,
    (length >>> 8) & 255,
    length & 255,
    ...body,
    crc >>> 24,
    (crc >>> 16) & 255,
    (crc >>> 8) & 255,
    crc & 255,
  ];
}

/** A 3508 × 2480 PNG header with no image data: enough for the chunk work. */
function tinyPng(): Uint8Array {
  const ihdr = [0, 0, 0x0d, 0xb4, 0, 0, 0x09, 0xb0, 8, 6, 0, 0, 0];
  return new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...chunk('IHDR', ihdr), ...chunk('IEND', [])]);
}

describe('PNG resolution', () => {
  it('computes PNG CRCs', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('stamps the DPI after the header, once, keeping the size', () => {
    const stamped = withPngResolution(tinyPng(), 300);
    expect(pngSize(stamped)).toEqual({ width: 3508, height: 2480 });
    expect(pngResolution(stamped)).toBe(300);
    expect(String.fromCharCode(...stamped.subarray(37, 41))).toBe('pHYs');
    const again = withPngResolution(stamped, 150);
    expect(pngResolution(again)).toBe(150);
    expect(again.length).toBe(stamped.length);
    expect(pngResolution(tinyPng())).toBeNull();
  });

  it('refuses bytes that are not a PNG', () => {
    expect(() => withPngResolution(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 300)).toThrow('PNG');
  });
});

describe('renderSizeProblem', () => {
  const limits: WebglLimits = {
    maxTextureSize: 8192,
    maxRenderbufferSize: 8192,
    maxViewportWidth: 8192,
    maxViewportHeight: 8192,
  };

  it('lets A3 at 300 DPI through on a browser with 8192-pixel limits', () => {
    expect(renderSizeProblem(4961, 3508, limits)).toBeNull();
    expect(renderSizeProblem(8192, 8192, limits)).toBeNull();
  });

  it('refuses anything larger, in Chinese, naming both sizes', () => {
    const message = renderSizeProblem(8193, 5000, limits);
    expect(message).toContain('8193 × 5000');
    expect(message).toContain('8192 × 8192');
    expect(message).toContain('150 DPI');
  });

  it('takes the smallest of the limits on each axis', () => {
    const small = { ...limits, maxRenderbufferSize: 4096, maxViewportHeight: 3000 };
    expect(renderSizeProblem(4000, 2999, small)).toBeNull();
    expect(renderSizeProblem(4000, 3001, small)).toContain('4096 × 3000');
  });
});
