/**
 * The printed page's layout: where the title, the map, the legend, the table, the scale bar,
 * the north arrow and the footer lines go, in whole pixels, for a sheet at a resolution. Pure:
 * the live preview (at 96 DPI) and every export (at 150 or 300 DPI) place everything with it,
 * so what the preview shows is what the file holds.
 *
 * Everything is laid out in millimetres and scaled with the sheet (A3 text is √2 times A4 text),
 * then rounded to pixels edge by edge so neighbouring boxes stay flush.
 */
import { type PaperSpec, paperMillimetres } from './paper.ts';

/** A box in pixels, from the page's top-left corner. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the page has to hold besides the map. */
export interface PageLayoutInput extends PaperSpec {
  /** Reserve a line for the subtitle. */
  subtitle: boolean;
  /** Print the 内部资料 注意保密 line. */
  confidential: boolean;
  /** Number of legend rows (headings included). */
  legendEntries: number;
  /** Indices of the legend rows that are headings: a heading never ends a column. */
  legendHeadings?: readonly number[];
  /** Number of table rows, header included; 0 for no table (single maps), more on atlas pages. */
  tableRows: number;
}

/** Font sizes in pixels. */
export interface PageFonts {
  title: number;
  subtitle: number;
  confidential: number;
  legendTitle: number;
  legend: number;
  table: number;
  footer: number;
  mapNote: number;
}

/** The footer's two lines: data source and note on the left, compiling unit and date on the right. */
export interface FooterLayout {
  source: Rect;
  unit: Rect;
  note: Rect;
  date: Rect;
}

/** Every element's box on the page. */
export interface PageLayout {
  spec: PaperSpec;
  /** Pixels per millimetre at the spec's DPI. */
  pixelsPerMillimetre: number;
  /** Text and furniture scale relative to A4 (1 for A4, √2 for A3). */
  scale: number;
  page: Rect;
  title: Rect;
  subtitle: Rect | null;
  confidential: Rect | null;
  /** The map image; its frame is drawn just outside. */
  map: Rect;
  /** Inside the map, top right. */
  northArrow: Rect;
  /** Inside the map, bottom left: the bar, its labels and the 1:n line on a light box. */
  scaleBar: Rect;
  /** Beside the map (landscape) or below it (portrait): the legend and the table. */
  panel: Rect;
  legend: Rect;
  legendTitle: Rect;
  /** One box per legend row that fits, in reading order (down each column, then across). */
  legendEntries: Rect[];
  /** Legend rows that did not fit. */
  legendOverflow: number;
  table: Rect | null;
  tableTitle: Rect | null;
  /** One box per table row that fits, header first. */
  tableRows: Rect[];
  /** Table rows that did not fit. */
  tableOverflow: number;
  footer: FooterLayout;
  fonts: PageFonts;
  /** Width of thin rules (frames, table lines), pixels, at least 1. */
  lineWidth: number;
}

/** Millimetres per typographic point. */
const MILLIMETRES_PER_POINT = 25.4 / 72;

/** Sizes in millimetres (fonts in points) for an A4 sheet; other sheets scale them. */
const A4 = {
  margin: 10,
  titlePoints: 20,
  subtitlePoints: 12,
  confidentialPoints: 10,
  confidentialWidth: 42,
  headerGap: 3,
  footerPoints: 7.5,
  footerGap: 2,
  panelGap: 4,
  panelShare: 0.24,
  tablePanelShare: 0.3,
  panelMinWidth: 56,
  portraitPanelShare: 0.27,
  portraitPanelMinHeight: 48,
  padding: 2.5,
  legendTitlePoints: 10,
  legendPoints: 8,
  legendRow: 5.2,
  legendMinColumn: 40,
  tablePoints: 7.5,
  tableRow: 4.8,
  northArrowWidth: 9,
  northArrowHeight: 15,
  inset: 4,
  scaleBarWidth: 64,
  scaleBarHeight: 13,
  mapNotePoints: 7,
};

interface MillimetreRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function lineHeight(points: number, scale: number, leading: number): number {
  return points * MILLIMETRES_PER_POINT * scale * leading;
}

/**
 * Lays out a page.
 * @example
 * const layout = layoutPage({ paper: 'a4', orientation: 'landscape', dpi: 300, subtitle: true,
 *   confidential: false, legendEntries: 14, tableRows: 0 });
 * layout.page // { x: 0, y: 0, width: 3508, height: 2480 }
 */
export function layoutPage(input: PageLayoutInput): PageLayout {
  const sheet = paperMillimetres(input.paper, input.orientation);
  const scale = Math.min(sheet.width, sheet.height) / 210;
  const mm = (value: number) => value * scale;
  const pixelsPerMillimetre = input.dpi / 25.4;
  const edge = (value: number) => Math.round(value * pixelsPerMillimetre);
  const toPixels = (rect: MillimetreRect): Rect => {
    const x = edge(rect.x);
    const y = edge(rect.y);
    return { x, y, width: edge(rect.x + rect.width) - x, height: edge(rect.y + rect.height) - y };
  };
  const points = (value: number) =>
    Math.max(1, Math.round(value * MILLIMETRES_PER_POINT * scale * pixelsPerMillimetre));

  const margin = mm(A4.margin);
  const contentWidth = sheet.width - 2 * margin;

  // Header: the title centred on the page, the confidentiality mark at the right of its line.
  const titleLine = lineHeight(A4.titlePoints, scale, 1.3);
  const subtitleLine = lineHeight(A4.subtitlePoints, scale, 1.35);
  const sideWidth = input.confidential ? mm(A4.confidentialWidth) : 0;
  const title: MillimetreRect = {
    x: margin + sideWidth,
    y: margin,
    width: contentWidth - 2 * sideWidth,
    height: titleLine,
  };
  const confidential: MillimetreRect | null = input.confidential
    ? { x: sheet.width - margin - sideWidth, y: margin, width: sideWidth, height: titleLine }
    : null;
  const subtitle: MillimetreRect | null = input.subtitle
    ? { x: margin, y: margin + titleLine, width: contentWidth, height: subtitleLine }
    : null;
  const headerBottom = margin + titleLine + (input.subtitle ? subtitleLine : 0) + mm(A4.headerGap);

  // Footer: two lines, the data source and the note on the left, the unit and the date on the right.
  const footerLine = lineHeight(A4.footerPoints, scale, 1.5);
  const footerTop = sheet.height - margin - 2 * footerLine;
  const leftWidth = contentWidth * 0.64;
  const rightWidth = contentWidth - leftWidth;
  const footer = {
    source: { x: margin, y: footerTop, width: leftWidth, height: footerLine },
    unit: { x: margin + leftWidth, y: footerTop, width: rightWidth, height: footerLine },
    note: { x: margin, y: footerTop + footerLine, width: leftWidth, height: footerLine },
    date: { x: margin + leftWidth, y: footerTop + footerLine, width: rightWidth, height: footerLine },
  };

  // Body: the map and the panel, side by side on a landscape sheet, stacked on a portrait one.
  const bodyTop = headerBottom;
  const bodyHeight = footerTop - mm(A4.footerGap) - bodyTop;
  const gap = mm(A4.panelGap);
  const landscape = sheet.width >= sheet.height;
  let map: MillimetreRect;
  let panel: MillimetreRect;
  if (landscape) {
    const share = input.tableRows > 0 ? A4.tablePanelShare : A4.panelShare;
    const panelWidth = Math.max(contentWidth * share, mm(A4.panelMinWidth));
    map = { x: margin, y: bodyTop, width: contentWidth - panelWidth - gap, height: bodyHeight };
    panel = { x: margin + map.width + gap, y: bodyTop, width: panelWidth, height: bodyHeight };
  } else {
    const panelHeight = Math.max(bodyHeight * A4.portraitPanelShare, mm(A4.portraitPanelMinHeight));
    map = { x: margin, y: bodyTop, width: contentWidth, height: bodyHeight - panelHeight - gap };
    panel = { x: margin, y: bodyTop + map.height + gap, width: contentWidth, height: panelHeight };
  }

  // Panel: the legend, and the table (atlas pages) below it or beside it.
  const padding = mm(A4.padding);
  const legendTitleLine = lineHeight(A4.legendTitlePoints, scale, 1.6);
  const tableTitleLine = lineHeight(A4.legendTitlePoints, scale, 1.6);
  // Stacked in a landscape panel, legend and table rows tighten (to at most 3/4) before anything is cut.
  const fixedHeight = 4 * padding + legendTitleLine + tableTitleLine + gap;
  const rowsHeight = input.legendEntries * mm(A4.legendRow) + input.tableRows * mm(A4.tableRow);
  const tighten =
    landscape && input.tableRows > 0 && rowsHeight > 0
      ? Math.min(1, Math.max(0.75, (panel.height - fixedHeight) / rowsHeight))
      : 1;
  const legendRow = mm(A4.legendRow) * tighten;
  const tableRow = mm(A4.tableRow) * tighten;
  const legendNeeded = 2 * padding + legendTitleLine + input.legendEntries * legendRow;
  const tableNeeded = input.tableRows > 0 ? 2 * padding + tableTitleLine + input.tableRows * tableRow : 0;
  let legend: MillimetreRect;
  let table: MillimetreRect | null = null;
  if (input.tableRows === 0) {
    legend = landscape ? { ...panel, height: Math.min(legendNeeded, panel.height) } : { ...panel };
  } else if (landscape) {
    const tableShare = Math.min(tableNeeded, panel.height * 0.6);
    const legendHeight = Math.min(legendNeeded, panel.height - gap - tableShare);
    legend = { ...panel, height: legendHeight };
    const tableTop = panel.y + legendHeight + gap;
    table = { ...panel, y: tableTop, height: Math.min(tableNeeded, panel.y + panel.height - tableTop) };
  } else {
    const legendWidth = (panel.width - gap) * 0.45;
    legend = { ...panel, width: legendWidth };
    table = { ...panel, x: panel.x + legendWidth + gap, width: panel.width - legendWidth - gap };
  }

  const legendTitle: MillimetreRect = {
    x: legend.x + padding,
    y: legend.y + padding,
    width: legend.width - 2 * padding,
    height: legendTitleLine,
  };
  const entriesTop = legendTitle.y + legendTitleLine;
  const entriesHeight = legend.y + legend.height - padding - entriesTop;
  const rowsPerColumn = Math.max(0, Math.floor(entriesHeight / legendRow + 1e-9));
  const maxColumns = Math.max(1, Math.floor(legendTitle.width / mm(A4.legendMinColumn)));
  const slots = legendSlots(input.legendEntries, rowsPerColumn, new Set(input.legendHeadings ?? []));
  const columns = Math.min(
    maxColumns,
    slots.reduce((most, slot) => Math.max(most, slot.column + 1), 0),
  );
  const columnWidth = columns > 0 ? legendTitle.width / columns : 0;
  const legendEntries: Rect[] = slots
    .filter((slot) => slot.column < columns)
    .map((slot) =>
      toPixels({
        x: legendTitle.x + slot.column * columnWidth,
        y: entriesTop + slot.row * legendRow,
        width: columnWidth,
        height: legendRow,
      }),
    );
  const shown = legendEntries.length;

  let tableTitle: MillimetreRect | null = null;
  const tableRows: Rect[] = [];
  if (table) {
    tableTitle = {
      x: table.x + padding,
      y: table.y + padding,
      width: table.width - 2 * padding,
      height: tableTitleLine,
    };
    const rowsTop = tableTitle.y + tableTitleLine;
    const fitting = Math.max(0, Math.floor((table.y + table.height - padding - rowsTop) / tableRow + 1e-9));
    for (let index = 0; index < Math.min(fitting, input.tableRows); index++) {
      tableRows.push(
        toPixels({
          x: tableTitle.x,
          y: rowsTop + index * tableRow,
          width: tableTitle.width,
          height: tableRow,
        }),
      );
    }
  }

  // Map furniture, inside the map frame.
  const inset = mm(A4.inset);
  const northArrow: MillimetreRect = {
    x: map.x + map.width - inset - mm(A4.northArrowWidth),
    y: map.y + inset,
    width: mm(A4.northArrowWidth),
    height: mm(A4.northArrowHeight),
  };
  const scaleBarWidth = Math.min(mm(A4.scaleBarWidth), map.width * 0.45);
  const scaleBar: MillimetreRect = {
    x: map.x + inset,
    y: map.y + map.height - inset - mm(A4.scaleBarHeight),
    width: scaleBarWidth,
    height: mm(A4.scaleBarHeight),
  };

  return {
    spec: { paper: input.paper, orientation: input.orientation, dpi: input.dpi },
    pixelsPerMillimetre,
    scale,
    page: { x: 0, y: 0, width: edge(sheet.width), height: edge(sheet.height) },
    title: toPixels(title),
    subtitle: subtitle ? toPixels(subtitle) : null,
    confidential: confidential ? toPixels(confidential) : null,
    map: toPixels(map),
    northArrow: toPixels(northArrow),
    scaleBar: toPixels(scaleBar),
    panel: toPixels(panel),
    legend: toPixels(legend),
    legendTitle: toPixels(legendTitle),
    legendEntries,
    legendOverflow: input.legendEntries - shown,
    table: table ? toPixels(table) : null,
    tableTitle: tableTitle ? toPixels(tableTitle) : null,
    tableRows,
    tableOverflow: input.tableRows - tableRows.length,
    footer: {
      source: toPixels(footer.source),
      unit: toPixels(footer.unit),
      note: toPixels(footer.note),
      date: toPixels(footer.date),
    },
    fonts: {
      title: points(A4.titlePoints),
      subtitle: points(A4.subtitlePoints),
      confidential: points(A4.confidentialPoints),
      legendTitle: points(A4.legendTitlePoints),
      legend: points(A4.legendPoints),
      table: points(A4.tablePoints),
      footer: points(A4.footerPoints),
      mapNote: points(A4.mapNotePoints),
    },
    lineWidth: Math.max(1, Math.round(0.25 * scale * pixelsPerMillimetre)),
  };
}

/**
 * Column and row of each legend entry, filling columns top to bottom; a heading that would be
 * the last row of a column starts the next column instead.
 */
function legendSlots(
  count: number,
  rowsPerColumn: number,
  headings: ReadonlySet<number>,
): { column: number; row: number }[] {
  if (rowsPerColumn === 0) return [];
  const slots: { column: number; row: number }[] = [];
  let column = 0;
  let row = 0;
  for (let index = 0; index < count; index++) {
    if (row >= rowsPerColumn || (headings.has(index) && row === rowsPerColumn - 1 && rowsPerColumn > 1)) {
      column += 1;
      row = 0;
    }
    slots.push({ column, row });
    row += 1;
  }
  return slots;
}

/**
 * A legend row's two parts: the sample (symbol, line or swatch) at its left and the label after
 * it, for a furniture scale `unit` (pixels or millimetres per A4 millimetre).
 */
export function legendRowBoxes(row: Rect, unit: number): { sample: Rect; label: Rect } {
  const sample: Rect = { x: row.x, y: row.y, width: row.height * 1.35, height: row.height };
  return {
    sample,
    label: {
      x: row.x + sample.width + 1.2 * unit,
      y: row.y,
      width: row.width - sample.width - 2.4 * unit,
      height: row.height,
    },
  };
}

/**
 * Whether two boxes overlap (share any area).
 * @example rectsOverlap({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 0, width: 5, height: 5 }) // false
 */
export function rectsOverlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Whether `inner` lies wholly inside `outer`.
 * @example rectContains({ x: 0, y: 0, width: 10, height: 10 }, { x: 2, y: 2, width: 3, height: 3 }) // true
 */
export function rectContains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}
