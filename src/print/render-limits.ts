/**
 * What the browser's WebGL can draw in one piece, and the refusal when a print asks for more.
 * A canvas side beyond these limits does not fail: it comes out scaled, shifted or blurred, so a
 * print that needs more is refused with a message instead. Pure.
 */

/** The WebGL limits that bound one map canvas. */
export interface WebglLimits {
  maxTextureSize: number;
  maxRenderbufferSize: number;
  maxViewportWidth: number;
  maxViewportHeight: number;
}

/**
 * The largest canvas width and height the map can draw at: the smallest of the texture,
 * renderbuffer and viewport limits on each axis.
 * @example largestCanvas({ maxTextureSize: 8192, maxRenderbufferSize: 8192, maxViewportWidth: 8192, maxViewportHeight: 8192 }) // { width: 8192, height: 8192 }
 */
export function largestCanvas(limits: WebglLimits): { width: number; height: number } {
  const common = Math.min(limits.maxTextureSize, limits.maxRenderbufferSize);
  return {
    width: Math.min(common, limits.maxViewportWidth),
    height: Math.min(common, limits.maxViewportHeight),
  };
}

/**
 * Null when a map canvas of `width` × `height` device pixels fits the limits, else the Chinese
 * message that refuses it (naming both sizes and what to choose instead).
 * @example renderSizeProblem(9000, 6000, limits) // '地图需要 9000 × 6000 像素，超过本浏览器 WebGL 单张画布的上限 8192 × 8192 像素…'
 */
export function renderSizeProblem(width: number, height: number, limits: WebglLimits): string | null {
  const largest = largestCanvas(limits);
  if (width <= largest.width && height <= largest.height) return null;
  return (
    `地图需要 ${width} × ${height} 像素，超过本浏览器 WebGL 单张画布的上限 ${largest.width} × ${largest.height} 像素` +
    '（MAX_TEXTURE_SIZE / MAX_RENDERBUFFER_SIZE）。为避免输出模糊或错位的地图，本次不导出；' +
    '请改用较小的纸张或 150 DPI，或换用显卡限制更高的浏览器。'
  );
}
