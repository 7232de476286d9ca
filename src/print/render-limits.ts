/**
 * What the browser's WebGL can draw in one piece, and the refusal when a print asks for more.
 * A canvas side beyond these limits does not fail: it comes out scaled, shifted or blurred, so a
 * print that needs more is refused with a message instead. Pure.
 */
import { type Message, MessageError, message } from '../domain/message.ts';

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
 * Null when a map canvas of `width` × `height` device pixels fits the limits, else the message
 * that refuses it (naming both sizes and what to choose instead).
 * @example renderSizeProblem(9000, 6000, limits) // message('printErrorSizeBeyondWebgl', { width: 9000, height: 6000, maxWidth: 8192, maxHeight: 8192 })
 */
export function renderSizeProblem(width: number, height: number, limits: WebglLimits): Message | null {
  const largest = largestCanvas(limits);
  if (width <= largest.width && height <= largest.height) return null;
  return message('printErrorSizeBeyondWebgl', {
    width,
    height,
    maxWidth: largest.width,
    maxHeight: largest.height,
  });
}

/**
 * A print refused before anything was drawn (a size the browser cannot draw sharply): the
 * export map is left as it was, ready for a smaller one.
 */
export class PrintRefused extends MessageError {}
