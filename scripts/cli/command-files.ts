/**
 * The CLI commands' files: reading the inputs — rule set, township boundaries, population,
 * school roster — each from a given file or the embedded default in geodata/, with bad rows and
 * unreadable files reported on stderr in the app's words; the options that name them; and
 * writing the output. Shared by the commands (analyze, suggest, export).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Message, message } from '../../src/domain/message.ts';
import type { PopulationData } from '../../src/domain/population.ts';
import type { RuleSet } from '../../src/domain/rules.ts';
import type { School } from '../../src/domain/school.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';
import { translate, translateMessage } from '../../src/i18n/index.ts';
import { checkPopulationParts } from '../../src/io/check-project-parts.ts';
import { readTownshipFile } from '../../src/io/import-flow/read-township-file.ts';
import { formatRowIssue } from '../../src/io/import-result.ts';
import { parseJsonText } from '../../src/io/parse-json-text.ts';
import { readSettlementPopulationBytes, readTownshipPopulationBytes } from '../../src/io/read-population.ts';
import { type CoordinateSystem, readRosterBytes } from '../../src/io/read-roster-bytes.ts';
import { parseRuleSet } from '../../src/io/rule-set-file.ts';
import type { CommandStreams } from './command.ts';
import { type ScannedOptions, UsageError } from './parse-options.ts';

/** The repository root, where the embedded defaults live. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The embedded default inputs, relative to the repository root. */
export const DEFAULT_INPUTS = {
  schools: 'geodata/schools.sample.csv',
  townships: 'geodata/townships.geojson',
  population: 'geodata/population.model.json',
  rules: 'geodata/rules/gangnan-2018-2020.json',
} as const;

/** Help lines of the input options, for a command's usage text. */
export const INPUT_OPTIONS_USAGE = translate('zh-CN', 'cliInputOptions', {
  schools: DEFAULT_INPUTS.schools,
  townships: DEFAULT_INPUTS.townships,
  population: DEFAULT_INPUTS.population,
  rules: DEFAULT_INPUTS.rules,
});

/** The value options every command reading the district inputs takes. */
export const INPUT_OPTION_NAMES = [
  'schools',
  'townships',
  'townships-projection',
  'population',
  'rules',
  'scenario',
  'year',
  'coords',
  'sheet',
  'encoding',
] as const;

/** The input options as read from the command line, with the scenario. */
export interface ScenarioInputOptions extends InputOptions {
  scenario: 'current' | 'planned';
  year: number | null;
}

/**
 * The input options from scanned arguments (see {@link INPUT_OPTION_NAMES}).
 * @throws UsageError for a year that is not a year, or a scenario or coordinate system not in the list
 */
export function readInputOptions(scanned: Pick<ScannedOptions, 'values' | 'choose'>): ScenarioInputOptions {
  const { values, choose } = scanned;
  const yearText = values.get('year');
  const year = yearText === undefined ? null : Number(yearText);
  if (year !== null && !(Number.isInteger(year) && year >= 1900 && year <= 2100)) {
    throw new UsageError(`选项 --year 应为年份（如 2019），实际为 ${yearText}`);
  }
  return {
    schools: values.get('schools') ?? null,
    townships: values.get('townships') ?? null,
    townshipsProjection: values.get('townships-projection') ?? null,
    population: values.get('population') ?? null,
    rules: values.get('rules') ?? null,
    scenario: choose('scenario', ['current', 'planned'] as const, 'current'),
    year,
    coords: choose('coords', ['wgs84', 'gcj02', 'bd09'] as const, 'wgs84'),
    sheet: values.get('sheet') ?? null,
    encoding: values.get('encoding') ?? null,
  };
}

/** Why a file cannot be written, in the user's words, by the system's error code. */
function unwritableReason(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return message('outputFolderMissing');
  if (code === 'EACCES' || code === 'EPERM') return message('outputNoPermission');
  if (code === 'EISDIR') return message('outputIsFolder');
  if (code === 'EROFS') return message('outputReadOnly');
  if (code === 'ENOSPC') return message('outputDiskFull');
  return message('outputOtherError', { code: code ?? '?' });
}

/**
 * Writes one output file of a command (the result, a report, a picture): every command's output
 * paths go through here, so a path that cannot be written is said in Chinese, never as a stack.
 * @returns false when the file cannot be written (the reason is on stderr: exit 1)
 */
export async function writeOutputFile(
  path: string,
  data: string | Uint8Array,
  stderr: CommandStreams['stderr'],
): Promise<boolean> {
  try {
    await writeFile(path, data);
    return true;
  } catch (error) {
    write(stderr, message('outputUnwritable', { path, reason: unwritableReason(error) }));
    return false;
  }
}

/**
 * Writes a command's output to the file named by --out, or to stdout without one.
 * @returns false when the file cannot be written (the reason is on stderr: exit 1)
 */
export async function writeOutput(
  out: string | null,
  text: string,
  streams: CommandStreams,
): Promise<boolean> {
  if (!out) {
    streams.stdout.write(text);
    return true;
  }
  return writeOutputFile(out, text, streams.stderr);
}

/** An input file that cannot be read at all (exit 1); the reason is already on stderr. */
export class UnreadableInput extends Error {}

/** A message of the app in Chinese, the CLI's language. */
export function zh(text: Message): string {
  return translateMessage('zh-CN', text);
}

/** Writes a line (adding the newline when missing); a message of the app goes out in Chinese. */
export function write(stream: CommandStreams['stderr'], text: string | Message): void {
  const line = typeof text === 'string' ? text : zh(text);
  stream.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** Reads a file (given, or the embedded default) or writes why not and stops with exit 1. */
export async function readInput(
  given: string | null,
  fallback: string,
  stderr: CommandStreams['stderr'],
): Promise<{ path: string; name: string; bytes: Uint8Array }> {
  const path = given ?? join(ROOT, fallback);
  try {
    return { path, name: basename(path), bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    write(stderr, `无法读取文件 ${path}：${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    throw new UnreadableInput(path);
  }
}

/** UTF-8 text of a file, without a byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** JSON of an input file, refused on stderr (too deep, or not JSON) with exit 1. */
function parseJsonFile(text: string, path: string, stderr: CommandStreams['stderr']): unknown {
  const parsed = parseJsonText(text, basename(path), (reason) =>
    message('fileNotJson', { file: basename(path), reason }),
  );
  if (parsed.ok) return parsed.value;
  write(stderr, translateMessage('zh-CN', parsed.message));
  throw new UnreadableInput(path);
}

/** A rule set from JSON text, or its every mistake on stderr and exit 1. */
export function readRuleSet(text: string, path: string, stderr: CommandStreams['stderr']): RuleSet {
  const parsed = parseRuleSet(parseJsonFile(text, path, stderr));
  if (!parsed.ok) {
    for (const error of parsed.errors)
      write(stderr, `${basename(path)}：${translateMessage('zh-CN', error)}`);
    throw new UnreadableInput(path);
  }
  return parsed.ruleSet;
}

/**
 * Township boundaries through the app's boundary importer (GeoJSON or zipped Shapefile, the same
 * checks of every ring and code as the import dialog): properties `code`/`name` or
 * `乡镇代码`/`乡镇名称` (or any fields named so); `urban` (or 城区) true/是 for urban townships;
 * `approximate` kept when given, otherwise false (an imported file is taken as official).
 * Features left out are reported on stderr; a file with no township stops the command.
 */
export async function readTownships(
  bytes: Uint8Array,
  path: string,
  stderr: CommandStreams['stderr'],
  projection?: string,
): Promise<TownshipCollection> {
  const { townships, problems, warnings } = await readTownshipFile(bytes, basename(path), projection);
  for (const warning of warnings) write(stderr, warning);
  if (!townships) {
    for (const problem of problems) write(stderr, problem);
    throw new UnreadableInput(path);
  }
  return townships;
}

/** A position in `coords` converted to WGS84. */
/**
 * Population from a file: PopulationData JSON (.json), else a table read with the app's own
 * population importer — settlement points when it has longitude and latitude columns (名称, 经度,
 * 纬度, 人口 …), a per-township table otherwise (乡镇代码 or 乡镇名称, 人口). Refused rows and
 * warnings go to stderr in the importer's words; a file with no usable row stops the command.
 */
export async function readPopulation(
  bytes: Uint8Array,
  path: string,
  townships: TownshipCollection,
  coords: CoordinateSystem,
  stderr: CommandStreams['stderr'],
): Promise<PopulationData> {
  if (extname(path).toLowerCase() === '.json') {
    const json = parseJsonFile(decodeText(bytes), path, stderr) as Partial<PopulationData>;
    if (!Array.isArray(json?.points) || !Array.isArray(json.townships)) {
      write(stderr, `${path} 不是人口数据（需要 points 与 townships 列表）`);
      throw new UnreadableInput(path);
    }
    // The checks a restored backup's population passes: finite, non-negative counts, real positions.
    const problems = checkPopulationParts({ source: 'settlement-points', label: '', ...json });
    if (problems.length > 0) {
      for (const problem of problems) write(stderr, `${basename(path)}：${zh(problem)}`);
      throw new UnreadableInput(path);
    }
    return {
      source: json.source ?? 'settlement-points',
      label: json.label ?? basename(path),
      points: json.points,
      townships: json.townships,
    };
  }
  const file = basename(path);
  const knownTownships = townships.features.map((feature) => ({
    code: feature.properties.code,
    name: feature.properties.name,
    urban: feature.properties.urban,
  }));
  const settlements = await readSettlementPopulationBytes(bytes, file, { coords, knownTownships });
  const result =
    settlements.mapping.经度 && settlements.mapping.纬度
      ? settlements
      : await readTownshipPopulationBytes(bytes, file, { knownTownships });
  for (const message of result.fileErrors) write(stderr, message);
  for (const rejected of result.rejected) {
    for (const error of rejected.errors) write(stderr, formatRowIssue(error));
  }
  for (const accepted of result.accepted) {
    for (const warning of accepted.warnings) write(stderr, `警告 ${zh(formatRowIssue(warning))}`);
  }
  if (!result.population) {
    if (result.fileErrors.length === 0) write(stderr, `${file}：没有可用的人口行`);
    throw new UnreadableInput(path);
  }
  return result.population;
}

/**
 * Reads a command line with `parse` (which returns null for --help). A usage mistake writes the
 * message and the usage to stderr and gives exit status 2; --help writes the usage to stdout and
 * gives 0; otherwise the options come back.
 * @example const options = readCommandLine(args, streams, USAGE, parseArguments); if (typeof options === 'number') return options;
 */
export function readCommandLine<T extends object>(
  args: string[],
  { stdout, stderr }: CommandStreams,
  usage: string,
  parse: (args: string[]) => T | null,
): T | number {
  let options: T | null;
  try {
    options = parse(args);
  } catch (error) {
    write(stderr, `${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    return 2;
  }
  if (options === null) {
    write(stdout, usage);
    return 0;
  }
  return options;
}

/** Where and how to read the school roster. */
export interface RosterOptions {
  /** The roster file; null = the embedded sample. */
  schools: string | null;
  coords: CoordinateSystem;
  /** Sheet name or number for XLSX. */
  sheet: string | null;
  /** Text encoding override. */
  encoding: string | null;
}

/**
 * The school roster through the app's importer, rejected rows and warnings on stderr; exit 1
 * (UnreadableInput) when nothing could be read.
 */
export async function readSchools(
  options: RosterOptions,
  stderr: CommandStreams['stderr'],
): Promise<{ schools: School[]; file: string }> {
  const input = await readInput(options.schools, DEFAULT_INPUTS.schools, stderr);
  const result = await readRosterBytes(input.bytes, input.name, {
    coords: options.coords,
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  for (const message of result.fileErrors) write(stderr, `${input.name}：${zh(message)}`);
  if (result.fileErrors.length > 0 && result.accepted.length === 0) throw new UnreadableInput(input.path);
  for (const message of result.fileWarnings ?? []) write(stderr, `${input.name}：${zh(message)}`);
  for (const rejected of result.rejected) {
    for (const error of rejected.errors) write(stderr, formatRowIssue(error));
  }
  for (const accepted of result.accepted) {
    for (const warning of accepted.warnings) write(stderr, `警告 ${zh(formatRowIssue(warning))}`);
  }
  return { schools: result.accepted.map((accepted) => accepted.record), file: input.path };
}

/** Where to read every input from (null = the embedded default). */
export interface InputOptions extends RosterOptions {
  townships: string | null;
  /** The township file's projection when it does not say. */
  townshipsProjection?: string | null;
  population: string | null;
  rules: string | null;
}

/** Every input a district analysis needs, and the paths actually read. */
export interface DistrictInputs {
  ruleSet: RuleSet;
  townships: TownshipCollection;
  population: PopulationData;
  schools: School[];
  paths: { schools: string; townships: string; population: string; rules: string };
}

/**
 * Reads the rule set, the townships, the population and the roster, in that order (the
 * population table needs the townships to match names).
 * @throws UnreadableInput when a file cannot be read at all (the reason is on stderr)
 */
export async function readDistrictInputs(
  options: InputOptions,
  stderr: CommandStreams['stderr'],
): Promise<DistrictInputs> {
  const rulesInput = await readInput(options.rules, DEFAULT_INPUTS.rules, stderr);
  const ruleSet = readRuleSet(decodeText(rulesInput.bytes), rulesInput.path, stderr);
  const townshipsInput = await readInput(options.townships, DEFAULT_INPUTS.townships, stderr);
  const townships = await readTownships(
    townshipsInput.bytes,
    townshipsInput.path,
    stderr,
    options.townshipsProjection ?? undefined,
  );
  const populationInput = await readInput(options.population, DEFAULT_INPUTS.population, stderr);
  const population = await readPopulation(
    populationInput.bytes,
    populationInput.path,
    townships,
    options.coords,
    stderr,
  );
  const { schools, file } = await readSchools(options, stderr);
  return {
    ruleSet,
    townships,
    population,
    schools,
    paths: {
      schools: file,
      townships: townshipsInput.path,
      population: populationInput.path,
      rules: rulesInput.path,
    },
  };
}
