/**
 * `npm run atlas -- publish`: the bureau's atlas as a static folder — the built app, the data as
 * a publication (data/atlas-data.json and the project it names), the local servers and the
 * instructions. The data comes from the same inputs as `analyze` (every omitted one falls back to
 * the embedded default) or from a project backup (`--project`). Publishing again over the same
 * folder replaces it without a reader seeing half, keeping the previous one as a dated copy.
 * Exit status: 0 published, 1 an input or the build or the folder failed (why on stderr), 2 a
 * usage mistake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorMessage, message } from '../../src/domain/message.ts';
import type { ProjectContents } from '../../src/domain/project.ts';
import type { DistrictCollection } from '../../src/domain/township.ts';
import { translate } from '../../src/i18n/index.ts';
import { ATLAS_CONFIG_FILE, DEFAULT_ATLAS_CONFIG } from '../../src/io/atlas-config.ts';
import { publicationExtraFiles } from '../../src/io/pack-publication.ts';
import { parseProject } from '../../src/io/project-file.ts';
import { publicationDay } from '../../src/io/publish-manifest.ts';
import { readAtlasConfig } from '../../src/io/read-atlas-config.ts';
import { BlobArchiveSource, readBasemapArchive } from '../../src/io/read-basemap-archive.ts';
import { type BasemapToPublish, publishedDeploymentFiles } from '../../src/io/write-atlas-config.ts';
import { writePublishedData } from '../../src/io/write-published-data.ts';
import type { CommandStreams } from './command.ts';
import {
  INPUT_OPTIONS_USAGE,
  type InputOptions,
  readCommandLine,
  readDistrictInputs,
  readInput,
  UnreadableInput,
  write,
  zh,
} from './command-files.ts';
import { scanOptions, UsageError } from './parse-options.ts';
import { writePublicationFolder } from './publish-folder.ts';

/** The repository root, where the build goes by default. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const USAGE = translate('zh-CN', 'cliPublishUsage', {
  // A publication is the data as it stands: no scenario or year to cut it by.
  inputs: INPUT_OPTIONS_USAGE.split('\n')
    .filter((line) => !/--scenario|--year/.test(line))
    .join('\n'),
});

/** The parsed command line. */
export interface PublishOptions extends InputOptions {
  out: string;
  title: string | null;
  unit: string | null;
  project: string | null;
  dist: string;
  /** A PMTiles basemap to publish with the data, or null. */
  basemap: string | null;
  /** The deployment's configuration, or null for the one in `dist` (if any). */
  config: string | null;
}

const INPUT_NAMES = ['schools', 'townships', 'population', 'rules'] as const;

/**
 * Reads the command line; paths are taken from the caller's directory (`npm run` starts in the
 * package root).
 * @throws UsageError for an unknown option, a missing --out, or --project beside other inputs
 */
export function parsePublishArguments(args: readonly string[]): PublishOptions | null {
  const { values, help, choose } = scanOptions(args, {
    values: [
      ...INPUT_NAMES,
      'coords',
      'sheet',
      'encoding',
      'out',
      'title',
      'unit',
      'project',
      'dist',
      'basemap',
      'config',
    ],
  });
  if (help) return null;
  const caller = process.env.INIT_CWD ?? process.cwd();
  const path = (name: string) => {
    const value = values.get(name);
    return value === undefined ? null : resolve(caller, value);
  };
  const out = path('out');
  if (!out) throw new UsageError('缺少 --out：发布到哪个文件夹');
  const project = path('project');
  if (project && INPUT_NAMES.some((name) => values.has(name))) {
    throw new UsageError('--project 已包含名录、界线、人口和规则，不能再与 --schools 等同时给出');
  }
  return {
    out,
    title: values.get('title') ?? null,
    unit: values.get('unit') ?? null,
    project,
    schools: path('schools'),
    townships: path('townships'),
    population: path('population'),
    rules: path('rules'),
    coords: choose('coords', ['wgs84', 'gcj02', 'bd09'] as const, 'wgs84'),
    sheet: values.get('sheet') ?? null,
    encoding: values.get('encoding') ?? null,
    dist: resolve(ROOT, values.get('dist') ?? 'dist'),
    basemap: path('basemap'),
    config: path('config'),
  };
}

/** The embedded district's code and name, which a project's settings carry. */
function embeddedDistrict(): { districtCode: string; districtName: string } {
  const district = JSON.parse(
    readFileSync(join(ROOT, 'geodata/district.geojson'), 'utf8'),
  ) as DistrictCollection;
  const properties = district.features[0]?.properties;
  return { districtCode: properties?.code ?? '', districtName: properties?.name ?? '' };
}

/**
 * The project to publish: the backup as it is, or the inputs read as `analyze` reads them. What
 * was not given stays null in the project (the app's defaults stand for it, labelled as such),
 * as a backup saved from the app would have it.
 */
async function readContents(
  options: PublishOptions,
  stderr: CommandStreams['stderr'],
): Promise<ProjectContents> {
  if (options.project) {
    const input = await readInput(options.project, '', stderr);
    const opened = parseProject(new TextDecoder('utf-8').decode(input.bytes), input.name);
    if (!opened.ok) {
      write(stderr, opened.message);
      throw new UnreadableInput(input.path);
    }
    const { format: _format, schemaVersion: _version, savedAt: _savedAt, ...contents } = opened.project;
    return contents;
  }
  const inputs = await readDistrictInputs(options, stderr);
  return {
    roster: inputs.schools,
    townships: options.townships ? inputs.townships : null,
    population: options.population ? inputs.population : null,
    rules: inputs.ruleSet,
    settings: { ...embeddedDistrict(), rosterFile: inputs.paths.schools.split(/[\\/]/).pop() ?? '' },
    candidates: [],
  };
}

/** The address the CLI reads a configuration against: its relative URLs stay relative when written. */
const CONFIG_BASE = 'http://publication.invalid/';

/**
 * The deployment's `atlas.config.json` (from --config, else the one in dist) joined with the
 * --basemap file, as the browser's 发布一张图 joins them.
 * @throws UnreadableInput when a file given cannot be read (why on stderr)
 */
async function deploymentFiles(options: PublishOptions, stderr: CommandStreams['stderr']) {
  const configPath = options.config ?? join(options.dist, ATLAS_CONFIG_FILE);
  let config = DEFAULT_ATLAS_CONFIG;
  if (options.config || existsSync(configPath)) {
    const input = await readInput(configPath, '', stderr);
    const read = readAtlasConfig(new TextDecoder('utf-8').decode(input.bytes), CONFIG_BASE);
    for (const problem of read.messages) write(stderr, problem);
    config = read.config;
  }
  let basemap: BasemapToPublish | null = null;
  if (options.basemap) {
    const input = await readInput(options.basemap, '', stderr);
    const blob = new Blob([input.bytes as Uint8Array<ArrayBuffer>]);
    const header = await readBasemapArchive(new BlobArchiveSource(input.name, blob), input.name);
    if (!header.ok) {
      write(stderr, header.message);
      throw new UnreadableInput(input.path);
    }
    basemap = {
      name: input.name,
      info: header.info,
      shown: true,
      bytes: input.bytes.byteLength,
      read: async () => input.bytes,
    };
  }
  // The command line copies a file of any size: the browser's packing limit is not its own.
  return publishedDeploymentFiles(config, CONFIG_BASE, basemap, Number.POSITIVE_INFINITY);
}

/** Builds the app when the folder has none; false (why on stderr) when that fails. */
async function ensureBuilt(dist: string, stderr: CommandStreams['stderr']): Promise<boolean> {
  if (existsSync(join(dist, 'index.html'))) return true;
  write(stderr, message('publishCliBuilding', { dist }));
  try {
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
    return existsSync(join(dist, 'index.html'));
  } catch (error) {
    write(stderr, message('publishCliNoBuild', { dist, problem: errorMessage(error) }));
    return false;
  }
}

/** Runs the command; returns the exit status. */
export async function run(args: string[], streams: CommandStreams): Promise<number> {
  const { stderr } = streams;
  const options = readCommandLine(args, streams, USAGE, parsePublishArguments);
  if (typeof options === 'number') return options;
  try {
    // Inputs first: a file that cannot be read stops the command before any build or write.
    const contents = await readContents(options, stderr);
    if (!(await ensureBuilt(options.dist, stderr))) return 1;
    const district = contents.settings.districtName;
    const data = writePublishedData(contents, {
      title: options.title ?? zh(message('publishTitleDefault', { district })),
      unit: options.unit ?? zh(message('publishUnitDefault', { district })),
    });
    const { manifest } = data;
    const readme = translate('zh-CN', 'publishReadme', {
      title: manifest.title,
      unit: manifest.unit,
      date: publicationDay(manifest.updatedOn),
      id: manifest.id,
    });
    const deployment = await deploymentFiles(options, stderr);
    const extras = [...publicationExtraFiles(zh(message('publishReadmeFile')), readme), ...deployment.files];
    const published = await writePublicationFolder(options.out, options.dist, data, extras);
    write(
      stderr,
      message('publishCliWritten', {
        folder: options.out,
        schools: manifest.schoolCount,
        date: publicationDay(manifest.updatedOn),
        id: manifest.id,
      }),
    );
    if (published.previous) write(stderr, message('publishCliPrevious', { folder: published.previous }));
    write(stderr, deployment.note);
    return 0;
  } catch (error) {
    // An unreadable input has said why on stderr already.
    if (!(error instanceof UnreadableInput)) {
      write(stderr, message('publishCliFailed', { problem: errorMessage(error) }));
    }
    return 1;
  }
}
