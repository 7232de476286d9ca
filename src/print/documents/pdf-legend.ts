/**
 * The legend of a PDF map page, in vectors: the same rows and boxes as the printed page's layout,
 * school symbols drawn by the map's own symbol code (through jsPDF's canvas-like context, so a
 * symbol is paths, not pixels), line samples and analysis swatches, and the labels as text.
 */
import { GState, type jsPDF } from 'jspdf';
import { drawSchoolSymbol, symbolSide } from '../../map/symbols.ts';
import { DEFAULT_THEME, type Theme } from '../../map/theme.ts';
import type { LegendEntry, LegendSwatch } from '../page-content.ts';
import { legendRowBoxes, type PageLayout, type Rect } from '../page-layout.ts';
import type { PageText } from '../page-text.ts';
import { CSS_PIXELS_PER_INCH } from '../paper.ts';
import { applyStyle, type Box, drawLine, INK, MUTED, POINTS_PER_MILLIMETRE } from './pdf-text.ts';

/** Converts the layout's pixels to millimetres. */
export function boxOf(layout: PageLayout, rect: Rect): Box {
  const scale = layout.pixelsPerMillimetre;
  return { x: rect.x / scale, y: rect.y / scale, width: rect.width / scale, height: rect.height / scale };
}

/** A layout font size (pixels at the layout's DPI) in points. */
export function pointsOf(layout: PageLayout, pixels: number): number {
  return (pixels / layout.pixelsPerMillimetre) * POINTS_PER_MILLIMETRE;
}

function withOpacity(document: jsPDF, opacity: number, draw: () => void): void {
  document.saveGraphicsState();
  document.setGState(new GState({ opacity, 'stroke-opacity': opacity }));
  draw();
  document.restoreGraphicsState();
}

function drawSwatch(document: jsPDF, swatch: LegendSwatch, box: Box, theme: Theme): void {
  const size = Math.min(box.width, box.height) * 0.62;
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  const line = Math.max(0.1, size / 14);
  document.setLineWidth(line);
  switch (swatch) {
    case 'circle':
      document.setFillColor(theme.serviceCircle);
      withOpacity(document, 0.18, () => document.circle(centreX, centreY, size / 2, 'F'));
      document.setDrawColor(theme.serviceCircle);
      withOpacity(document, 0.8, () => document.circle(centreX, centreY, size / 2, 'S'));
      return;
    case 'gap':
      document.setFillColor(theme.gapHigh);
      withOpacity(document, 0.7, () => document.circle(centreX, centreY, size / 3, 'F'));
      return;
    case 'flag':
      document.setFillColor(theme.schoolFlag);
      document.setDrawColor('#ffffff');
      document.circle(centreX, centreY, size / 4, 'FD');
      return;
    case 'suggested-site':
      // As the canvas legend: a filled disc with a white ring.
      document.setFillColor(theme.suggestedSite);
      document.setDrawColor('#ffffff');
      document.setLineWidth(Math.max(0.1, size / 10));
      document.circle(centreX, centreY, size / 2.4, 'FD');
      return;
    case 'closed-school': {
      const radius = size / 2.4;
      const arm = radius * 0.5;
      document.setDrawColor(theme.consolidationClosed);
      document.setLineWidth(Math.max(0.1, size / 9));
      document.circle(centreX, centreY, radius, 'S');
      document.line(centreX - arm, centreY - arm, centreX + arm, centreY + arm);
      document.line(centreX + arm, centreY - arm, centreX - arm, centreY + arm);
      return;
    }
    case 'merge-arrow': {
      const left = box.x + box.width * 0.1;
      const right = box.x + box.width * 0.9;
      const head = size * 0.45;
      document.setDrawColor(theme.consolidationArrow);
      document.setFillColor(theme.consolidationArrow);
      document.setLineWidth(Math.max(0.1, size / 8));
      document.line(left, centreY, right - head, centreY);
      document.triangle(
        right,
        centreY,
        right - head,
        centreY - head * 0.4,
        right - head,
        centreY + head * 0.4,
        'F',
      );
      return;
    }
    default: {
      const colour =
        swatch === 'pass' ? theme.rulePass : swatch === 'fail-one' ? theme.ruleFailOne : theme.ruleFailMany;
      const x = box.x + (box.width - size) / 2;
      const y = box.y + (box.height - size * 0.75) / 2;
      document.setFillColor(colour);
      withOpacity(document, 0.75, () => document.rect(x, y, size, size * 0.75, 'F'));
      document.setDrawColor(theme.townshipLine);
      document.rect(x, y, size, size * 0.75, 'S');
    }
  }
}

function drawLineSample(
  document: jsPDF,
  line: 'district' | 'township' | 'township-approximate',
  box: Box,
  unit: number,
  theme: Theme,
): void {
  const y = box.y + box.height / 2;
  if (line === 'district') {
    document.setDrawColor(theme.districtLine);
    document.setLineWidth(0.6 * unit);
  } else {
    document.setDrawColor(theme.townshipLine);
    document.setLineWidth(0.35 * unit);
    if (line === 'township-approximate') document.setLineDashPattern([1.4 * unit, 1 * unit], 0);
  }
  document.line(box.x + box.width * 0.1, y, box.x + box.width * 0.9, y);
  document.setLineDashPattern([], 0);
}

/** A reference layer's sample, as the canvas legend draws it: a dot, a line or a filled box. */
function drawReferenceSample(
  document: jsPDF,
  entry: Extract<LegendEntry, { kind: 'reference' }>,
  box: Box,
  unit: number,
): void {
  const y = box.y + box.height / 2;
  document.setDrawColor(entry.colour);
  document.setFillColor(entry.colour);
  // Widths are in CSS pixels on the map: 0.26 mm each on paper.
  document.setLineWidth(Math.max(0.2, entry.width * 0.26 * unit));
  if (entry.dashed) document.setLineDashPattern([1.4 * unit, 0.7 * unit], 0);
  if (entry.geometry === 'point') {
    document.circle(box.x + box.width / 2, y, 0.9 * unit, 'F');
  } else if (entry.geometry === 'line') {
    document.line(box.x + box.width * 0.1, y, box.x + box.width * 0.9, y);
  } else {
    withOpacity(document, 0.35, () =>
      document.rect(
        box.x + box.width * 0.15,
        box.y + box.height * 0.2,
        box.width * 0.7,
        box.height * 0.6,
        'F',
      ),
    );
    document.rect(box.x + box.width * 0.15, box.y + box.height * 0.2, box.width * 0.7, box.height * 0.6, 'S');
  }
  document.setLineDashPattern([], 0);
}

function drawSymbol(
  document: jsPDF,
  entry: Extract<LegendEntry, { kind: 'school' }>,
  box: Box,
  scale: number,
) {
  const style = DEFAULT_THEME.schoolTypes[entry.type];
  const side = symbolSide(style) * scale;
  // jsPDF's context2d draws the canvas calls the symbol code makes (paths, arcs, clip, dashes) as PDF paths.
  const context = document.context2d as unknown as CanvasRenderingContext2D;
  context.save();
  context.translate(box.x + (box.width - side) / 2, box.y + (box.height - side) / 2);
  context.scale(scale, scale);
  drawSchoolSymbol(context, style, entry.state);
  context.restore();
  document.setLineDashPattern([], 0);
}

/**
 * Draws the legend box, its title and its rows (the layout decides which rows fit, as on the
 * printed page). Returns the labels drawn, for the export's report.
 */
export function drawLegend(
  document: jsPDF,
  layout: PageLayout,
  text: PageText,
  entries: readonly LegendEntry[],
  theme: Theme = DEFAULT_THEME,
): string[] {
  const unit = layout.scale;
  const frame = boxOf(layout, layout.legend);
  document.setFillColor('#ffffff');
  document.setDrawColor('#8a8a8a');
  document.setLineWidth(0.25 * unit);
  document.rect(frame.x, frame.y, frame.width, frame.height, 'FD');
  drawLine(document, text.legendTitle, boxOf(layout, layout.legendTitle), {
    size: pointsOf(layout, layout.fonts.legendTitle),
    bold: true,
  });
  const size = pointsOf(layout, layout.fonts.legend);
  const largest = Math.max(...Object.values(theme.schoolTypes).map((style) => symbolSide(style)));
  const rowHeight = layout.legendEntries[0] ? boxOf(layout, layout.legendEntries[0]).height : 0;
  // Symbols at the map's own printed size (a CSS pixel is 1/96 inch), unless the row is smaller.
  const symbolScale = Math.min(25.4 / CSS_PIXELS_PER_INCH, (rowHeight * 0.92) / largest);
  const labels: string[] = [];
  layout.legendEntries.forEach((rect, index) => {
    const entry = entries[index];
    if (!entry) return;
    const row = boxOf(layout, rect);
    const { sample, label } = legendRowBoxes(row, unit);
    if (entry.kind === 'heading') {
      drawLine(
        document,
        entry.label,
        { ...row, width: row.width - unit },
        { size, bold: true, colour: MUTED },
      );
      labels.push(entry.label);
      return;
    }
    if (entry.kind === 'school') {
      drawSymbol(document, entry, sample, symbolScale);
      const count = String(entry.count);
      const countWidth = applyStyle(document, { size })(count);
      drawLine(document, entry.label, { ...label, width: label.width - countWidth - unit }, { size });
      drawLine(document, count, label, { size, align: 'right', colour: MUTED });
      labels.push(`${entry.label} ${count}`);
      return;
    }
    if (entry.kind === 'line') drawLineSample(document, entry.line, sample, unit, theme);
    else if (entry.kind === 'reference') drawReferenceSample(document, entry, sample, unit);
    else drawSwatch(document, entry.swatch, sample, theme);
    drawLine(document, entry.label, label, { size, colour: INK });
    labels.push(entry.label);
  });
  return labels;
}
