/**
 * The print screen end to end: an A4 landscape PNG at 300 DPI of exactly 3508 × 2480 pixels with
 * its title, legend and a scale bar true to the map's ground scale; the PDF's page size and count;
 * the township atlas with one page per township plus the overview. One browser session for all
 * three, as a user would export them one after another (the export map is kept between them).
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haversineDistance } from '../../src/analysis/haversine-distance.ts';
import type { PrintReport } from '../../src/print/print-job.ts';
import { type AtlasSession, openAtlas, screenshot } from './driver.ts';

let session: AtlasSession;
let page: Page;

beforeAll(async () => {
  session = await openAtlas('#view=print&scenario=current');
  page = session.page;
  await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 60_000 });
  // The preview's scale bar appears once its live map has loaded.
  await page.waitForSelector('[data-testid="print-scale-bar"][data-metres]', { timeout: 60_000 });
});

afterAll(async () => {
  await session?.close();
});

/** Chooses a format (and for a PDF the page or the atlas), exports and returns the downloaded file. */
async function exportAs(
  format: 'png' | 'pdf',
  scope: 'page' | 'atlas' = 'page',
): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId(`print-format-${format}`).click();
  if (format === 'pdf') await page.getByTestId(`print-scope-${scope}`).click();
  return download('print-export');
}

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 170_000 }) as Promise<Download>,
    page.getByTestId(testId).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function lastReport(): Promise<PrintReport> {
  return page.evaluate(() => {
    const report = window.atlasPrint?.lastReport();
    if (!report) throw new Error('no export report');
    return report;
  });
}

/** Page count and page sizes (points) of a PDF, read from its objects. */
function pdfPages(bytes: Buffer): { pages: number; mediaBoxes: number[][]; images: string[] } {
  const text = bytes.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const mediaBoxes = [...text.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((match) =>
    (match[1] ?? '').trim().split(/\s+/).map(Number),
  );
  const images = [...text.matchAll(/\/Width (\d+)\s*\/Height (\d+)/g)].map(
    (match) => `${match[1]}×${match[2]}`,
  );
  return { pages, mediaBoxes, images };
}

const POINTS_PER_MILLIMETRE = 72 / 25.4;

describe('print and export', () => {
  it('shows a live page preview with the title, the legend and a scale bar', async () => {
    expect(await page.getByTestId('print-title').textContent()).toBe('港南区学校布局现状图');
    expect(await page.getByTestId('print-subtitle').textContent()).toBe('现状');
    expect(await page.getByTestId('print-legend').textContent()).toContain('幼儿园');
    expect(await page.getByTestId('print-pixel-size').textContent()).toContain('3508 × 2480');
    await screenshot(page, 'print-preview');
  });

  it('exports an A4 landscape PNG at 300 DPI, exactly 3508 × 2480 px, with a true scale bar', async () => {
    const { name, bytes } = await exportAs('png');
    expect(name).toMatch(/^港南区学校布局现状图_\d{4}-\d{2}-\d{2}\.png$/);
    expect(bytes.readUInt32BE(16)).toBe(3508);
    expect(bytes.readUInt32BE(20)).toBe(2480);
    const physical = bytes.indexOf('pHYs');
    expect(Math.round(bytes.readUInt32BE(physical + 4) * 0.0254)).toBe(300);

    const report = await lastReport();
    const [sheet] = report.pages;
    if (!sheet?.scaleBar) throw new Error('no page or no scale bar in the report');
    expect([sheet.width, sheet.height]).toEqual([3508, 2480]);
    expect(sheet.title).toBe('港南区学校布局现状图');
    expect(sheet.legendLabels).toEqual(
      expect.arrayContaining(['学校类型', '建设状态', '区界', '乡镇界线（示意）']),
    );
    expect(sheet.legendLabels.some((label) => /^幼儿园 \d+$/.test(label))).toBe(true);

    // The bar against the map's own ground scale: the width of the map image along its centre
    // parallel, measured on the sphere, per image pixel.
    const { bounds, centre } = sheet.map;
    const groundWidth = haversineDistance([bounds.west, centre.lat], [bounds.east, centre.lat]);
    const metresPerPixel = groundWidth / sheet.layout.map.width;
    const barMetresPerPixel = sheet.scaleBar.metres / sheet.scaleBar.pixels;
    expect(Math.abs(barMetresPerPixel / metresPerPixel - 1)).toBeLessThan(0.02);

    // And in the pixels themselves: dark title text, the legend's symbols, the bar's length.
    const { layout, scaleBar } = sheet;
    const seen = await page.evaluate(
      async ({ base64, title, legend, bar }) => {
        // Decoded in place: the app's Content-Security-Policy lets no page fetch a data: URL.
        const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
        const blob = new Blob([bytes], { type: 'image/png' });
        const bitmap = await createImageBitmap(blob);
        const canvas = document.createElement('canvas');
        canvas.width = bitmap.width;
        canvas.height = bitmap.height;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2D canvas');
        context.drawImage(bitmap, 0, 0);
        const pixels = (x: number, y: number, width: number, height: number) =>
          context.getImageData(x, y, width, height).data;
        const count = (data: Uint8ClampedArray, test: (r: number, g: number, b: number) => boolean) => {
          let found = 0;
          for (let index = 0; index < data.length; index += 4) {
            if (test(data[index] ?? 0, data[index + 1] ?? 0, data[index + 2] ?? 0)) found++;
          }
          return found;
        };
        const dark = (r: number, g: number, b: number) => r + g + b < 200;
        // The kindergarten orange (#f08a24) of the legend's first symbol.
        const orange = (r: number, g: number, b: number) => r > 220 && g > 110 && g < 160 && b < 70;
        // The top edge of the bar's outline: a dark run from its left end.
        const row = pixels(bar.x, Math.round(bar.y - bar.thickness / 2) + 1, Math.ceil(bar.pixels) + 40, 1);
        let run = 0;
        while (
          run * 4 < row.length &&
          dark(row[run * 4] ?? 255, row[run * 4 + 1] ?? 255, row[run * 4 + 2] ?? 255)
        )
          run++;
        return {
          titleDark: count(pixels(title.x, title.y, title.width, title.height), dark),
          legendOrange: count(pixels(legend.x, legend.y, legend.width, legend.height), orange),
          barRun: run,
        };
      },
      { base64: bytes.toString('base64'), title: layout.title, legend: layout.legend, bar: scaleBar },
    );
    expect(seen.titleDark).toBeGreaterThan(2000);
    expect(seen.legendOrange).toBeGreaterThan(200);
    expect(Math.abs(seen.barRun - scaleBar.pixels)).toBeLessThanOrEqual(3);
  });

  it('exports the same page as a one-page A4 PDF holding the map picture at full resolution', async () => {
    const { name, bytes } = await exportAs('pdf');
    expect(name).toMatch(/^港南区学校布局现状图_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = pdfPages(bytes);
    expect(pdf.pages).toBe(1);
    const [box] = pdf.mediaBoxes;
    expect((box?.[2] ?? 0) / POINTS_PER_MILLIMETRE).toBeCloseTo(297, 1);
    expect((box?.[3] ?? 0) / POINTS_PER_MILLIMETRE).toBeCloseTo(210, 1);
    // The map is the one picture, at 300 DPI; titles, legend and footer are text beside it.
    const [map] = (await lastReport()).pages;
    expect(pdf.images).toEqual([`${map?.layout.map.width}×${map?.layout.map.height}`]);
  });

  it('exports the township atlas: the overview and one page per township', async () => {
    await page.getByTestId('print-dpi-150').click();
    const townships = await page.locator('[data-testid="print-page"] option').count();
    const { name, bytes } = await exportAs('pdf', 'atlas');
    expect(name).toMatch(/^港南区学校布局现状图（分乡镇图集）_\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = pdfPages(bytes);
    // The page list holds the overview and the 9 townships.
    expect(townships).toBe(10);
    expect(pdf.pages).toBe(10);
    expect(pdf.mediaBoxes).toHaveLength(10);
    for (const box of pdf.mediaBoxes) {
      expect((box[2] ?? 0) / POINTS_PER_MILLIMETRE).toBeCloseTo(297, 1);
      expect((box[3] ?? 0) / POINTS_PER_MILLIMETRE).toBeCloseTo(210, 1);
    }
    const report = await lastReport();
    expect(new Set(pdf.images)).toEqual(
      new Set(report.pages.map((item) => `${item.layout.map.width}×${item.layout.map.height}`)),
    );
    expect(report.pages.map((item) => item.township?.name ?? '全区')).toEqual([
      '全区',
      '江南街道',
      '八塘街道',
      '桥圩镇',
      '木格镇',
      '木梓镇',
      '湛江镇',
      '东津镇',
      '新塘镇',
      '瓦塘镇',
    ]);
    expect(report.pages[1]?.title).toBe('港南区学校布局现状图（江南街道）');
    // Kept alive between exports: only the first export of the session made a map.
    expect(report.pages.every((item) => !item.map.createdMap)).toBe(true);
  });

  it('draws a page loaded on a small canvas pixel for pixel as one loaded at full size', async () => {
    // A paper the session has not drawn yet (another size, another zoom), so the township's data
    // arrives while the small-first page loads; the full-size one then finds it in hand.
    const drawn = await page.evaluate(async () => {
      const options = {
        paper: 'a3',
        dpi: 150,
        format: 'png',
        township: '450803106',
        extent: 'district',
      } as const;
      const first = await window.atlasPrint?.export({ ...options, drawing: 'small-first' });
      const earlier = await window.atlasPrint?.export({ ...options, drawing: 'full-size' });
      return { first: first?.base64 ?? '', earlier: earlier?.base64 ?? '' };
    });
    expect(drawn.first.length).toBeGreaterThan(100_000);
    expect(drawn.first === drawn.earlier).toBe(true);
  });

  it("refuses a size beyond the browser's WebGL limits with a Chinese message, drawing nothing", async () => {
    const outcome = await page.evaluate(() =>
      window.atlasPrint?.export({ paper: 'a3', dpi: 900, format: 'png', extent: 'district' }).then(
        () => 'exported',
        (error: Error) => error.message,
      ),
    );
    expect(outcome).toMatch(/^地图需要 \d+ × \d+ 像素，超过本浏览器 WebGL 单张画布的上限 8192 × 8192 像素/);
    expect(await page.evaluate(() => window.atlasPrint?.limits()?.maxTextureSize)).toBe(8192);
  });

  it('exports the township results and the plan progress as CSV and Excel, with scenario and date', async () => {
    const csv = await download('print-townships-csv');
    expect(csv.name).toMatch(/^港南区乡镇规则检查_现状_\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF港南区各乡镇规划规则检查结果')).toBe(true);
    expect(text).toContain('\r\n情景：现状');
    expect(text).toMatch(/导出日期：\d{4}-\d{2}-\d{2}/);
    expect(text.split('\r\n').filter((line) => /^\d{9},/.test(line))).toHaveLength(9);
    const progress = await download('print-progress-csv');
    expect(progress.bytes.toString('utf8')).toContain('规划目标进度');
    const workbook = await download('print-tables-xlsx');
    expect(workbook.name).toMatch(/\.xlsx$/);
    expect(workbook.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('speaks English behind the switch: the page, the tables and the refusals', async () => {
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('print-title').textContent()).toBe('港南区 school layout today');
    expect(await page.getByTestId('print-subtitle').textContent()).toBe('Current');
    const legend = (await page.getByTestId('print-legend').textContent()) ?? '';
    expect(legend).toContain('Kindergarten');
    expect(legend).toContain('Township boundary (approximate)');
    // No Chinese but data in what the atlas itself writes on the page: the district's name and
    // the default reference layer's (郁江, the river's name).
    expect(legend.replaceAll('港南区', '').replaceAll('郁江', '')).not.toMatch(/[\u3400-\u9fff]/);
    // The last export's report follows the language too.
    expect(await page.getByTestId('print-message').textContent()).toMatch(
      /^Exported .+\.pdf: 10 pages, [\d.]+ MB, in [\d.]+ s$/,
    );
    await screenshot(page, 'print-preview-en');

    const csv = await download('print-townships-csv');
    expect(csv.name).toMatch(/^港南区 township rules_Current_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.bytes.toString('utf8')).toContain('\r\nScenario: Current');

    const outcome = await page.evaluate(() =>
      window.atlasPrint?.export({ paper: 'a3', dpi: 900, format: 'png', extent: 'district' }).then(
        () => 'exported',
        (error: Error) => error.message,
      ),
    );
    expect(outcome).toMatch(/^The map needs \d+ × \d+ pixels, more than this browser's WebGL allows/);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('print-title').textContent()).toBe('港南区学校布局现状图');
    expect(session.pageErrors).toEqual([]);
  });
});
