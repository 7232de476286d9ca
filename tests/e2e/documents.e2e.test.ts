/**
 * Meeting materials from the 打印 screen, end to end: a PDF whose title, legend and notes are
 * text (read back with PDF.js) and whose A4 page at 300 DPI stays under 3 MB; an atlas of chosen
 * townships in a chosen order, as one PDF and as one PDF per township in a zip; the PowerPoint
 * deck with its 1 + 1 + townships slides; the Word report with its headings; and the PDF in
 * English. One browser session, as a user would export them one after another.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts, unzipText } from '../unit/print/documents/read-documents.ts';
import { type AtlasSession, openAtlas, screenshot } from './driver.ts';

let session: AtlasSession;
let page: Page;

const TOWNSHIPS = [
  '江南街道',
  '八塘街道',
  '桥圩镇',
  '木格镇',
  '木梓镇',
  '湛江镇',
  '东津镇',
  '新塘镇',
  '瓦塘镇',
];
const QIAOXU = '450803100';
const MUGE = '450803101';

beforeAll(async () => {
  session = await openAtlas('#view=print&scenario=current', { width: 1440, height: 1000 });
  page = session.page;
  await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 90_000 });
  await page.waitForSelector('[data-testid="print-scale-bar"][data-metres]', { timeout: 90_000 });
});

afterAll(async () => {
  await session?.close();
});

/** Clicks the export button and returns the downloaded file's name and bytes. */
async function download(): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 230_000 }) as Promise<Download>,
    page.getByTestId('print-export').click(),
  ]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
}

/** Text without spaces or line breaks, as a search in a viewer matches it. */
function flat(text: string): string {
  return text.replace(/\s+/g, '');
}

describe('meeting materials from 打印', { timeout: 240_000 }, () => {
  it('exports the page as an A4 PDF at 300 DPI with its words as text, under 3 MB', async () => {
    await page.getByTestId('print-format-pdf').click();
    await page.getByTestId('print-scope-page').click();
    expect(await page.getByTestId('print-format-note').textContent()).toContain('可选中、可检索');
    // The embedded fonts' licence is at hand, as the licence asks.
    expect(await page.getByTestId('print-font-licence').textContent()).toContain('SIL OFL 1.1');
    await screenshot(page, 'documents-print-pdf');
    const { name, bytes } = await download();
    expect(name).toMatch(/^港南区学校布局现状图_\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text).toContain('/FontFile2');
    // The map is one picture the size of the map box at 300 DPI; nothing else is a picture.
    const pictures = [...text.matchAll(/\/Subtype \/Image\s*\/Width (\d+)\s*\/Height (\d+)/g)];
    expect(pictures).toHaveLength(1);
    expect(Number(pictures[0]?.[1])).toBeGreaterThan(2400);
    const [first = ''] = await pdfPageTexts(bytes);
    const words = flat(first);
    for (const expected of [
      '港南区学校布局现状图',
      '图例',
      '幼儿园',
      '比例尺',
      '数据来源',
      '乡镇界线为示意',
      '学校名录为示例数据',
    ]) {
      expect(words).toContain(expected);
    }
    expect(await page.getByTestId('print-message').textContent()).toContain(name);
  });

  it('exports an atlas of the chosen townships in the chosen order, as one PDF', async () => {
    await page.getByTestId('print-dpi-150').click();
    await page.getByTestId('print-scope-atlas').click();
    await page.getByTestId('print-townships-none').click();
    await page.getByTestId(`print-township-check-${QIAOXU}`).check();
    await page.getByTestId(`print-township-check-${MUGE}`).check();
    // 木格镇 before 桥圩镇.
    await page.getByTestId(`print-township-up-${MUGE}`).click();
    await screenshot(page, 'documents-print-atlas');
    const { name, bytes } = await download();
    expect(name).toMatch(/^港南区学校布局现状图（分乡镇图集）_\d{4}-\d{2}-\d{2}\.pdf$/);
    const pages = (await pdfPageTexts(bytes)).map(flat);
    expect(pages[0]).toContain('港南区学校布局现状图');
    const muge = pages.findIndex((text) => text.includes('港南区学校布局现状图（木格镇）'));
    const qiaoxu = pages.findIndex((text) => text.includes('港南区学校布局现状图（桥圩镇）'));
    expect(muge).toBeGreaterThan(0);
    expect(qiaoxu).toBeGreaterThan(muge);
    expect(pages.some((text) => text.includes('（江南街道）'))).toBe(false);
    // Each township page carries its rule table in full.
    expect(pages[muge]).toContain('每个乡镇至少1所寄宿制小学');
    expect(pages[muge]).toContain('木格镇规则检查');
  });

  it('exports the same atlas as one PDF per page in a zip named by township', async () => {
    await page.getByTestId('print-atlas-split').check();
    const { name, bytes } = await download();
    expect(name).toMatch(/^港南区_学校布局图_分乡镇_\d{4}-\d{2}-\d{2}\.zip$/);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(
      ['港南区_全区_学校布局图.pdf', '港南区_木格镇_学校布局图.pdf', '港南区_桥圩镇_学校布局图.pdf'].sort(),
    );
    const [muge = ''] = await pdfPageTexts(files['港南区_木格镇_学校布局图.pdf'] ?? new Uint8Array());
    expect(flat(muge)).toContain('港南区学校布局现状图（木格镇）');
    await page.getByTestId('print-atlas-split').uncheck();
  });

  it('exports the deck: a title slide, the district and one slide per township', async () => {
    await page.getByTestId('print-format-pptx').click();
    await page.getByTestId('print-townships-all').click();
    const { name, bytes } = await download();
    expect(name).toMatch(/^港南区_学校布局情况汇报_\d{4}-\d{2}-\d{2}\.pptx$/);
    const files = unzipText(bytes);
    const slides = [...files.keys()].filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path));
    expect(slides).toHaveLength(1 + 1 + TOWNSHIPS.length);
    const slideText = (number: number) =>
      [...(files.get(`ppt/slides/slide${number}.xml`) ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((match) => match[1])
        .join('');
    expect(slideText(1)).toContain('港南区学校布局情况汇报');
    expect(slideText(2)).toContain('规划目标进度');
    // 木格镇 was moved before 桥圩镇: the deck follows the chosen order.
    const titles = slides.map((_, index) => slideText(index + 1));
    expect(titles.findIndex((text) => text.includes('木格镇：'))).toBeLessThan(
      titles.findIndex((text) => text.includes('桥圩镇：')),
    );
    expect(files.get('ppt/slides/slide3.xml')).toContain('<a:ea typeface="Microsoft YaHei"');
    expect([...files.keys()].filter((path) => /^ppt\/media\/.+\.jpe?g$/.test(path))).toHaveLength(10);
  });

  it('exports the Word report with its headings, tables and figures', async () => {
    await page.getByTestId('print-format-docx').click();
    const { name, bytes } = await download();
    expect(name).toMatch(/^港南区_学校布局分析报告_\d{4}-\d{2}-\d{2}\.docx$/);
    const xml = unzipText(bytes).get('word/document.xml') ?? '';
    const headings = [
      ...xml.matchAll(/<w:pStyle w:val="Heading1"\/>[\s\S]*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g),
    ].map((match) => match[1]);
    expect(headings).toEqual([
      '一、基本情况',
      '二、规划目标完成情况',
      '三、各乡镇规则检查',
      '四、服务半径覆盖情况',
      '五、学位供需',
      '六、未达标学校',
      '七、附图',
      '八、数据来源与说明',
    ]);
    expect(xml).toContain('港南区学校布局分析报告');
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect((xml.match(/SEQ Figure/g) ?? []).length).toBe(10);
    await screenshot(page, 'documents-print-docx');
  });

  it('writes the PDF in English when the interface is English', async () => {
    await page.getByTestId('language-switch').click();
    await page.getByTestId('print-format-pdf').click();
    await page.getByTestId('print-scope-page').click();
    await expect.poll(() => page.getByTestId('print-export').textContent()).toBe('Export PDF');
    await screenshot(page, 'documents-print-english');
    const { bytes } = await download();
    const [first = ''] = await pdfPageTexts(bytes);
    expect(first).toContain('Legend');
    expect(first).toContain('sample data');
    await page.getByTestId('language-switch').click();
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
