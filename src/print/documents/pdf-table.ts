/**
 * A table on PDF pages: every cell wrapped to its column (rows grow, nothing is cut with "…"),
 * and a table longer than its room continues on the next page under its title marked 续 and
 * its header repeated, as a bureau's typed tables do.
 */
import type { jsPDF } from 'jspdf';
import type { PageTable, PageTableRow } from '../page-content.ts';
import { applyStyle, INK, MUTED, POINTS_PER_MILLIMETRE } from './pdf-text.ts';
import { wrapText } from './wrap-text.ts';

/** Where a table may go on a page, millimetres. */
export interface TableArea {
  x: number;
  width: number;
  top: number;
  bottom: number;
}

/** Type sizes of a table, points, the height of a one-line row and of the title line, millimetres, and the page's furniture scale (1 on A4). */
export interface TableStyle {
  titleSize: number;
  cellSize: number;
  /** A row of one line, as the page layout gives it (rows tighten when the panel is short). */
  rowHeight: number;
  /** The title's line, as the page layout gives it. */
  titleHeight: number;
  scale: number;
}

const STATUS_COLOURS = { pass: '#1e7d32', fail: '#c62828', na: MUTED } as const;

interface MeasuredRow {
  /** Each cell's lines. */
  lines: string[][];
  height: number;
  row: PageTableRow;
  header: boolean;
}

function columnWidths(table: PageTable, width: number): number[] {
  const total = table.weights.reduce((sum, weight) => sum + weight, 0) || 1;
  return table.columns.map((_, column) => (width * (table.weights[column] ?? 0)) / total);
}

function cellPadding(style: TableStyle): { across: number; down: number } {
  // A one-line row is as tall as the layout's row: the line centred in it.
  return {
    across: 0.8 * style.scale,
    down: Math.max(0.2 * style.scale, (style.rowHeight - lineHeight(style.cellSize)) / 2),
  };
}

function lineHeight(size: number): number {
  return (size / POINTS_PER_MILLIMETRE) * 1.3;
}

function measureRow(
  document: jsPDF,
  table: PageTable,
  row: PageTableRow,
  header: boolean,
  width: number,
  style: TableStyle,
): MeasuredRow {
  const widths = columnWidths(table, width);
  const padding = cellPadding(style);
  const lines = row.cells.map((cell, column) => {
    const bold = header || (column === table.statusColumn && row.status === 'fail');
    const measure = applyStyle(document, { size: style.cellSize, bold });
    return wrapText(cell, Math.max(1, (widths[column] ?? 0) - 2 * padding.across), measure);
  });
  const most = Math.max(1, ...lines.map((cell) => cell.length));
  return { lines, height: most * lineHeight(style.cellSize) + 2 * padding.down, row, header };
}

function drawRow(
  document: jsPDF,
  table: PageTable,
  measured: MeasuredRow,
  area: TableArea,
  y: number,
  style: TableStyle,
): void {
  const widths = columnWidths(table, area.width);
  const padding = cellPadding(style);
  if (measured.header) {
    document.setFillColor('#eeeeee');
    document.rect(area.x, y, area.width, measured.height, 'F');
  }
  let x = area.x;
  measured.lines.forEach((lines, column) => {
    const status = measured.row.status;
    const isStatus = !measured.header && column === table.statusColumn && status !== undefined;
    applyStyle(document, {
      size: style.cellSize,
      bold: measured.header || (isStatus && status === 'fail'),
      colour: isStatus && status ? STATUS_COLOURS[status] : INK,
    });
    lines.forEach((line, index) => {
      document.text(line, x + padding.across, y + padding.down + (index + 0.5) * lineHeight(style.cellSize), {
        baseline: 'middle',
      });
    });
    x += widths[column] ?? 0;
  });
  document.setDrawColor('#d5d5d5');
  document.setLineWidth(0.15 * style.scale);
  document.line(area.x, y + measured.height, area.x + area.width, y + measured.height);
}

/** What drawing a table did. */
export interface DrawnTable {
  /** Pages the table ran onto after the first. */
  continuations: number;
  /** Rows drawn (the header not counted), which is all of them. */
  rows: number;
}

/** Smallest share of its type size a table may be set at to stay on its page. */
const SMALLEST_SHARE = 0.82;

/** A table's whole height in an area (title, header, rows and padding), millimetres. */
function tableHeight(document: jsPDF, table: PageTable, area: TableArea, style: TableStyle): number {
  const padding = 2.5 * style.scale;
  const width = area.width - 2 * padding;
  const measure = applyStyle(document, { size: style.titleSize, bold: true });
  const title = wrapText(table.title, width, measure).length * style.titleHeight;
  const header = measureRow(document, table, { cells: table.columns }, true, width, style).height;
  const rows = table.rows.reduce(
    (sum, row) => sum + measureRow(document, table, row, false, width, style).height,
    0,
  );
  return 2 * padding + title + header + rows;
}

/**
 * The style a table is set in: its own when it fits the area, else a little smaller (down to
 * 82 % of the type) when that keeps it on the page — a table beside its map reads better than
 * one row on the next page.
 */
function fittingStyle(document: jsPDF, table: PageTable, area: TableArea, style: TableStyle): TableStyle {
  const room = area.bottom - area.top;
  if (tableHeight(document, table, area, style) <= room) return style;
  for (let share = 0.95; share >= SMALLEST_SHARE - 1e-9; share -= 0.04) {
    const smaller: TableStyle = {
      ...style,
      cellSize: style.cellSize * share,
      rowHeight: style.rowHeight * share,
      titleSize: style.titleSize * share,
      titleHeight: style.titleHeight * share,
    };
    if (tableHeight(document, table, area, smaller) <= room) return smaller;
  }
  return style;
}

/**
 * Draws a table from the top of `area` down, a little smaller if that keeps it on the page. When
 * the next row does not fit, `nextArea` gives room on a new page (the caller adds the page and
 * its frame), where the title returns as `continuedTitle` (with `{title}`) above the header. A
 * row taller than a whole page is drawn whole and runs past the area: rows are never split.
 */
export function drawTable(
  document: jsPDF,
  table: PageTable,
  first: TableArea,
  given: TableStyle,
  nextArea: () => TableArea,
  continuedTitle: string,
): DrawnTable {
  const style = fittingStyle(document, table, first, given);
  const unit = style.scale;
  const padding = 2.5 * unit;
  let area = first;
  let continuations = 0;
  let drawn = 0;

  const begin = (title: string): { inner: TableArea; y: number; header: MeasuredRow } => {
    const inner: TableArea = {
      x: area.x + padding,
      width: area.width - 2 * padding,
      top: area.top + padding,
      bottom: area.bottom - padding,
    };
    const measure = applyStyle(document, { size: style.titleSize, bold: true });
    const titleLines = wrapText(title, inner.width, measure);
    const titleLine = style.titleHeight;
    titleLines.forEach((line, index) => {
      document.text(line, inner.x, inner.top + (index + 0.5) * titleLine, { baseline: 'middle' });
    });
    const header = measureRow(document, table, { cells: table.columns }, true, inner.width, style);
    const y = inner.top + titleLines.length * titleLine;
    drawRow(document, table, header, inner, y, style);
    return { inner, y: y + header.height, header };
  };
  const close = (bottom: number) => {
    document.setDrawColor('#8a8a8a');
    document.setLineWidth(0.25 * unit);
    document.rect(area.x, area.top, area.width, bottom + padding - area.top, 'S');
  };

  let page = begin(table.title);
  let rowsOnPage = 0;
  for (const row of table.rows) {
    let measured = measureRow(document, table, row, false, page.inner.width, style);
    if (page.y + measured.height > page.inner.bottom && rowsOnPage > 0) {
      close(page.y);
      area = nextArea();
      continuations += 1;
      page = begin(continuedTitle.replace('{title}', table.title));
      rowsOnPage = 0;
      measured = measureRow(document, table, row, false, page.inner.width, style);
    }
    drawRow(document, table, measured, page.inner, page.y, style);
    page.y += measured.height;
    rowsOnPage += 1;
    drawn += 1;
  }
  close(page.y);
  return { continuations, rows: drawn };
}
