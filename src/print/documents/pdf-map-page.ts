/**
 * One map page of a PDF, laid out exactly as the printed page (`layoutPage`): the title lines,
 * the map picture in its frame, the north arrow and the scale bar over the map, the legend and
 * the footer. Every word is PDF text in the embedded font; only the map is a picture.
 */
import type { jsPDF } from 'jspdf';
import type { PageLayout } from '../page-layout.ts';
import type { PageText } from '../page-text.ts';
import { chooseScaleBar, formatScaleLength, roundFraction } from '../scale-bar.ts';
import type { MapPage } from './document-model.ts';
import { boxOf, drawLegend, pointsOf } from './pdf-legend.ts';
import { applyStyle, type Box, drawLine, INK, MUTED } from './pdf-text.ts';

const FRAME = '#222222';
const CONFIDENTIAL = '#c00000';
const NOTE = '#8a3b12';

/** The scale bar as drawn, in millimetres on the page. */
export interface PdfScaleBar {
  /** Length of the bar on paper. */
  millimetres: number;
  /** Ground length the bar stands for. */
  metres: number;
  label: string;
  /** n of 1:n. */
  fraction: number;
}

/** White rounded backing under furniture drawn over the map. */
function backing(document: jsPDF, box: Box, radius: number): void {
  document.setFillColor('#ffffff');
  document.setDrawColor('#bdbdbd');
  document.setLineWidth(Math.max(0.1, radius / 6));
  document.roundedRect(box.x, box.y, box.width, box.height, radius, radius, 'FD');
}

function drawNorthArrow(document: jsPDF, box: Box, label: string, size: number): void {
  backing(document, box, box.width * 0.12);
  const labelHeight = (size / 72) * 25.4 * 1.3;
  drawLine(
    document,
    label,
    { x: box.x, y: box.y + box.height * 0.04, width: box.width, height: labelHeight },
    { size, bold: true, align: 'center' },
  );
  const centre = box.x + box.width / 2;
  const top = box.y + labelHeight + box.height * 0.04;
  const bottom = box.y + box.height * 0.92;
  const half = box.width * 0.3;
  const notch = bottom - (bottom - top) * 0.22;
  document.setLineWidth(Math.max(0.1, box.width * 0.03));
  document.setDrawColor(INK);
  // Left half solid, right half white: the classic arrow that reads in greyscale.
  document.setFillColor(INK);
  document.triangle(centre, top, centre - half, bottom, centre, notch, 'FD');
  document.setFillColor('#ffffff');
  document.triangle(centre, top, centre + half, bottom, centre, notch, 'FD');
}

function drawScaleBar(
  document: jsPDF,
  layout: PageLayout,
  text: PageText,
  metresPerMillimetre: number,
): PdfScaleBar {
  const box = boxOf(layout, layout.scaleBar);
  const unit = layout.scale;
  const padding = 2 * unit;
  const size = pointsOf(layout, layout.fonts.mapNote);
  const measure = applyStyle(document, { size });
  const labelRoom = measure(`00 ${text.kilometre}`) / 2;
  const bar = chooseScaleBar(metresPerMillimetre, box.width - 2 * padding - labelRoom);
  // Ground metres per metre of paper.
  const fraction = roundFraction(metresPerMillimetre * 1000);
  const label = formatScaleLength(bar.metres, text.kilometre, text.metre);
  const fractionText = text.fraction.replace('{fraction}', fraction.toLocaleString('en-US'));
  const contentWidth = Math.max(bar.pixels + measure(label) / 2, measure(fractionText));
  backing(document, { ...box, width: Math.min(box.width, contentWidth + 2 * padding) }, unit);

  const x = box.x + padding;
  const thickness = 1.4 * unit;
  const labelHeight = (size / 72) * 25.4 * 1.3;
  const labelTop = box.y + padding * 0.6;
  const barTop = labelTop + labelHeight + 0.4 * unit;
  const labelBox = (centre: number): Box => ({
    x: centre - 20 * unit,
    y: labelTop,
    width: 40 * unit,
    height: labelHeight,
  });
  drawLine(document, '0', labelBox(x), { size, align: 'center' });
  drawLine(document, label, labelBox(x + bar.pixels), { size, align: 'center' });
  const segment = bar.pixels / bar.segments;
  for (let index = 0; index < bar.segments; index++) {
    document.setFillColor(index % 2 === 0 ? INK : '#ffffff');
    document.rect(x + index * segment, barTop, segment, thickness, 'F');
  }
  document.setDrawColor(INK);
  document.setLineWidth(Math.max(0.1, 0.2 * unit));
  document.rect(x, barTop, bar.pixels, thickness, 'S');
  drawLine(
    document,
    fractionText,
    { x, y: barTop + thickness + 0.6 * unit, width: box.width - 2 * padding, height: labelHeight },
    { size, colour: MUTED },
  );
  return { millimetres: bar.pixels, metres: bar.metres, label, fraction };
}

/** Draws the title lines and the footer, which map pages and their continuation pages share. */
export function drawPageFrame(
  document: jsPDF,
  layout: PageLayout,
  text: PageText,
  notes: string,
  title: string,
): void {
  drawLine(document, title, boxOf(layout, layout.title), {
    size: pointsOf(layout, layout.fonts.title),
    bold: true,
    align: 'center',
  });
  if (layout.subtitle && text.subtitle) {
    drawLine(document, text.subtitle, boxOf(layout, layout.subtitle), {
      size: pointsOf(layout, layout.fonts.subtitle),
      align: 'center',
      colour: MUTED,
    });
  }
  if (layout.confidential && text.confidential) {
    drawLine(document, text.confidential, boxOf(layout, layout.confidential), {
      size: pointsOf(layout, layout.fonts.confidential),
      bold: true,
      align: 'right',
      colour: CONFIDENTIAL,
    });
  }
  const footer = { size: pointsOf(layout, layout.fonts.footer), colour: MUTED };
  drawLine(document, text.source, boxOf(layout, layout.footer.source), footer, 0.7);
  drawLine(document, text.unit, boxOf(layout, layout.footer.unit), { ...footer, align: 'right' }, 0.7);
  drawLine(document, text.date, boxOf(layout, layout.footer.date), { ...footer, align: 'right' }, 0.7);
  drawLine(document, notes, boxOf(layout, layout.footer.note), { ...footer, colour: NOTE }, 0.7);
}

/** What a drawn map page holds, for the export's report and the tests. */
export interface DrawnMapPage {
  legendLabels: string[];
  scaleBar: PdfScaleBar | null;
}

/** Draws a map page (everything but its table) on the document's current page; `notes` is the page's notes as one line. */
export function drawMapPage(document: jsPDF, layout: PageLayout, page: MapPage, notes: string): DrawnMapPage {
  const map = boxOf(layout, layout.map);
  if (page.map) {
    const format = page.map.format === 'jpeg' ? 'JPEG' : 'PNG';
    // A JPEG goes in as it is; a PNG is deflated (uncompressed it would be width × height × 3 bytes).
    document.addImage(
      page.map.bytes,
      format,
      map.x,
      map.y,
      map.width,
      map.height,
      `map-${page.key}`,
      format === 'JPEG' ? 'NONE' : 'FAST',
    );
  }
  const frame = 0.5 * layout.scale;
  document.setDrawColor(FRAME);
  document.setLineWidth(frame);
  document.rect(map.x - frame / 2, map.y - frame / 2, map.width + frame, map.height + frame, 'S');

  drawPageFrame(document, layout, page.text, notes, page.text.title);
  const legendLabels = drawLegend(document, layout, page.text, page.legend);
  drawNorthArrow(
    document,
    boxOf(layout, layout.northArrow),
    page.text.north,
    pointsOf(layout, layout.fonts.mapNote),
  );
  // The picture may have more or fewer pixels than the page's DPI gives its box: scale by its own width.
  const metresPerPixel = page.map?.metresPerPixel ?? null;
  const scaleBar =
    page.map && metresPerPixel !== null && metresPerPixel > 0
      ? drawScaleBar(document, layout, page.text, (metresPerPixel * page.map.width) / map.width)
      : null;
  return { legendLabels, scaleBar };
}
