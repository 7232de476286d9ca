/**
 * Inputs for the document writer tests: the print snapshot of the embedded 港南区 data (sample
 * roster, approximate townships, modelled population, the 2018–2020 rules) analysed as the app
 * does, the embedded fonts, a small map picture, and readers for the written files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { analyzeDistrict } from '../../../../src/analysis/analyze-district.ts';
import { assignTownships } from '../../../../src/analysis/assign-townships.ts';
import { filterSchools } from '../../../../src/analysis/filter-schools.ts';
import { NO_FILTERS } from '../../../../src/domain/filters.ts';
import { describePopulation } from '../../../../src/domain/population.ts';
import { DEFAULT_PRINT_CHOICES } from '../../../../src/domain/print-choices.ts';
import { DEFAULT_SERVICE_RADII } from '../../../../src/domain/radius.ts';
import type { Scenario } from '../../../../src/domain/scenario.ts';
import type { DistrictCollection } from '../../../../src/domain/township.ts';
import type { Language } from '../../../../src/i18n/index.ts';
import type { DocumentFonts, MapPicture } from '../../../../src/print/documents/document-model.ts';
import type { PrintSettings } from '../../../../src/print/plan-pages.ts';
import { resolvePrintSettings } from '../../../../src/print/print-choices.ts';
import type { PrintSnapshot } from '../../../../src/print/print-snapshot.ts';
import { encodeRgbPng } from '../../../fixtures-basemap/tile-png.ts';
import {
  defaultPopulation,
  defaultRuleSet,
  defaultSchools,
  defaultTownships,
  repositoryPath,
} from '../../analysis/default-inputs.ts';

const require = createRequire(import.meta.url);

/** The fonts the app ships for PDFs, read from the npm package the build takes them from. */
export function documentFonts(): DocumentFonts {
  const read = (path: string) => new Uint8Array(readFileSync(require.resolve(path)));
  return {
    regular: read('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    bold: read('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
  };
}

/** A small RGB PNG: a pale paper colour with a darker band, standing in for a drawn map. */
export function testPicture(width = 240, height = 160, metresPerPixel: number | null = 120): MapPicture {
  const png = encodeRgbPng(width, height, (x, y) => (Math.abs(x - y) < 6 ? [90, 120, 160] : [233, 230, 223]));
  return { bytes: new Uint8Array(png), format: 'png', width, height, dpi: 96, metresPerPixel };
}

/** The print snapshot of the embedded data in a scenario and language, as the print view takes it. */
export async function districtSnapshot(
  language: Language = 'zh-CN',
  scenario: Scenario = { kind: 'current', year: null },
): Promise<PrintSnapshot> {
  const schools = await defaultSchools();
  const townships = defaultTownships();
  const ruleSet = defaultRuleSet();
  const population = defaultPopulation();
  const schoolTownships = assignTownships(schools, townships);
  const analysis = analyzeDistrict({
    schools,
    townships,
    population,
    ruleSet,
    radii: DEFAULT_SERVICE_RADII,
    scenario,
  });
  const district = JSON.parse(
    readFileSync(repositoryPath('geodata/district.geojson'), 'utf8'),
  ) as DistrictCollection;
  return {
    language,
    scenario,
    kind: 'primary',
    schools,
    visible: filterSchools(schools, schoolTownships, NO_FILTERS, scenario),
    schoolTownships,
    district,
    seatForecast: null,
    townships,
    seats: null,
    analysis,
    ruleSet,
    analysisLayers: null,
    flagged: new Set(),
    serviceCircles: null,
    gaps: null,
    failures: new Map(),
    districtName: '港南区',
    rosterFile: 'schools.sample.csv',
    sample: true,
    population: describePopulation(population, true),
    approximate: true,
    tiandituKey: null,
    basemap: null,
    referenceLayers: [],
    optimisation: null,
  };
}

/** The print view's default settings for a snapshot, on a fixed date. */
export function defaultSettings(snapshot: PrintSnapshot, dpi = 150): PrintSettings {
  return resolvePrintSettings({ ...DEFAULT_PRINT_CHOICES, dpi }, snapshot, new Date(2026, 10, 28));
}

/** Runs of Chinese: ideographs, CJK punctuation and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;

/**
 * The Chinese left in a document's text once the snapshot's data is taken out — the district's,
 * townships' and schools' names, the rule set's own words, the roster's values: what an English
 * document must not hold (it is the atlas's own words, untranslated).
 */
export function chineseBesideData(text: string, snapshot: PrintSnapshot): string[] {
  const values = new Set<string>([snapshot.districtName, snapshot.rosterFile]);
  for (const feature of snapshot.townships?.features ?? []) values.add(feature.properties.name);
  for (const school of snapshot.schools) {
    for (const value of Object.values(school)) if (typeof value === 'string') values.add(value);
  }
  const rules = snapshot.ruleSet;
  if (rules) {
    values.add(rules.title);
    if (rules.source) values.add(rules.source);
    for (const item of [...rules.rules, ...rules.targets]) {
      values.add(item.title);
      if (item.note) values.add(item.note);
    }
  }
  let rest = text;
  for (const value of [...values].filter(Boolean).sort((a, b) => b.length - a.length))
    rest = rest.split(value).join(' ');
  return [...rest.matchAll(CHINESE)].map((match) => {
    const start = Math.max(0, (match.index ?? 0) - 20);
    return rest.slice(start, (match.index ?? 0) + match[0].length + 20);
  });
}
