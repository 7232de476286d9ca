/**
 * `npm run atlas -- export`: renders the print view's pages headless, with the system Chromium
 * against the built app (served by `vite preview` on 127.0.0.1), so a set of meeting materials can
 * be made in one go. The page does the work through `window.atlasPrint.export` — the same layout,
 * hidden map render and PNG, PDF, PowerPoint and Word writers as the 打印 screen — and this
 * command saves the file.
 *
 * Builds the app first when the build folder has no index.html. The data is the app's embedded
 * default data set, or the roster, boundaries, population and rules given as for `analyze`.
 * Exit status: 0 written, 1 the export failed (the page's reason on stderr), 2 a usage mistake.
 */
import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { translate } from '../../src/i18n/index.ts';
import type { CoordinateSystem } from '../../src/io/convert-coordinates.ts';
import type { PrintApiData, PrintApiOptions, PrintApiResult } from '../../src/print/print-api.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';
import type { CommandStreams } from './command.ts';
import {
  DEFAULT_INPUTS,
  decodeText,
  readCommandLine,
  readInput,
  readPopulation,
  readRuleSet,
  readSchools,
  readTownships,
  UnreadableInput,
  writeOutputFile,
} from './command-files.ts';
import { scanOptions, UsageError } from './parse-options.ts';

/** The repository root, where the build goes by default. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = translate('zh-CN', 'cliExportUsage');

/** The parsed command line. */
export interface ExportOptions {
  paper: 'a4' | 'a3' | 'slide';
  orientation: 'landscape' | 'portrait';
  dpi: 150 | 300;
  format: 'png' | 'pdf' | 'pptx' | 'docx';
  scenario: 'current' | 'planned';
  /** A township code, 'all', or codes separated by commas. */
  township: string | null;
  /** One PDF per page of an atlas, in a zip. */
  split: boolean;
  title: string | null;
  subtitle: string | null;
  unit: string | null;
  confidential: boolean;
  analysis: boolean;
  out: string | null;
  /** A roster file to export instead of the embedded sample. */
  schools: string | null;
  /** A township boundary GeoJSON to use instead of the approximate ones. */
  townships: string | null;
  /** A population file to use instead of the modelled one. */
  population: string | null;
  /** A rule-set JSON to use instead of the embedded one. */
  rules: string | null;
  coords: CoordinateSystem;
  sheet: string | null;
  encoding: string | null;
  dist: string;
  port: number;
  help: boolean;
}

const VALUE_OPTIONS = [
  'paper',
  'orientation',
  'dpi',
  'format',
  'scenario',
  'township',
  'title',
  'subtitle',
  'unit',
  'out',
  'dist',
  'port',
  'schools',
  'townships',
  'population',
  'rules',
  'coords',
  'sheet',
  'encoding',
] as const;
const FLAG_OPTIONS = ['confidential', 'analysis', 'split'] as const;

const EXTENSION_FORMATS: Record<string, ExportOptions['format']> = {
  '.png': 'png',
  '.pdf': 'pdf',
  '.zip': 'pdf',
  '.pptx': 'pptx',
  '.docx': 'docx',
};

/**
 * Reads the command line.
 * @throws UsageError for an unknown option, a missing value or a value not allowed
 */
export function parseExportArguments(args: readonly string[]): ExportOptions {
  const { values, flags, help, choose } = scanOptions(args, {
    values: VALUE_OPTIONS,
    flags: FLAG_OPTIONS,
  });
  const township = values.get('township') ?? null;
  const codes = township === null || township === 'all' ? [] : township.split(',');
  if (township !== null && township !== 'all' && !codes.every((code) => /^\d{6,12}$/.test(code))) {
    throw new UsageError(
      `选项 --township 应为乡镇代码（如 450803100）、all 或以逗号分隔的多个代码，实际为 ${township}`,
    );
  }
  const atlas = township === 'all' || codes.length > 1;
  const out = values.get('out') ?? null;
  const extension = out?.toLowerCase().match(/\.[a-z]+$/)?.[0] ?? '';
  const format = choose(
    'format',
    ['png', 'pdf', 'pptx', 'docx'] as const,
    EXTENSION_FORMATS[extension] ?? (atlas ? 'pdf' : 'png'),
  );
  if (atlas && format === 'png') throw new UsageError('图集（--township all 或多个乡镇代码）只能导出为 PDF');
  const split = flags.has('split') || extension === '.zip';
  if (split && (format !== 'pdf' || (!atlas && codes.length === 0))) {
    throw new UsageError('--split 只用于 PDF 图集（--township all 或多个乡镇代码）');
  }
  const portText = values.get('port');
  const port = portText === undefined ? 4339 : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new UsageError(`选项 --port 应为端口号，实际为 ${portText}`);
  return {
    paper: choose('paper', ['a4', 'a3', 'slide'] as const, 'a4'),
    orientation: choose('orientation', ['landscape', 'portrait'] as const, 'landscape'),
    dpi: Number(choose('dpi', ['150', '300'] as const, '300')) as 150 | 300,
    format,
    scenario: choose('scenario', ['current', 'planned'] as const, 'current'),
    township,
    split,
    title: values.get('title') ?? null,
    subtitle: values.get('subtitle') ?? null,
    unit: values.get('unit') ?? null,
    confidential: flags.has('confidential'),
    analysis: flags.has('analysis'),
    out,
    schools: values.has('schools')
      ? resolve(process.env.INIT_CWD ?? process.cwd(), values.get('schools') ?? '')
      : null,
    townships: values.has('townships')
      ? resolve(process.env.INIT_CWD ?? process.cwd(), values.get('townships') ?? '')
      : null,
    population: values.has('population')
      ? resolve(process.env.INIT_CWD ?? process.cwd(), values.get('population') ?? '')
      : null,
    rules: values.has('rules')
      ? resolve(process.env.INIT_CWD ?? process.cwd(), values.get('rules') ?? '')
      : null,
    coords: choose('coords', ['wgs84', 'gcj02', 'bd09'] as const, 'wgs84'),
    sheet: values.get('sheet') ?? null,
    encoding: values.get('encoding') ?? null,
    dist: resolve(ROOT, values.get('dist') ?? 'dist'),
    port,
    help,
  };
}

/** What the page's export function is called with. */
export function printApiOptions(options: ExportOptions): PrintApiOptions {
  return {
    paper: options.paper,
    orientation: options.orientation,
    dpi: options.dpi,
    format: options.format,
    split: options.split,
    scenario: options.scenario,
    analysis: options.analysis,
    confidential: options.confidential,
    extent: 'district',
    ...(options.township ? { township: options.township } : {}),
    ...(options.title !== null ? { title: options.title } : {}),
    ...(options.subtitle !== null ? { subtitle: options.subtitle } : {}),
    ...(options.unit !== null ? { unit: options.unit } : {}),
  };
}

function write(stream: CommandStreams['stderr'], text: string): void {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Renders in the browser and returns the file; the browser and the server are closed in any case. */
async function renderInBrowser(
  options: ExportOptions,
  data: PrintApiData | null,
  stderr: CommandStreams['stderr'],
): Promise<PrintApiResult> {
  const { preview } = await import('vite');
  const server = await preview({
    root: ROOT,
    build: { outDir: options.dist },
    preview: { host: '127.0.0.1', port: options.port, strictPort: false },
    logLevel: 'warn',
  });
  const pageErrors: string[] = [];
  try {
    const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`;
    const browser = await launchHeadlessChromium();
    const { context } = browser;
    try {
      // Offline, as in the app: nothing but 127.0.0.1 is fetched.
      await context.route('**/*', (route) => {
        const target = route.request().url();
        const local =
          target.startsWith('data:') ||
          target.startsWith('blob:') ||
          new URL(target).hostname === '127.0.0.1';
        return local ? route.continue() : route.abort('blockedbyclient');
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(message.text());
      });
      await page.goto(`${url}#view=print&scenario=${options.scenario}`);
      await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 180_000 });
      if (data) {
        await page.evaluate((given) => window.atlasPrint?.loadData(given), data);
        await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, {
          timeout: 180_000,
        });
      }
      return await page.evaluate((apiOptions) => {
        if (!window.atlasPrint) throw new Error('打印页面未就绪');
        return window.atlasPrint.export(apiOptions);
      }, printApiOptions(options));
    } finally {
      await browser.close();
    }
  } catch (error) {
    for (const message of pageErrors) write(stderr, `页面错误：${message}`);
    throw error;
  } finally {
    await server.close();
  }
}

/** The roster, boundaries, population and rules given on the command line, read with the same code as `analyze`. */
async function readExportData(
  options: ExportOptions,
  stderr: CommandStreams['stderr'],
): Promise<PrintApiData | null> {
  if (!options.schools && !options.townships && !options.population && !options.rules) return null;
  const data: PrintApiData = {};
  if (options.schools) {
    const roster = await readSchools(options, stderr);
    data.schools = roster.schools;
    data.rosterFile = basename(roster.file);
  }
  if (options.townships) {
    const input = await readInput(options.townships, '', stderr);
    data.townships = await readTownships(input.bytes, input.path, stderr);
  }
  if (options.population) {
    // Points without a township code take the boundary they fall in: the given one, else the default.
    const townships =
      data.townships ??
      (await readTownships(
        (
          await readInput(null, DEFAULT_INPUTS.townships, stderr)
        ).bytes,
        DEFAULT_INPUTS.townships,
        stderr,
      ));
    const input = await readInput(options.population, '', stderr);
    data.population = await readPopulation(input.bytes, input.path, townships, options.coords, stderr);
  }
  if (options.rules) {
    const input = await readInput(options.rules, '', stderr);
    data.ruleSet = readRuleSet(decodeText(input.bytes), input.path, stderr);
  }
  return data;
}

/** Runs the command; returns the exit status. */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stderr } = streams;
  const options = readCommandLine(args, streams, USAGE, (given) => {
    const parsed = parseExportArguments(given);
    return parsed.help ? null : parsed;
  });
  if (typeof options === 'number') return options;
  try {
    // Inputs first: a file that cannot be read stops the command before any build or browser.
    const data = await readExportData(options, stderr);
    if (!existsSync(join(options.dist, 'index.html'))) {
      write(stderr, `${options.dist} 中没有已构建的应用，正在构建（vite build）…`);
      const { build } = await import('vite');
      await build({ root: ROOT, logLevel: 'warn', build: { outDir: options.dist, emptyOutDir: true } });
    }
    const started = Date.now();
    const result = await renderInBrowser(options, data, stderr);
    // `npm run` starts in the package root; relative paths mean the caller's directory.
    const path = resolve(process.env.INIT_CWD ?? process.cwd(), options.out ?? result.fileName);
    if (!(await writeOutputFile(path, Buffer.from(result.base64, 'base64'), stderr))) return 1;
    const { report } = result;
    const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);
    const size = `${(report.bytes / 1024 / 1024).toFixed(1)} MB`;
    const total = `导出 ${seconds(report.milliseconds)} 秒，共 ${seconds(Date.now() - started)} 秒（含启动浏览器）`;
    if (report.format === 'png') {
      const first = report.pages[0];
      write(
        stderr,
        `已写入 ${path}：${report.pages.length} 页，每页 ${first?.width ?? 0} × ${first?.height ?? 0} 像素（${report.dpi} DPI），${size}；${total}`,
      );
    } else {
      const what =
        report.format === 'pptx'
          ? `${report.sheets} 张幻灯片`
          : report.format === 'docx'
            ? `${report.sheets} 幅图`
            : `${report.sheets} 页`;
      write(stderr, `已写入 ${path}：${what}，地图 ${report.pages.length} 幅，${size}；${total}`);
      if (report.files.length > 1) {
        for (const file of report.files)
          write(stderr, `  ${file.name}（${(file.bytes / 1024).toFixed(0)} KB）`);
      }
    }
    for (const page of report.pages) {
      write(
        stderr,
        `  ${page.title}：地图 ${seconds(page.map.milliseconds)} 秒，整页 ${seconds(page.milliseconds)} 秒`,
      );
    }
    return 0;
  } catch (error) {
    // An unreadable input has said why on stderr already.
    if (!(error instanceof UnreadableInput)) {
      write(stderr, `导出失败：${error instanceof Error ? error.message : String(error)}`);
    }
    return 1;
  }
}
