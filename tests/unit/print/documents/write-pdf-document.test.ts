import { beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../../../src/i18n/index.ts';
import type { MapPage, PdfDocumentInput } from '../../../../src/print/documents/document-model.ts';
import { toMapPage } from '../../../../src/print/documents/map-pages.ts';
import { type PdfWriteResult, writePdfDocument } from '../../../../src/print/documents/write-pdf-document.ts';
import type { PageTable } from '../../../../src/print/page-content.ts';
import { pageLayoutFor, planPages } from '../../../../src/print/plan-pages.ts';
import type { PrintSnapshot } from '../../../../src/print/print-snapshot.ts';
import { roundFraction } from '../../../../src/print/scale-bar.ts';
import {
  chineseBesideData,
  defaultSettings,
  districtSnapshot,
  documentFonts,
  testPicture,
} from './document-fixtures.ts';
import { pdfPageTexts } from './read-documents.ts';

const fonts = documentFonts();
let snapshot: PrintSnapshot;
let pages: MapPage[];
let district: PdfWriteResult;
let districtTexts: string[];

// The whole district is written and read back once; the tests look at it from several sides.
beforeAll(async () => {
  snapshot = await districtSnapshot();
  pages = districtPages();
  district = writePdfDocument(atlasInput(pages));
  districtTexts = await pdfPageTexts(district.bytes);
}, 120_000);

function atlasInput(pages: MapPage[], change: Partial<PdfDocumentInput> = {}): PdfDocumentInput {
  return {
    paper: 'a4',
    orientation: 'landscape',
    dpi: 150,
    pages,
    fonts,
    properties: {
      title: '港南区学校布局图集',
      subject: '',
      author: '港南区教育局',
      keywords: '',
      creator: '学校布局一张图',
    },
    language: 'zh-CN',
    continuedTitle: '{title}（续）',
    listSeparator: '；',
    ...change,
  };
}

function districtPages(): MapPage[] {
  const settings = defaultSettings(snapshot);
  return planPages(snapshot, settings, { kind: 'atlas' }, null).map((plan) =>
    toMapPage(plan, snapshot, testPicture()),
  );
}

/** Text as a reader gets it from the page: pieces joined, line breaks and spaces dropped. */
function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('writePdfDocument', { timeout: 60_000 }, () => {
  it('writes the whole district as text a reader can search: the title and every township', () => {
    const { pageCount } = district;
    const texts = districtTexts;
    expect(texts).toHaveLength(pageCount);
    expect(pageCount).toBeGreaterThanOrEqual(10);
    const all = flat(texts.join('\n'));
    expect(flat(texts[0] ?? '')).toContain('港南区学校布局现状图');
    const names = snapshot.townships?.features.map((feature) => feature.properties.name) ?? [];
    expect(names).toHaveLength(9);
    for (const name of names) expect(all).toContain(flat(`港南区学校布局现状图（${name}）`));
    // Legend, scale bar and footer are text too, and nothing was cut short.
    expect(all).toContain('图例');
    expect(all).toContain('比例尺');
    expect(all).toContain('数据来源');
    expect(all).toContain('乡镇界线为示意');
    expect(all).toContain('学校名录为示例数据');
    expect(all).not.toContain('…');
  });

  it("carries every township's rule table in full on its page, every rule title and result", () => {
    const reports = district.pages;
    const texts = districtTexts;
    // Township pages follow the overview; with no continuation each township is one sheet.
    const sheetOf = new Map<string, number>();
    let sheet = 0;
    for (const report of reports) {
      sheetOf.set(report.key, sheet);
      sheet += 1 + report.continuations;
    }
    for (const page of pages.slice(1)) {
      const start = sheetOf.get(page.key) ?? -1;
      const report = reports.find((item) => item.key === page.key);
      const text = flat(texts.slice(start, start + 1 + (report?.continuations ?? 0)).join('\n'));
      for (const row of page.table?.rows ?? []) {
        for (const cell of row.cells) expect(text, `${page.key}: ${cell}`).toContain(flat(cell));
      }
    }
  });

  it('embeds a subset of the font with a Unicode map, not the 10 MB font, and keeps the page A4', () => {
    const { bytes } = writePdfDocument(atlasInput(pages.slice(0, 1)));
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain('/FontFile2');
    expect(text).toContain('/ToUnicode');
    expect(text).toContain('/Identity-H');
    expect(bytes.length).toBeLessThan(400_000);
    const box = /\/MediaBox \[([^\]]+)\]/.exec(text)?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    expect((box[2] ?? 0) / (72 / 25.4)).toBeCloseTo(297, 0);
    expect((box[3] ?? 0) / (72 / 25.4)).toBeCloseTo(210, 0);
  });

  it('continues a long table on the next page under its title marked 续, with the header repeated', async () => {
    const first = pages[1];
    if (!first?.table) throw new Error('no township page');
    const rows = Array.from({ length: 70 }, (_, index) => ({
      cells: [`第${index + 1}项检查：寄宿制小学与公办中心幼儿园的设置情况`, '达标', `${index + 1} / 1`],
      status: 'pass' as const,
    }));
    const table: PageTable = { ...first.table, rows };
    const written = writePdfDocument(atlasInput([{ ...first, table }]));
    const texts = (await pdfPageTexts(written.bytes)).map(flat);
    const continuations = written.pages[0]?.continuations ?? 0;
    expect(continuations).toBeGreaterThan(0);
    expect(written.pageCount).toBe(1 + continuations);
    for (const continued of texts.slice(1)) {
      expect(continued).toContain(flat(`${table.title}（续）`));
      expect(continued).toContain(flat(table.columns.join('')));
    }
    for (let index = 1; index <= 70; index++) {
      const found = texts.filter((text) => text.includes(`第${index}项检查`)).length;
      expect(found, `row ${index}`).toBe(1);
    }
  });

  it('sets a table a little smaller rather than send its last row to a page of its own', async () => {
    // After the plan the legend has more states, so each township's table has less room.
    const planned = await districtSnapshot('zh-CN', { kind: 'planned', year: null });
    const plannedPages = planPages(planned, defaultSettings(planned), { kind: 'atlas' }, null).map((plan) =>
      toMapPage(plan, planned, testPicture()),
    );
    const written = writePdfDocument(atlasInput(plannedPages));
    expect(written.pageCount).toBe(plannedPages.length);
    const texts = (await pdfPageTexts(written.bytes)).map(flat);
    expect(texts.some((text) => text.includes('（续）'))).toBe(false);
    for (const [index, page] of plannedPages.entries()) {
      for (const row of page.table?.rows ?? []) expect(texts[index]).toContain(flat(row.cells[0] ?? ''));
    }
  });

  it('wraps a long cell onto more lines instead of cutting it', async () => {
    const first = pages[1];
    if (!first?.table) throw new Error('no township page');
    const long =
      '人口大镇新建2所（含）以上公办幼儿园，且新建幼儿园须在规划年度内竣工并投入使用，服务半径覆盖全部行政村';
    const table: PageTable = { ...first.table, rows: [{ cells: [long, '未达标', '0 / 2'], status: 'fail' }] };
    const { bytes } = writePdfDocument(atlasInput([{ ...first, table }]));
    const [text = ''] = await pdfPageTexts(bytes);
    expect(flat(text)).toContain(long);
  });

  it('draws a scale bar true to the picture: its ground length over its paper length', () => {
    const page = { ...pages[0], map: testPicture(240, 160, 250) } as MapPage;
    const bar = writePdfDocument(atlasInput([page])).pages[0]?.scaleBar;
    if (!bar) throw new Error('no scale bar');
    // The picture's 240 pixels of 250 m fill the map box, whatever its pixel size on paper.
    const layout = pageLayoutFor(page, { paper: 'a4', orientation: 'landscape' }, 150);
    const metresPerMillimetre = (240 * 250) / (layout.map.width / layout.pixelsPerMillimetre);
    expect(bar.metres / bar.millimetres).toBeCloseTo(metresPerMillimetre, 6);
    expect(bar.fraction).toBe(roundFraction(metresPerMillimetre * 1000));
    expect(bar.label).toBe(`${bar.metres / 1000} 千米`);
  });

  it('writes English pages in English', async () => {
    const english = await districtSnapshot('en');
    const settings = defaultSettings(english);
    const pages = planPages(english, settings, { kind: 'atlas' }, null)
      .slice(0, 2)
      .map((plan) => toMapPage(plan, english, testPicture()));
    const { bytes } = writePdfDocument(
      atlasInput(pages, {
        language: 'en',
        continuedTitle: translate('en', 'documentsContinuedTitle'),
        listSeparator: translate('en', 'documentsListSeparator'),
      }),
    );
    const text = (await pdfPageTexts(bytes)).join('\n');
    expect(text).toContain('Legend');
    expect(text).toContain('sample data');
    // The only Chinese left is data: names, the rule set's own words, the roster's values.
    expect(chineseBesideData(text, english)).toEqual([]);
  });
});
