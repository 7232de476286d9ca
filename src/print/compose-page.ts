/**
 * Draws a page on a 2D canvas from its layout: the map image in its frame, the title, the
 * legend (with the map's own school symbols), the table, the north arrow, the scale bar and the
 * footer. The preview draws the same page at 96 DPI with the map left transparent over a live
 * map; exports draw it at 150 or 300 DPI over the hidden map's pixels.
 *
 * Chinese text is drawn with the browser's CJK font (the same families as the interface), so
 * it is part of the image: no CJK font ships with the app to embed in a PDF.
 */
import { DEFAULT_THEME, type Theme } from '../map/theme.ts';
import { drawLegend } from './draw-legend.ts';
import type { LegendEntry, PageTable } from './page-content.ts';
import type { PageLayout, Rect } from './page-layout.ts';
import { backing, drawPanel, drawText, INK, MUTED, type PageText, pageFont } from './page-text.ts';
import { chooseScaleBar, formatScaleLength, representativeFraction, roundFraction } from './scale-bar.ts';

/** Everything a page shows besides the map image. */
export interface PageDrawing {
  layout: PageLayout;
  text: PageText;
  legend: readonly LegendEntry[];
  table: PageTable | null;
  /** Ground metres per page pixel at the map's centre latitude; null draws no scale bar (no map yet). */
  metresPerPixel: number | null;
  theme?: Theme;
}

/** Where the scale bar was drawn and what it says, for the export report and the tests. */
export interface DrawnScaleBar {
  /** Left end of the bar, page pixels. */
  x: number;
  /** Vertical middle of the bar, page pixels. */
  y: number;
  /** Bar thickness, page pixels. */
  thickness: number;
  pixels: number;
  metres: number;
  label: string;
  /** The representative fraction printed (rounded), e.g. 250000 for 1:250,000. */
  fraction: number;
}

/** What was drawn. */
export interface ComposedPage {
  scaleBar: DrawnScaleBar | null;
  legendLabels: string[];
}

const FRAME = '#222222';
const CONFIDENTIAL = '#c00000';

function drawNorthArrow(context: CanvasRenderingContext2D, box: Rect, label: string, fontSize: number): void {
  backing(context, box, box.width * 0.12);
  const centre = box.x + box.width / 2;
  const labelHeight = fontSize * 1.3;
  drawText(
    context,
    label,
    { x: box.x, y: box.y + box.height * 0.04, width: box.width, height: labelHeight },
    {
      size: fontSize,
      weight: 'bold',
      align: 'center',
    },
  );
  const top = box.y + labelHeight + box.height * 0.04;
  const bottom = box.y + box.height * 0.92;
  const half = box.width * 0.3;
  const notch = bottom - (bottom - top) * 0.22;
  context.save();
  context.lineJoin = 'miter';
  context.lineWidth = Math.max(1, box.width * 0.03);
  context.strokeStyle = INK;
  // Left half solid, right half white: the classic arrow that reads in greyscale.
  context.beginPath();
  context.moveTo(centre, top);
  context.lineTo(centre - half, bottom);
  context.lineTo(centre, notch);
  context.closePath();
  context.fillStyle = INK;
  context.fill();
  context.stroke();
  context.beginPath();
  context.moveTo(centre, top);
  context.lineTo(centre + half, bottom);
  context.lineTo(centre, notch);
  context.closePath();
  context.fillStyle = '#ffffff';
  context.fill();
  context.stroke();
  context.restore();
}

function drawScaleBar(
  context: CanvasRenderingContext2D,
  layout: PageLayout,
  text: PageText,
  metresPerPixel: number,
): DrawnScaleBar {
  const box = layout.scaleBar;
  const unit = layout.pixelsPerMillimetre * layout.scale;
  const padding = 2 * unit;
  const fontSize = layout.fonts.mapNote;
  context.font = pageFont(fontSize);
  // Leave room for half the end label past the bar's end.
  const labelRoom = context.measureText(`00 ${text.kilometre}`).width / 2;
  const bar = chooseScaleBar(metresPerPixel, box.width - 2 * padding - labelRoom);
  const fraction = roundFraction(representativeFraction(metresPerPixel, layout.spec.dpi));
  const label = formatScaleLength(bar.metres, text.kilometre, text.metre);
  const fractionText = text.fraction.replace('{fraction}', fraction.toLocaleString('en-US'));
  context.font = pageFont(fontSize);
  const endLabelWidth = context.measureText(label).width;
  const fractionWidth = context.measureText(fractionText).width;
  const contentWidth = Math.max(bar.pixels + endLabelWidth / 2, fractionWidth);
  backing(
    context,
    { x: box.x, y: box.y, width: Math.min(box.width, contentWidth + 2 * padding), height: box.height },
    unit,
  );

  const x = Math.round(box.x + padding);
  const thickness = Math.max(2, Math.round(1.4 * unit));
  const labelTop = box.y + padding * 0.6;
  const labelHeight = fontSize * 1.3;
  const barTop = Math.round(labelTop + labelHeight + 0.4 * unit);
  drawText(
    context,
    '0',
    { x: x - 20 * unit, y: labelTop, width: 40 * unit, height: labelHeight },
    {
      size: fontSize,
      align: 'center',
    },
  );
  drawText(
    context,
    label,
    { x: x + bar.pixels - 20 * unit, y: labelTop, width: 40 * unit, height: labelHeight },
    {
      size: fontSize,
      align: 'center',
    },
  );
  const segment = bar.pixels / bar.segments;
  for (let index = 0; index < bar.segments; index++) {
    context.fillStyle = index % 2 === 0 ? INK : '#ffffff';
    const left = Math.round(x + index * segment);
    const right = Math.round(x + (index + 1) * segment);
    context.fillRect(left, barTop, right - left, thickness);
  }
  const outline = Math.max(1, Math.round(unit * 0.2));
  context.strokeStyle = INK;
  context.lineWidth = outline;
  context.strokeRect(
    x + outline / 2,
    barTop + outline / 2,
    Math.round(bar.pixels) - outline,
    thickness - outline,
  );
  drawText(
    context,
    fractionText,
    { x, y: barTop + thickness + 0.6 * unit, width: box.width - 2 * padding, height: labelHeight },
    { size: fontSize, colour: MUTED },
  );
  return {
    x,
    y: barTop + thickness / 2,
    thickness,
    pixels: bar.pixels,
    metres: bar.metres,
    label,
    fraction,
  };
}

function drawTable(context: CanvasRenderingContext2D, layout: PageLayout, table: PageTable): void {
  const box = layout.table;
  if (!box || !layout.tableTitle) return;
  const unit = layout.pixelsPerMillimetre * layout.scale;
  drawPanel(context, box, layout.lineWidth);
  drawText(context, table.title, layout.tableTitle, {
    size: layout.fonts.legendTitle,
    weight: 'bold',
    shrink: true,
  });
  const totalWeight = table.weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const rows = [
    { cells: table.columns, status: undefined, header: true },
    ...table.rows.map((row) => ({ ...row, header: false })),
  ];
  layout.tableRows.forEach((rowBox, index) => {
    const row = rows[index];
    if (!row) return;
    if (row.header) {
      context.fillStyle = '#eeeeee';
      context.fillRect(rowBox.x, rowBox.y, rowBox.width, rowBox.height);
    }
    let x = rowBox.x;
    row.cells.forEach((cell, column) => {
      const width = (rowBox.width * (table.weights[column] ?? 0)) / totalWeight;
      const colour =
        !row.header && column === table.statusColumn && row.status
          ? row.status === 'pass'
            ? '#1e7d32'
            : row.status === 'fail'
              ? '#c62828'
              : MUTED
          : INK;
      drawText(
        context,
        cell,
        { x: x + 0.8 * unit, y: rowBox.y, width: width - 1.6 * unit, height: rowBox.height },
        {
          size: layout.fonts.table,
          weight: row.header || (column === table.statusColumn && row.status === 'fail') ? 'bold' : 'normal',
          colour,
        },
      );
      x += width;
    });
    context.fillStyle = '#d5d5d5';
    context.fillRect(rowBox.x, rowBox.y + rowBox.height - 1, rowBox.width, 1);
  });
}

/**
 * Draws the page into `context` (sized to the layout's page) and returns what it drew.
 * `mapImage` must be exactly the layout's map size; null leaves the map area transparent (the
 * preview shows a live map there).
 */
export function composePage(
  context: CanvasRenderingContext2D,
  drawing: PageDrawing,
  mapImage: CanvasImageSource | null,
): ComposedPage {
  const { layout, text } = drawing;
  const theme = drawing.theme ?? DEFAULT_THEME;
  const { page, map } = layout;
  context.save();
  context.fillStyle = '#ffffff';
  context.fillRect(page.x, page.y, page.width, page.height);
  if (mapImage) context.drawImage(mapImage, map.x, map.y, map.width, map.height);
  else context.clearRect(map.x, map.y, map.width, map.height);
  const frame = layout.lineWidth * 2;
  context.strokeStyle = FRAME;
  context.lineWidth = frame;
  context.strokeRect(map.x - frame / 2, map.y - frame / 2, map.width + frame, map.height + frame);
  context.restore();

  drawText(context, text.title, layout.title, {
    size: layout.fonts.title,
    weight: 'bold',
    align: 'center',
    shrink: true,
  });
  if (layout.subtitle && text.subtitle) {
    drawText(context, text.subtitle, layout.subtitle, {
      size: layout.fonts.subtitle,
      align: 'center',
      colour: MUTED,
      shrink: true,
    });
  }
  if (layout.confidential && text.confidential) {
    drawText(context, text.confidential, layout.confidential, {
      size: layout.fonts.confidential,
      weight: 'bold',
      align: 'right',
      colour: CONFIDENTIAL,
      shrink: true,
    });
  }

  const legendLabels = drawLegend(context, layout, text, drawing.legend, theme);
  if (drawing.table) drawTable(context, layout, drawing.table);
  drawNorthArrow(context, layout.northArrow, text.north, layout.fonts.mapNote);
  const scaleBar =
    drawing.metresPerPixel !== null && drawing.metresPerPixel > 0
      ? drawScaleBar(context, layout, text, drawing.metresPerPixel)
      : null;

  const footer = { size: layout.fonts.footer, colour: MUTED };
  drawText(context, text.source, layout.footer.source, footer);
  drawText(context, text.unit, layout.footer.unit, { ...footer, align: 'right' });
  drawText(context, text.date, layout.footer.date, { ...footer, align: 'right' });
  if (text.note) drawText(context, text.note, layout.footer.note, { ...footer, colour: '#8a3b12' });
  return { scaleBar, legendLabels };
}
