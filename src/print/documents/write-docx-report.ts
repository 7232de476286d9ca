/**
 * The Word report (.docx): title lines, numbered headings, paragraphs, tables as real Word tables
 * (header row repeated on every page, rows never split) under numbered captions, and maps as
 * figures with numbered captions below them; 黑体 for headings and 宋体 for text, named for the
 * East-Asian script so Word and WPS on a bureau PC set Chinese in them. Captions number through
 * SEQ fields with their numbers already filled in, so Word can renumber after edits. The `docx`
 * package writes the file, in the browser and in Node.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  SimpleField,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PageTable } from '../page-content.ts';
import type { MapPicture, ReportBlock, ReportModel } from './document-model.ts';

/** Twips per millimetre (Word measures pages in twentieths of a point). */
const TWIPS_PER_MILLIMETRE = 1440 / 25.4;
/** A4 portrait with 25 mm margins top and bottom, 28 mm left and right. */
const PAGE = { width: 210, height: 297, top: 25, bottom: 25, left: 28, right: 28 } as const;
/** The text block's width. */
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

const INK = '1B1B1B';
const NOTE = '8A3B12';
const STATUS_COLOURS = { pass: '1E7D32', fail: 'C62828', na: '4B4B4B' } as const;

/** Type sizes in half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 44, subtitle: 32, heading: 32, body: 24, table: 21, caption: 21 } as const;

function twips(millimetres: number): number {
  return Math.round(millimetres * TWIPS_PER_MILLIMETRE);
}

/** A caption: the template's text around `{number}`, with the number as a SEQ field. */
function caption(template: string, sequence: 'Figure' | 'Table', number: number, text: string): Paragraph {
  const [before = '', after = ''] = template.replace('{caption}', text).split('{number}');
  return new Paragraph({
    style: 'Caption',
    alignment: AlignmentType.CENTER,
    keepNext: sequence === 'Table',
    children: [
      new TextRun(before),
      new SimpleField(` SEQ ${sequence} \\* ARABIC `, String(number)),
      new TextRun(after),
    ],
  });
}

function tableCell(
  text: string,
  width: number,
  options: { header: boolean; colour?: string; bold?: boolean },
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: options.header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: 'TableText',
          children: [
            new TextRun({ text: line, bold: options.header || options.bold, color: options.colour }),
          ],
        }),
    ),
  });
}

function wordTable(table: PageTable): Table {
  const total = table.weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const widths = table.columns.map((_, column) => twips((TEXT_WIDTH * (table.weights[column] ?? 0)) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
  return new Table({
    width: { size: twips(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column, index) =>
          tableCell(column, widths[index] ?? 0, { header: true }),
        ),
      }),
      ...table.rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.cells.map((cell, index) => {
              const status = index === table.statusColumn ? row.status : undefined;
              return tableCell(cell, widths[index] ?? 0, {
                header: false,
                colour: status ? STATUS_COLOURS[status] : undefined,
                bold: status === 'fail',
              });
            }),
          }),
      ),
    ],
  });
}

/** The figures' legend: two legend items a row, each a coloured symbol (or none) and its meaning. */
function legendTable(rows: readonly { symbol: string; colour: string | null; label: string }[]): Table {
  const symbolWidth = twips(10);
  const labelWidth = twips(TEXT_WIDTH / 2 - 10);
  const cell = (children: TextRun[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 20, bottom: 20, left: 60, right: 60 },
      children: [new Paragraph({ style: 'TableText', children })],
    });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const pairs: (typeof rows)[] = [];
  for (let index = 0; index < rows.length; index += 2) pairs.push(rows.slice(index, index + 2));
  return new Table({
    width: { size: twips(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths: [symbolWidth, labelWidth, symbolWidth, labelWidth],
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: pairs.map(
      (pair) =>
        new TableRow({
          cantSplit: true,
          children: [0, 1].flatMap((index) => {
            const item = pair[index];
            return [
              cell(
                item?.symbol
                  ? [new TextRun({ text: item.symbol, color: item.colour ?? undefined, size: 28 })]
                  : [],
                symbolWidth,
              ),
              cell(item ? [new TextRun(item.label)] : [], labelWidth),
            ];
          }),
        }),
    ),
  });
}

function figure(picture: MapPicture, widthMillimetres: number): Paragraph {
  // Word sizes pictures in pixels of 96 per inch.
  const width = Math.round((Math.min(widthMillimetres, TEXT_WIDTH) / 25.4) * 96);
  const height = Math.round((width * picture.height) / picture.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ImageRun({
        type: picture.format === 'jpeg' ? 'jpg' : 'png',
        data: picture.bytes,
        transformation: { width, height },
      }),
    ],
  });
}

function blockParagraphs(model: ReportModel, blocks: readonly ReportBlock[]): (Paragraph | Table)[] {
  let figures = 0;
  let tables = 0;
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            children: [new TextRun(block.text)],
          }),
        ];
      case 'paragraph':
        return [
          new Paragraph({
            style: 'BodyText',
            children: [new TextRun({ text: block.text, color: block.tone === 'note' ? NOTE : undefined })],
          }),
        ];
      case 'table':
        tables += 1;
        return [
          caption(model.tableCaption, 'Table', tables, block.caption),
          wordTable(block.table),
          new Paragraph({ style: 'BodyText', children: [] }),
        ];
      case 'legend':
        return [
          new Paragraph({
            style: 'Caption',
            alignment: AlignmentType.CENTER,
            keepNext: true,
            children: [new TextRun(block.caption)],
          }),
          legendTable(block.rows),
          new Paragraph({ style: 'BodyText', children: [] }),
        ];
      default:
        figures += 1;
        return [
          figure(block.picture, block.widthMillimetres),
          caption(model.figureCaption, 'Figure', figures, block.caption),
        ];
    }
  });
}

/**
 * Writes the report.
 * @returns the .docx file's bytes
 */
export async function writeDocxReport(model: ReportModel): Promise<Uint8Array> {
  const { fonts } = model;
  const bodyFont = { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.body };
  const headingFont = { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.heading };
  const front: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      heading: HeadingLevel.TITLE,
      children: [new TextRun(model.title)],
    }),
  ];
  if (model.subtitle) {
    front.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 120 },
        children: [new TextRun({ text: model.subtitle, size: SIZE.subtitle, font: bodyFont })],
      }),
    );
  }
  for (const line of model.byline) {
    front.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: line, size: SIZE.body, font: bodyFont })],
      }),
    );
  }
  front.push(new Paragraph({ children: [] }));

  const document = new Document({
    creator: model.properties.creator,
    title: model.properties.title,
    subject: model.properties.subject,
    keywords: model.properties.keywords,
    lastModifiedBy: model.properties.author,
    styles: {
      default: {
        document: {
          run: {
            font: bodyFont,
            size: SIZE.body,
            color: INK,
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
          // Line spacing as a multiple (auto): a picture on a line then makes the line as tall as itself.
          paragraph: { spacing: { line: 360, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: headingFont, size: SIZE.title, bold: true, color: INK } },
        heading1: {
          run: { font: headingFont, size: SIZE.heading, bold: true, color: INK },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: headingFont, size: SIZE.body, bold: true, color: INK },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'BodyText',
          name: 'Body Text',
          basedOn: 'Normal',
          quickFormat: true,
          // 首行缩进两字, as Chinese official documents are set.
          paragraph: { indent: { firstLine: 480 }, spacing: { after: 120 } },
        },
        {
          id: 'Caption',
          name: 'caption',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { font: headingFont, size: SIZE.caption, bold: true },
          paragraph: { spacing: { before: 120, after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: SIZE.table },
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.top),
              bottom: twips(PAGE.bottom),
              left: twips(PAGE.left),
              right: twips(PAGE.right),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: SIZE.table })],
              }),
            ],
          }),
        },
        children: [...front, ...blockParagraphs(model, model.blocks)],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
