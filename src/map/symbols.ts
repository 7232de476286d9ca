/**
 * Draws the school symbols on a 2D canvas: one outline shape per school type, one fill treatment
 * per state (solid = existing, ring = completed in the plan, half = under construction,
 * hollow dashed = planned, inner dot = renovation). The map and the legend both use these, so
 * what the legend shows is exactly what the map draws.
 */
import { MessageError, message } from '../domain/message.ts';
import type { SchoolState } from '../domain/school.ts';
import { DEFAULT_THEME, type SchoolTypeStyle, type SymbolShape, type Theme } from './theme.ts';

/** Padding around a shape, in CSS pixels, to leave room for rings and outlines. */
const PADDING = 3;

function tracePolygon(
  context: CanvasRenderingContext2D,
  centre: number,
  radius: number,
  corners: number,
  rotation: number,
) {
  context.beginPath();
  for (let index = 0; index < corners; index++) {
    const angle = rotation + (index * 2 * Math.PI) / corners;
    const x = centre + radius * Math.cos(angle);
    const y = centre + radius * Math.sin(angle);
    if (index === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  context.closePath();
}

/** Traces a shape's path centred in a square of side `2 * centre`. */
function traceShape(
  context: CanvasRenderingContext2D,
  shape: SymbolShape,
  centre: number,
  radius: number,
): void {
  switch (shape) {
    case 'circle':
      context.beginPath();
      context.arc(centre, centre, radius, 0, 2 * Math.PI);
      return;
    case 'square':
      context.beginPath();
      context.rect(centre - radius * 0.85, centre - radius * 0.85, radius * 1.7, radius * 1.7);
      return;
    case 'diamond':
      tracePolygon(context, centre, radius, 4, -Math.PI / 2);
      return;
    case 'triangle':
      context.beginPath();
      context.moveTo(centre, centre - radius);
      context.lineTo(centre + radius * 0.95, centre + radius * 0.75);
      context.lineTo(centre - radius * 0.95, centre + radius * 0.75);
      context.closePath();
      return;
    case 'pentagon':
      tracePolygon(context, centre, radius, 5, -Math.PI / 2);
      return;
    case 'hexagon':
      tracePolygon(context, centre, radius, 6, 0);
      return;
    case 'star': {
      context.beginPath();
      for (let index = 0; index < 10; index++) {
        const angle = -Math.PI / 2 + (index * Math.PI) / 5;
        const r = index % 2 === 0 ? radius : radius * 0.5;
        const x = centre + r * Math.cos(angle);
        const y = centre + r * Math.sin(angle);
        if (index === 0) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.closePath();
      return;
    }
    case 'cross': {
      const arm = radius * 0.38;
      context.beginPath();
      context.moveTo(centre - arm, centre - radius);
      context.lineTo(centre + arm, centre - radius);
      context.lineTo(centre + arm, centre - arm);
      context.lineTo(centre + radius, centre - arm);
      context.lineTo(centre + radius, centre + arm);
      context.lineTo(centre + arm, centre + arm);
      context.lineTo(centre + arm, centre + radius);
      context.lineTo(centre - arm, centre + radius);
      context.lineTo(centre - arm, centre + arm);
      context.lineTo(centre - radius, centre + arm);
      context.lineTo(centre - radius, centre - arm);
      context.lineTo(centre - arm, centre - arm);
      context.closePath();
      return;
    }
  }
}

/** Side of the square canvas for a symbol, in CSS pixels. */
export function symbolSide(style: SchoolTypeStyle): number {
  return Math.ceil(style.size + 2 * PADDING);
}

/** Side of the largest symbol of a theme, in CSS pixels: what a name must keep clear of. */
export function largestSymbolSide(theme: Theme = DEFAULT_THEME): number {
  return Math.max(...Object.values(theme.schoolTypes).map(symbolSide));
}

/**
 * Draws one school symbol into `context`, which must be scaled to CSS pixels already and be at
 * least {@link symbolSide} square.
 */
export function drawSchoolSymbol(
  context: CanvasRenderingContext2D,
  style: SchoolTypeStyle,
  state: SchoolState,
): void {
  const centre = symbolSide(style) / 2;
  const radius = style.size / 2;
  const outline = '#1b1b1b';
  context.lineJoin = 'round';
  context.setLineDash([]);

  if (state === 'completed') {
    // A ring around the solid shape marks a school that the plan has built.
    traceShape(context, style.shape, centre, radius + 2);
    context.lineWidth = 1.2;
    context.strokeStyle = outline;
    context.stroke();
  }

  traceShape(context, style.shape, centre, radius);
  if (state === 'planned') {
    context.fillStyle = '#ffffff';
    context.fill();
    context.setLineDash([2.2, 1.6]);
    context.lineWidth = 2;
    context.strokeStyle = style.colour;
    context.stroke();
    context.setLineDash([]);
    return;
  }
  if (state === 'construction') {
    context.fillStyle = '#ffffff';
    context.fill();
    context.save();
    context.clip();
    context.fillStyle = style.colour;
    context.fillRect(0, 0, centre, centre * 2);
    context.restore();
    traceShape(context, style.shape, centre, radius);
    context.lineWidth = 1.4;
    context.strokeStyle = outline;
    context.stroke();
    return;
  }
  context.fillStyle = style.colour;
  context.fill();
  context.lineWidth = 1.2;
  context.strokeStyle = outline;
  context.stroke();
  if (state === 'renovation') {
    context.beginPath();
    context.arc(centre, centre, Math.max(1.6, radius * 0.32), 0, 2 * Math.PI);
    context.fillStyle = '#ffffff';
    context.fill();
    context.lineWidth = 0.8;
    context.stroke();
  }
}

/**
 * Renders a symbol to RGBA pixels at a device pixel ratio, in the shape `map.addImage` takes.
 */
export function renderSchoolSymbol(
  style: SchoolTypeStyle,
  state: SchoolState,
  pixelRatio: number,
): { width: number; height: number; data: Uint8ClampedArray } {
  const side = Math.ceil(symbolSide(style) * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new MessageError(message('canvas2dUnavailable'));
  context.scale(pixelRatio, pixelRatio);
  drawSchoolSymbol(context, style, state);
  const image = context.getImageData(0, 0, side, side);
  return { width: side, height: side, data: image.data };
}
