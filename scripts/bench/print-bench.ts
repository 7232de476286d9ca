/**
 * Benchmark of meeting-material exports in headless Chromium (software WebGL), through the print
 * view's own export function: A4 and A3 pages at 300 DPI as PNG and as PDF (words as text in an
 * embedded font subset), the whole district as one PDF atlas and as one PDF per township, the
 * slide deck and the Word report. The first export of a session creates the export map (a new GL
 * context); later ones reuse it — the naive way, a new map per export, costs the first figure
 * every time. A page as one picture (the PNG row; what a PDF held before its text was text) sits
 * beside the PDF of the same page. `printBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md; run `npm run build` first.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import type { PrintApiOptions } from '../../src/print/print-api.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';

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

function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(1);
}

/** Runs the exports once each in one browser session and returns the markdown lines. */
export async function printBenchmark(): Promise<string[]> {
  const server = await preview({
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'silent',
  });
  const browser = await launchHeadlessChromium();
  const rows: string[] = [];
  // Other work on a shared machine slows the software WebGL most: say how busy it was.
  const load = loadavg()[0] ?? 0;
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`http://127.0.0.1:${PORT}/#view=print`);
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 180_000 });
    for (const item of CASES) {
      const report = await page.evaluate(async (options) => {
        const result = await window.atlasPrint?.export({ ...options, extent: 'district' });
        return result?.report;
      }, item.options);
      if (!report) throw new Error('导出失败');
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
        )} | ${seconds(report.stages.write)} | ${seconds(report.milliseconds)} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    'Exports through the print view in one headless Chromium session (software WebGL), the embedded data, in this order. The first export creates the export map — a new GL context, which is what a new map per export would cost every time; later exports re-render the same map at the new size. The first PDF fetches the two Noto Sans SC fonts (10 MB each, from the app itself); jsPDF embeds only the glyphs used. "prepare" is making the writer (the fonts for a PDF), "pages" drawing each page’s map (and for a PNG the page around it), "write" laying out and writing the file.',
    '',
    `Load average when the run began: ${load.toFixed(1)} on ${cpus().length} cores.`,
    '',
    '| export | pages | file | prepare s | pages s | write s | total s |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await printBenchmark()).join('\n'));
}
