/**
 * The meeting PDF: one page per map page, laid out as the printed page, with titles, legend,
 * scale bar, notes, sources and tables as text in an embedded subset of Noto Sans SC, and the map
 * as a picture at the chosen DPI. A page's table that does not fit beside its map continues on
 * the pages after it. Runs in the browser and in Node (jsPDF).
 */
import { jsPDF } from 'jspdf';
import type { PageLayout } from '../page-layout.ts';
import { paperMillimetres } from '../paper.ts';
import { pageLayoutFor } from '../plan-pages.ts';
import type { PdfDocumentInput } from './document-model.ts';
import { boxOf, pointsOf } from './pdf-legend.ts';
import { type DrawnMapPage, drawMapPage, drawPageFrame } from './pdf-map-page.ts';
import { drawTable, type TableArea } from './pdf-table.ts';
import { registerFonts } from './pdf-text.ts';

/** What one map page became. */
export interface PdfPageReport extends DrawnMapPage {
  key: string;
  title: string;
  /** Pages its table continued onto. */
  continuations: number;
}

/** What the writer wrote. */
export interface PdfWriteResult {
  bytes: Uint8Array;
  /** Sheets in the file, continuation pages included. */
  pageCount: number;
  pages: PdfPageReport[];
}

/** The body of a continuation page: the page's width between the margins, from the map's top to the footer. */
function continuationArea(layout: PageLayout): TableArea {
  const left = boxOf(layout, layout.footer.source);
  const right = boxOf(layout, layout.footer.unit);
  return {
    x: left.x,
    width: right.x + right.width - left.x,
    top: boxOf(layout, layout.map).y,
    bottom: left.y - 2 * layout.scale,
  };
}

/**
 * Writes the PDF.
 * @example writePdfDocument({ paper: 'a4', orientation: 'landscape', dpi: 150, pages, fonts, properties, continuedTitle: '{title}（续）' }).bytes
 */
export function writePdfDocument(input: PdfDocumentInput): PdfWriteResult {
  const sheet = paperMillimetres(input.paper, input.orientation);
  const format: [number, number] = [sheet.width, sheet.height];
  const document = new jsPDF({ unit: 'mm', format, orientation: input.orientation, compress: true });
  registerFonts(document, input.fonts);
  const reports: PdfPageReport[] = [];
  let pageCount = 0;
  for (const page of input.pages) {
    if (pageCount > 0) document.addPage(format, input.orientation);
    pageCount += 1;
    // The printed page's layout, so the PDF matches the preview and the PNG.
    const layout = pageLayoutFor(page, input, input.dpi);
    const notes = page.notes.join(input.listSeparator);
    const drawn = drawMapPage(document, layout, page, notes);
    let continuations = 0;
    if (page.table && layout.table) {
      const table = boxOf(layout, layout.table);
      const panel = boxOf(layout, layout.panel);
      const result = drawTable(
        document,
        page.table,
        { x: table.x, width: table.width, top: table.y, bottom: panel.y + panel.height },
        {
          titleSize: pointsOf(layout, layout.fonts.legendTitle),
          cellSize: pointsOf(layout, layout.fonts.table),
          rowHeight: layout.tableRows[0] ? boxOf(layout, layout.tableRows[0]).height : 4.8 * layout.scale,
          titleHeight: layout.tableTitle ? boxOf(layout, layout.tableTitle).height : 5.6 * layout.scale,
          scale: layout.scale,
        },
        () => {
          document.addPage(format, input.orientation);
          pageCount += 1;
          drawPageFrame(
            document,
            layout,
            page.text,
            notes,
            input.continuedTitle.replace('{title}', page.text.title),
          );
          return continuationArea(layout);
        },
        input.continuedTitle,
      );
      continuations = result.continuations;
    }
    reports.push({ key: page.key, title: page.text.title, continuations, ...drawn });
  }
  document.setDocumentProperties({
    title: input.properties.title,
    subject: input.properties.subject,
    author: input.properties.author,
    keywords: input.properties.keywords,
    creator: input.properties.creator,
  });
  document.setLanguage(input.language);
  return { bytes: new Uint8Array(document.output('arraybuffer')), pageCount, pages: reports };
}
