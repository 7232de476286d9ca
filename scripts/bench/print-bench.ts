/**
 * Benchmark of meeting-material exports in headless Chromium (software WebGL), through the print
 * view's own export function: A4 and A3 pages at 300 DPI as PNG and as PDF (words as text in an
 * embedded font subset), the whole district as one PDF atlas and as one PDF per township, the
 * slide deck and the Word report. The first export of a session creates the export map (a new GL
 * context); later ones reuse it — the naive way, a new map per export, costs the first figure
 * every time. A page as one picture (the PNG row; what a PDF held before its text was text) sits
 * beside the PDF of the same page. Each row gives the processor time of the browser's processes
 * beside the wall clock. Then the ten-page atlas at 150 DPI, in fresh sessions taking turns, drawn
 * the current way (each page's data loaded on a small canvas, the page drawn once) and the earlier
 * way (a full-size frame per arriving tile). `printBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md; run `npm run build` first.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import type { ExportDrawing } from '../../src/print/export-map.ts';
import type { PrintApiOptions } from '../../src/print/print-api.ts';
import type { PrintReport } from '../../src/print/print-job.ts';
import { type HeadlessBrowser, launchHeadlessChromium } from '../headless-chromium.ts';
import { descendantProcessorMilliseconds } from './process-tree-cpu.ts';
import { median } from './timing.ts';

// Another port for runs beside other benchmarks on the same machine.
const PORT = Number(process.env.BENCH_PRINT_PORT ?? 4349);

interface Case {
  label: string;
  options: PrintApiOptions;
}

const CASES: Case[] = [
  { label: 'A4 横向 300 DPI PNG（首次：新建导出地图）', options: { paper: 'a4', dpi: 300, format: 'png' } },
  { label: 'A4 横向 300 DPI PNG（再次）', options: { paper: 'a4', dpi: 300, format: 'png' } },
  { label: 'A4 横向 300 DPI PDF（首次：载入字体）', options: { paper: 'a4', dpi: 300, format: 'pdf' } },
  { label: 'A3 横向 300 DPI PNG', options: { paper: 'a3', dpi: 300, format: 'png' } },
  { label: 'A3 横向 300 DPI PDF', options: { paper: 'a3', dpi: 300, format: 'pdf' } },
  {
    label: '全区图集 A4 150 DPI PDF（全区 + 9 乡镇）',
    options: { paper: 'a4', dpi: 150, format: 'pdf', township: 'all' },
  },
  {
    label: '全区图集 A4 300 DPI PDF（全区 + 9 乡镇）',
    options: { paper: 'a4', dpi: 300, format: 'pdf', township: 'all' },
  },
  {
    label: '全区图集 A4 150 DPI，每页一个 PDF（ZIP）',
    options: { paper: 'a4', dpi: 150, format: 'pdf', township: 'all', split: true },
  },
  { label: '演示文稿 PPTX（标题 + 全区 + 9 乡镇）', options: { format: 'pptx' } },
  { label: '分析报告 DOCX（全区 + 9 乡镇附图）', options: { format: 'docx' } },
];

/** Sessions per way of drawing in the comparison (the median is reported). */
const COMPARISON_ROUNDS = 3;

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(1);
}

type Page = Awaited<ReturnType<HeadlessBrowser['context']['newPage']>>;

/** A print view open in a fresh browser session, ready to export. */
async function openPrintView(): Promise<{ browser: HeadlessBrowser; page: Page }> {
  const browser = await launchHeadlessChromium();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`http://127.0.0.1:${PORT}/#view=print`);
  await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 180_000 });
  return { browser, page };
}

/** One export with its report, its wall clock and the browser's processor time. */
async function timedExport(
  page: Page,
  options: PrintApiOptions,
): Promise<{ report: PrintReport; wall: number; processor: number }> {
  const processorBefore = descendantProcessorMilliseconds();
  const started = performance.now();
  const report = await page.evaluate(async (chosen) => {
    const result = await window.atlasPrint?.export({ ...chosen, extent: 'district' });
    return result?.report;
  }, options);
  if (!report) throw new Error('导出失败');
  return {
    report,
    wall: performance.now() - started,
    processor: descendantProcessorMilliseconds() - processorBefore,
  };
}

const ATLAS: PrintApiOptions = { paper: 'a4', dpi: 150, format: 'pdf', township: 'all' };

/**
 * The atlas at 150 DPI drawn both ways, each in `COMPARISON_ROUNDS` fresh sessions taking turns:
 * the session exports one district page first (the export map made, the fonts loaded), as the
 * main table's run has, then the atlas.
 */
async function compareDrawing(): Promise<string[]> {
  const ways: ExportDrawing[] = ['small-first', 'full-size'];
  const samples = new Map<ExportDrawing, { wall: number[]; processor: number[] }>(
    ways.map((way) => [way, { wall: [], processor: [] }]),
  );
  for (let round = 0; round < COMPARISON_ROUNDS; round++) {
    for (const way of ways) {
      const { browser, page } = await openPrintView();
      try {
        await timedExport(page, { paper: 'a4', dpi: 150, format: 'pdf', drawing: way });
        const { wall, processor } = await timedExport(page, { ...ATLAS, drawing: way });
        const sample = samples.get(way);
        sample?.wall.push(wall);
        sample?.processor.push(processor);
      } finally {
        await browser.close();
      }
    }
  }
  const label: Record<ExportDrawing, string> = {
    'small-first': '小画布载入数据，每页全尺寸绘制一次（现行）',
    'full-size': '全尺寸逐帧绘制，每到一块瓦片重绘一次（此前做法）',
  };
  return ways.map((way) => {
    const sample = samples.get(way) ?? { wall: [], processor: [] };
    return `| ${label[way]} | ${seconds(median(sample.processor))} | ${seconds(median(sample.wall))} | ${sample.processor
      .map(seconds)
      .join(' / ')} | ${sample.wall.map(seconds).join(' / ')} |`;
  });
}

/** Runs the exports once each in one browser session and returns the markdown lines. */
export async function printBenchmark(): Promise<string[]> {
  const server = await preview({
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'silent',
  });
  const rows: string[] = [];
  let comparison: string[] = [];
  // Other work on a shared machine slows the software WebGL most: say how busy it was.
  const load = loadavg()[0] ?? 0;
  let loadAfterTable = 0;
  try {
    const { browser, page } = await openPrintView();
    try {
      for (const item of CASES) {
        const { report, processor } = await timedExport(page, item.options);
        const size = `${(report.bytes / 1024 / 1024).toFixed(1)} MB`;
        const first = report.pages[0];
        const unit = report.format === 'pptx' ? '张' : report.format === 'docx' ? '幅图' : '页';
        const files = report.files.length > 1 ? `（${report.files.length} 个文件）` : '';
        const what =
          report.format === 'png'
            ? `1 页，${first?.width ?? 0} × ${first?.height ?? 0} 像素`
            : `${report.sheets} ${unit}${files}`;
        rows.push(
          `| ${item.label} | ${what} | ${size} | ${seconds(report.stages.prepare)} | ${seconds(
            report.stages.pages,
          )} | ${seconds(report.stages.write)} | ${seconds(report.milliseconds)} | ${seconds(processor)} |`,
        );
      }
    } finally {
      await browser.close();
    }
    loadAfterTable = loadavg()[0] ?? 0;
    comparison = await compareDrawing();
  } finally {
    await server.close();
  }
  const loadAtEnd = loadavg()[0] ?? 0;
  return [
    'Exports through the print view in one headless Chromium session (software WebGL), the embedded data, in this order. The first export creates the export map — a new GL context, which is what a new map per export would cost every time; later exports re-render the same map at the new size. The first PDF fetches the two Noto Sans SC fonts (10 MB each, from the app itself); jsPDF embeds only the glyphs used. "prepare" is making the writer (the fonts for a PDF), "pages" drawing each page’s map (and for a PNG the page around it), "write" laying out and writing the file.',
    '',
    `Load average when the run began: ${load.toFixed(1)} on ${cpus().length} cores; ${loadAfterTable.toFixed(1)} after the table, ${loadAtEnd.toFixed(1)} after the comparison. "processor s" is the user + system time of the browser's processes (the page, the GPU process that runs the software WebGL, the rest) during the export: on a loaded machine the wall clock grows, the processor time much less.`,
    '',
    '| export | pages | file | prepare s | pages s | write s | total s | processor s |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `The atlas (全区 + 9 乡镇, A4 150 DPI PDF) drawn two ways, each in ${COMPARISON_ROUNDS} fresh browser sessions taking turns (a session exports one district page first, then the atlas); medians, then every run. The earlier way draws a full-size frame whenever a tile arrives (1–9 per township page); the current way loads each page's data on a canvas at a sixteenth of a screen's pixels and draws the page once at full size — the same pixels (an e2e test compares the two PNGs byte for byte).`,
    '',
    '| atlas 150 DPI, drawing | processor s | wall s | processor s, each run | wall s, each run |',
    '| --- | ---: | ---: | --- | --- |',
    ...comparison,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await printBenchmark()).join('\n'));
}
