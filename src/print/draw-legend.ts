/** The legend of a printed page, drawn with the map's own school symbols and colours. */

import { TRAVEL_THEME } from '../map/layers/travel-layers.ts';
import { drawSchoolSymbol, symbolSide } from '../map/symbols.ts';
import type { Theme } from '../map/theme.ts';
import type { LegendEntry, LegendSwatch } from './page-content.ts';
import { legendRowBoxes, type PageLayout, type Rect } from './page-layout.ts';
import { drawPanel, drawText, MUTED, type PageText, pageFont } from './page-text.ts';
import { CSS_PIXELS_PER_INCH } from './paper.ts';

function drawSwatch(context: CanvasRenderingContext2D, swatch: LegendSwatch, box: Rect, theme: Theme): void {
  const size = Math.min(box.width, box.height) * 0.62;
  const x = box.x + (box.width - size) / 2;
  const y = box.y + (box.height - size) / 2;
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  context.save();
  context.lineWidth = Math.max(1, size / 14);
  switch (swatch) {
    case 'circle':
      context.beginPath();
      context.arc(centreX, centreY, size / 2, 0, 2 * Math.PI);
      context.fillStyle = theme.serviceCircle;
      context.globalAlpha = 0.18;
      context.fill();
      context.globalAlpha = 0.8;
      context.strokeStyle = theme.serviceCircle;
      context.stroke();
      break;
    case 'gap':
      context.beginPath();
      context.arc(centreX, centreY, size / 3, 0, 2 * Math.PI);
      context.fillStyle = theme.gapHigh;
      context.globalAlpha = 0.7;
      context.fill();
      break;
    case 'hidden-gap':
      context.beginPath();
      context.arc(centreX, centreY, size / 3, 0, 2 * Math.PI);
      context.strokeStyle = TRAVEL_THEME.hiddenGap;
      context.lineWidth = Math.max(1, size / 8);
      context.stroke();
      break;
    case 'road':
      context.beginPath();
      context.moveTo(box.x + box.width * 0.15, centreY);
      context.lineTo(box.x + box.width * 0.85, centreY);
      context.strokeStyle = TRAVEL_THEME.roads.县道.colour;
      context.lineWidth = Math.max(1, size / 6);
      context.stroke();
      break;
    case 'flag':
      context.beginPath();
      context.arc(centreX, centreY, size / 4, 0, 2 * Math.PI);
      context.fillStyle = theme.schoolFlag;
      context.fill();
      context.strokeStyle = '#ffffff';
      context.stroke();
      break;
    case 'suggested-site':
      // As on the map: a filled disc with a white ring (the map writes the rank in it; the label
      // says so, and the PDF's text layer stays the labels alone).
      context.beginPath();
      context.arc(centreX, centreY, size / 2.4, 0, 2 * Math.PI);
      context.fillStyle = theme.suggestedSite;
      context.fill();
      context.strokeStyle = '#ffffff';
      context.lineWidth = Math.max(1, size / 10);
      context.stroke();
      break;
    case 'closed-school': {
      // A ring with a cross, as the map marks a school a proposal closes.
      const radius = size / 2.4;
      context.beginPath();
      context.arc(centreX, centreY, radius, 0, 2 * Math.PI);
      context.strokeStyle = theme.consolidationClosed;
      context.lineWidth = Math.max(1, size / 9);
      context.stroke();
      const arm = radius * 0.5;
      context.beginPath();
      context.moveTo(centreX - arm, centreY - arm);
      context.lineTo(centreX + arm, centreY + arm);
      context.moveTo(centreX + arm, centreY - arm);
      context.lineTo(centreX - arm, centreY + arm);
      context.stroke();
      break;
    }
    case 'merge-arrow': {
      const left = box.x + box.width * 0.1;
      const right = box.x + box.width * 0.9;
      const head = size * 0.45;
      context.beginPath();
      context.moveTo(left, centreY);
      context.lineTo(right - head, centreY);
      context.strokeStyle = theme.consolidationArrow;
      context.lineWidth = Math.max(1, size / 8);
      context.stroke();
      context.beginPath();
      context.moveTo(right, centreY);
      context.lineTo(right - head, centreY - head * 0.4);
      context.lineTo(right - head, centreY + head * 0.4);
      context.closePath();
      context.fillStyle = theme.consolidationArrow;
      context.fill();
      break;
    }
    default: {
      const band = /^band-(\d+)$/.exec(swatch)?.[1];
      const colour =
        band !== undefined
          ? (TRAVEL_THEME.bands[Number(band)] ?? TRAVEL_THEME.bands.at(-1) ?? '#ffffff')
          : swatch === 'pass'
            ? theme.rulePass
            : swatch === 'fail-one'
              ? theme.ruleFailOne
              : theme.ruleFailMany;
      context.fillStyle = colour;
      context.globalAlpha = 0.75;
      context.fillRect(x, y, size, size * 0.75);
      context.globalAlpha = 1;
      context.strokeStyle = theme.townshipLine;
      context.strokeRect(x, y, size, size * 0.75);
    }
  }
  context.restore();
}

function drawLineSample(
  context: CanvasRenderingContext2D,
  line: 'district' | 'township' | 'township-approximate',
  box: Rect,
  unit: number,
  theme: Theme,
): void {
  context.save();
  const y = Math.round(box.y + box.height / 2);
  context.beginPath();
  context.moveTo(box.x + box.width * 0.1, y);
  context.lineTo(box.x + box.width * 0.9, y);
  if (line === 'district') {
    context.strokeStyle = theme.districtLine;
    context.lineWidth = Math.max(1, 0.6 * unit);
  } else {
    context.strokeStyle = theme.townshipLine;
    context.lineWidth = Math.max(1, 0.35 * unit);
    if (line === 'township-approximate') context.setLineDash([1.4 * unit, 1 * unit]);
  }
  context.stroke();
  context.restore();
}

/** A reference layer's sample: a point, a line or a filled polygon in its colour. */
function drawReferenceSample(
  context: CanvasRenderingContext2D,
  entry: Extract<LegendEntry, { kind: 'reference' }>,
  box: Rect,
  unit: number,
): void {
  context.save();
  context.strokeStyle = entry.colour;
  context.fillStyle = entry.colour;
  // Widths are in CSS pixels on the map: 0.26 mm each on paper.
  context.lineWidth = Math.max(1, entry.width * 0.26 * unit);
  if (entry.dashed) context.setLineDash([1.4 * unit, 0.7 * unit]);
  const middle = box.y + box.height / 2;
  if (entry.geometry === 'point') {
    context.beginPath();
    context.arc(box.x + box.width / 2, middle, Math.max(2, 0.9 * unit), 0, 2 * Math.PI);
    context.fill();
  } else if (entry.geometry === 'line') {
    context.beginPath();
    context.moveTo(box.x + box.width * 0.1, middle);
    context.lineTo(box.x + box.width * 0.9, middle);
    context.stroke();
  } else {
    const inset = {
      x: box.x + box.width * 0.15,
      y: box.y + box.height * 0.2,
      width: box.width * 0.7,
      height: box.height * 0.6,
    };
    context.globalAlpha = 0.25;
    context.fillRect(inset.x, inset.y, inset.width, inset.height);
    context.globalAlpha = 1;
    context.strokeRect(inset.x, inset.y, inset.width, inset.height);
  }
  context.restore();
}

/**
 * Draws the legend box: its title, then each row — a heading, a school symbol at the map's own
 * print size with its label and count, a line sample, or an analysis swatch. Returns the rows'
 * texts as drawn (for the export report and the tests).
 */
export function drawLegend(
  context: CanvasRenderingContext2D,
  layout: PageLayout,
  text: PageText,
  entries: readonly LegendEntry[],
  theme: Theme,
): string[] {
  const unit = layout.pixelsPerMillimetre * layout.scale;
  const box = layout.legend;
  drawPanel(context, box, layout.lineWidth);
  drawText(context, text.legendTitle, layout.legendTitle, { size: layout.fonts.legendTitle, weight: 'bold' });
  const labels: string[] = [];
  const largest = Math.max(...Object.values(theme.schoolTypes).map((style) => symbolSide(style)));
  const rowHeight = layout.legendEntries[0]?.height ?? 0;
  // Legend symbols at the map's own print size, unless the row is too small for the largest one.
  const symbolScale = Math.min(layout.spec.dpi / CSS_PIXELS_PER_INCH, (rowHeight * 0.92) / largest);
  layout.legendEntries.forEach((row, index) => {
    const entry = entries[index];
    if (!entry) return;
    const { sample, label: labelBox } = legendRowBoxes(row, unit);
    if (entry.kind === 'heading') {
      drawText(
        context,
        entry.label,
        { ...row, width: row.width - unit },
        {
          size: layout.fonts.legend,
          weight: 'bold',
          colour: MUTED,
        },
      );
      labels.push(entry.label);
      return;
    }
    if (entry.kind === 'school') {
      const style = theme.schoolTypes[entry.type];
      const side = symbolSide(style) * symbolScale;
      context.save();
      context.translate(sample.x + (sample.width - side) / 2, sample.y + (sample.height - side) / 2);
      context.scale(symbolScale, symbolScale);
      drawSchoolSymbol(context, style, entry.state);
      context.restore();
      context.font = pageFont(layout.fonts.legend);
      const count = String(entry.count);
      const countWidth = context.measureText(count).width;
      drawText(
        context,
        entry.label,
        { ...labelBox, width: labelBox.width - countWidth - unit },
        {
          size: layout.fonts.legend,
        },
      );
      drawText(context, count, labelBox, { size: layout.fonts.legend, align: 'right', colour: MUTED });
      labels.push(`${entry.label} ${count}`);
      return;
    }
    if (entry.kind === 'line') drawLineSample(context, entry.line, sample, unit, theme);
    else if (entry.kind === 'reference') drawReferenceSample(context, entry, sample, unit);
    else drawSwatch(context, entry.swatch, sample, theme);
    drawText(context, entry.label, labelBox, { size: layout.fonts.legend });
    labels.push(entry.label);
  });
  return labels;
}
