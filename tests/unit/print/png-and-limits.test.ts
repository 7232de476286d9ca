import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { crc32, pngResolution, pngSize, withPngResolution } from '../../../src/print/png-resolution.ts';
import { renderSizeProblem, type WebglLimits } from '../../../src/print/render-limits.ts';
import { tinyPng } from './print-fixtures.ts';

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
    expect(() => withPngResolution(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), 300)).toThrow(
      expect.objectContaining({ text: message('printErrorNotPng') }),
    );
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

  it('refuses anything larger, naming both sizes and what to choose instead, in either language', () => {
    const problem = renderSizeProblem(8193, 5000, limits);
    if (!problem) throw new Error('not refused');
    const chinese = translateMessage('zh-CN', problem);
    expect(chinese).toMatch(/^地图需要 8193 × 5000 像素，超过本浏览器 WebGL 单张画布的上限 8192 × 8192 像素/);
    expect(chinese).toContain('150 DPI');
    const english = translateMessage('en', problem);
    expect(english).toContain('8193 × 5000');
    expect(english).toContain('8192 × 8192');
    expect(english).toContain('150 DPI');
  });

  it('takes the smallest of the limits on each axis', () => {
    const small = { ...limits, maxRenderbufferSize: 4096, maxViewportHeight: 3000 };
    expect(renderSizeProblem(4000, 2999, small)).toBeNull();
    expect(renderSizeProblem(4000, 3001, small)?.values).toMatchObject({ maxWidth: 4096, maxHeight: 3000 });
  });
});
