/**
 * `npm run atlas -- import FILE [options]`: reads a roster file the way the app's import dialog
 * does and writes the canonical roster CSV and, on request, a row-by-row JSON report.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { translate, translateMessagesIn } from '../../src/i18n/index.ts';
import { isCoordinateSystem } from '../../src/io/convert-coordinates.ts';
import { describeCoordinateSystemHint } from '../../src/io/guess-coordinate-system.ts';
import { readImportFile } from '../../src/io/import-flow/read-import-file.ts';
import { formatRowIssue } from '../../src/io/import-result.ts';
import { readRosterBytes } from '../../src/io/read-roster-bytes.ts';
import { buildImportReport, formatImportSummary } from '../../src/io/summarise-import.ts';
import { writeRosterCsv } from '../../src/io/write-roster-csv.ts';
import type { CommandStreams } from './command.ts';
import { write, writeOutput, writeOutputFile, zh } from './command-files.ts';
import { mergeInto, mergeLines, mergeReportOf, readMergeTarget } from './import-merge.ts';

const USAGE = translate('zh-CN', 'cliImportUsage');

/** The district outline through the app's boundary importer (GeoJSON or zipped Shapefile). */
async function readDistrict(path: string): Promise<Feature<Polygon | MultiPolygon>> {
  const bytes = new Uint8Array(await readFile(path));
  const result = await readImportFile({ kind: 'boundaries', bytes, fileName: basename(path), options: {} });
  if (result.kind !== 'boundaries') throw new Error(basename(path));
  const { read } = result;
  if (read.status === 'needs-projection' || read.status === 'error') throw new Error(zh(read.message));
  const [outline] = read.features;
  if (!outline) throw new Error('文件中没有面要素');
  return outline;
}

/**
 * Runs the import command.
 * @returns 0 when the file was read (even with rejected rows), 1 when it could not be read at
 * all, 2 for a usage error
 */
export async function run(args: string[], { stdout, stderr }: CommandStreams): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(args);
  } catch (error) {
    write(stderr, `${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    write(stdout, USAGE);
    return 0;
  }
  const [path, ...extra] = positionals;
  if (!path || extra.length > 0) {
    write(stderr, `${path ? `多余的参数：${extra.join(' ')}` : '缺少名录文件'}\n\n${USAGE}`);
    return 2;
  }
  const coords = values.coords ?? 'wgs84';
  if (!isCoordinateSystem(coords)) {
    write(stderr, `不认识的坐标系“${coords}”，应为 wgs84、gcj02 或 bd09`);
    return 2;
  }
  let district: Feature<Polygon | MultiPolygon> | undefined;
  if (values.district) {
    try {
      district = await readDistrict(values.district);
    } catch (error) {
      write(
        stderr,
        `无法读取区界文件 ${values.district}：${error instanceof Error ? error.message : String(error)}`,
      );
      return 2;
    }
  }
  const fileName = basename(path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    write(stderr, code === 'ENOENT' ? `找不到文件：${path}` : `无法读取 ${path}：${code ?? String(error)}`);
    return 1;
  }
  const merging = await readMergeTarget(values, stderr);
  if (typeof merging === 'number') return merging;
  const result = await readRosterBytes(bytes, fileName, {
    coords,
    ...(values.encoding ? { encoding: values.encoding } : {}),
    ...(values.sheet ? { sheet: values.sheet } : {}),
    ...(district ? { district } : {}),
  });
  const merged = merging ? mergeInto(merging, result) : null;
  if (values.report) {
    // The report keeps the CLI's language: every reason in Chinese.
    const report = translateMessagesIn('zh-CN', {
      ...buildImportReport(result),
      ...(merged ? { merge: mergeReportOf(merged) } : {}),
    });
    if (!(await writeOutputFile(values.report, `${JSON.stringify(report, null, 2)}\n`, stderr))) return 1;
  }
  const unreadable =
    result.fileErrors.length > 0 && result.accepted.length === 0 && result.rejected.length === 0;
  if (unreadable) {
    for (const message of result.fileErrors) write(stderr, message);
    return 1;
  }
  const csv = writeRosterCsv(merged ? merged.schools : result.accepted.map((row) => row.record));
  if (!(await writeOutput(values.out ?? null, csv, { stdout, stderr }))) return 1;
  const how = [
    result.encoding ? `编码 ${result.encoding}` : '',
    result.sheet ? `工作表 ${result.sheet}` : '',
    `坐标系 ${coords}`,
  ].filter(Boolean);
  write(stderr, `${zh(formatImportSummary(result))}（${how.join('，')}）`);
  for (const message of [...result.fileErrors, ...(result.fileWarnings ?? [])]) write(stderr, message);
  for (const row of result.rejected) for (const issue of row.errors) write(stderr, formatRowIssue(issue));
  // Warnings of imported rows (a position outside the district, a value read another way) too:
  // a run in a script shows them without opening the report.
  for (const row of result.accepted) for (const issue of row.warnings) write(stderr, formatRowIssue(issue));
  if (merged) for (const line of mergeLines(merged, fileName)) write(stderr, line);
  const hint = result.coordinateHint && describeCoordinateSystemHint(result.coordinateHint);
  if (hint) write(stderr, `提示：${zh(hint)}，可用 --coords ${result.coordinateHint?.suggested} 重新导入`);
  return 0;
}

function parseOptions(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      coords: { type: 'string' },
      encoding: { type: 'string' },
      sheet: { type: 'string' },
      district: { type: 'string' },
      into: { type: 'string' },
      mode: { type: 'string' },
      duplicates: { type: 'string' },
      out: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
