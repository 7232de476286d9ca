/**
 * Benchmark of meeting-map exports in headless Chromium (software WebGL): A4 and A3 at 300 DPI,
 * PNG and PDF, through the print view's own export function. The first export of a session
 * creates the export map (a new GL context); later ones reuse it — the naive way, a new map per
 * export, costs the first figure every time. `printBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md; run `npm run build` first.
 */
import { pathToFileURL } from 'node:url';
import { preview } from 'vite';
import type { PrintApiOptions } from '../../src/print/print-api.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';

const PORT = 4349;

interface Case {
  label: string;
  options: PrintApiOptions;
}

const CASES: Case[] = [
  { label: 'A4 横向 300 DPI PNG（首次：新建导出地图）', options: { paper: 'a4', dpi: 300, format: 'png' } },
  { label: 'A4 横向 300 DPI PNG（再次）', options: { paper: 'a4', dpi: 300, format: 'png' } },
  { label: 'A4 横向 300 DPI PDF', options: { paper: 'a4', dpi: 300, format: 'pdf' } },
  { label: 'A3 横向 300 DPI PNG', options: { paper: 'a3', dpi: 300, format: 'png' } },
  { label: 'A3 横向 300 DPI PDF', options: { paper: 'a3', dpi: 300, format: 'pdf' } },
  {
    label: '分乡镇图集 A4 150 DPI PDF（10 页）',
    options: { paper: 'a4', dpi: 150, format: 'pdf', township: 'all' },
  },
];

/** Runs the exports once each in one browser session and returns the markdown lines. */
export async function printBenchmark(): Promise<string[]> {
  const server = await preview({
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
    logLevel: 'silent',
  });
  const browser = await launchHeadlessChromium();
  const rows: string[] = [];
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
      const first = report.pages[0];
      rows.push(
        `| ${item.label} | ${report.pages.length} × ${first?.width ?? 0} × ${first?.height ?? 0} | ${(
          report.bytes / 1024 / 1024
        ).toFixed(1)} MB | ${(report.milliseconds / 1000).toFixed(1)} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return [
    'Exports through the print view in one headless Chromium session (software WebGL), the embedded data, in this order. The first export creates the export map — a new GL context, which is what a new map per export would cost every time; later exports re-render the same map at the new size.',
    '',
    '| export | pages × pixels | file | seconds |',
    '| --- | --- | ---: | ---: |',
    ...rows,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await printBenchmark()).join('\n'));
}
