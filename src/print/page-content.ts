/**
 * What a printed page says besides the map: the legend rows (from the layers and schools drawn,
 * with counts), the small tables of atlas pages, and the default title, subtitle, compiling unit
 * and data-source texts. Pure: plain data in, plain data out, in the interface language.
 */
import type { DistrictAnalysis, TownshipAnalysis } from '../analysis/analyze-district.ts';
import type { RuleResult } from '../analysis/evaluate-township-rule.ts';
import type { SeatForecast } from '../analysis/seats/forecast-seat-balance.ts';
import { distanceLegend } from '../domain/distance-legend.ts';
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import type { MessageValue } from '../domain/message.ts';
import { SERVICE_KINDS, type ServiceKind } from '../domain/radius.ts';
import type { Scenario } from '../domain/scenario.ts';
import { SCHOOL_TYPES } from '../domain/school.ts';
import {
  type Language,
  localRuleTitle,
  schoolTypeLabel,
  serviceKindLabel,
  translateMessage,
  translateValue,
} from '../i18n/index.ts';
import { seatPageRows } from './seat-page-rows.ts';
import { translatorFor } from './translator.ts';

// File names live beside the page's texts for the callers that import them from here.
export { exportFileName, fileStem, isoDate } from './export-file-name.ts';
// The legend rows live in their own file; callers import them from here as before.
export {
  buildLegendEntries,
  type LegendEntry,
  type LegendInput,
  type LegendSwatch,
  type PrintedAnalysisLayers,
} from './legend-entries.ts';

export { type Translate, translatorFor } from './translator.ts';

/** The locale whose number and date conventions a page follows. */
const LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/**
 * A scenario's name as a page prints it: 现状, 规划完成后（截至2019年）…
 * @example printedScenarioTitle({ kind: 'planned', year: 2019 }, 'zh-CN') // '规划完成后（截至2019年）'
 */
export function printedScenarioTitle(scenario: Scenario, language: Language): string {
  const t = translatorFor(language);
  const name = t(scenario.kind === 'current' ? 'printScenarioCurrent' : 'printScenarioPlanned');
  return scenario.year === null ? name : t('printScenarioByYear', { scenario: name, year: scenario.year });
}

/** A table row; `status` colours the result cell. */
export interface PageTableRow {
  cells: string[];
  status?: 'pass' | 'fail' | 'na';
}

/** A small table on a page: a title, a header and rows; columns share the width by weight. */
export interface PageTable {
  title: string;
  columns: string[];
  weights: number[];
  /** The column a row's `status` colours. */
  statusColumn: number;
  rows: PageTableRow[];
}

/** A share as a percentage with one decimal, — for none. */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)}%`;
}

/** A count rounded, with the language's thousands separators, — for none. */
export function formatCount(value: number | null, language: Language): string {
  return value === null ? '—' : Math.round(value).toLocaleString(LOCALES[language]);
}

/** A radius in metres or, from 1 km, kilometres, in the language. */
export function formatMetres(metres: number, language: Language): string {
  const t = translatorFor(language);
  return metres >= 1000
    ? t('printRadiusKilometres', { value: metres / 1000 })
    : t('printRadiusMetres', { value: metres });
}

/**
 * A rule's title in the language (the English title when the rule set has one), under the
 * analysis's distance model: by road time a coverage rule says the mode's time on roads.
 */
export function ruleTitle(
  rule: RuleResult,
  language: Language,
  distance: DistanceModel = STRAIGHT_LINE,
): string {
  return localRuleTitle(language, rule, distance);
}

/** A rule result as a table row's status. */
export function ruleStatus(rule: RuleResult): 'pass' | 'fail' | 'na' {
  return rule.pass === null ? 'na' : rule.pass ? 'pass' : 'fail';
}

/** A rule's actual against its requirement (1 / 1, 72.3% / 90.0%); empty when not applicable. */
export function ruleValue(rule: RuleResult): string {
  if (rule.pass === null) return '';
  if (rule.measure === 'population-coverage')
    return `${formatShare(rule.actual)} / ${formatShare(rule.required)}`;
  return `${rule.actual ?? '—'} / ${rule.required}`;
}

/**
 * The table of a township's atlas page: each enabled township rule (达标 / 未达标 / 不适用 with
 * actual vs required), the coverage of each kind that has a radius, its schools, and with a seat
 * forecast its seat balance per stage (`seatPageRows`).
 */
export function townshipPageTable(
  township: TownshipAnalysis,
  analysis: DistrictAnalysis,
  language: Language,
  seats: SeatForecast | null = null,
): PageTable {
  const t = translatorFor(language);
  const resultText = { pass: t('printPass'), fail: t('printFail'), na: t('printNotApplicable') };
  const rows: PageTableRow[] = township.rules.map((rule) => {
    const status = ruleStatus(rule);
    return {
      cells: [ruleTitle(rule, language, analysis.distance), resultText[status], ruleValue(rule)],
      status,
    };
  });
  const road = analysis.distance.model === 'road';
  const legend = translateMessage(language, distanceLegend(analysis.distance));
  for (const kind of SERVICE_KINDS) {
    const coverage = township.coverage[kind];
    if (coverage.radius === null || coverage.share === null) continue;
    rows.push({
      cells: [
        road
          ? t('travelPrintCoverageRow', {
              kind: serviceKindLabel(language, kind),
              minutes: coverage.radius,
              legend,
            })
          : t('printCoverageRow', {
              kind: serviceKindLabel(language, kind),
              radius: formatMetres(coverage.radius, language),
            }),
        formatShare(coverage.share),
        t('printUncovered', { count: formatCount(coverage.uncovered, language) }),
      ],
    });
  }
  const types = SCHOOL_TYPES.filter((type) => township.counts.types[type] > 0)
    .map((type) => `${schoolTypeLabel(language, type)} ${township.counts.types[type]}`)
    .join(t('printListComma'));
  rows.push({
    cells: [t('printSchoolsRow'), t('printSchoolsCount', { count: township.counts.total }), types],
  });
  if (seats) rows.push(...seatPageRows(seats, township.code, language));
  return {
    title: t('printTableTownshipTitle', {
      township: township.name,
      scenario: printedScenarioTitle(analysis.scenario, language),
    }),
    columns: [t('printColumnItem'), t('printColumnResult'), t('printColumnValue')],
    weights: [0.5, 0.2, 0.3],
    statusColumn: 1,
    rows,
  };
}

/** The overview page's table: per township, its schools, rules passed and the coverage of `kind`. */
export function overviewPageTable(
  analysis: DistrictAnalysis,
  kind: ServiceKind,
  language: Language,
): PageTable {
  const t = translatorFor(language);
  const rows: PageTableRow[] = analysis.townships.map((township) => {
    const applicable = township.rules.filter((rule) => rule.pass !== null);
    const passed = applicable.filter((rule) => rule.pass === true).length;
    return {
      cells: [
        township.name,
        String(township.counts.total),
        t('printRulesPassed', { passed, applicable: applicable.length }),
        formatShare(township.coverage[kind].share),
      ],
      status: applicable.length === 0 ? 'na' : passed === applicable.length ? 'pass' : 'fail',
    };
  });
  return {
    title: t('printTableOverviewTitle', { scenario: printedScenarioTitle(analysis.scenario, language) }),
    columns: [
      t('printColumnTownship'),
      t('printColumnSchools'),
      t('printColumnRulesPassed'),
      t('printColumnCoverage', { kind: serviceKindLabel(language, kind) }),
    ],
    weights: [0.34, 0.16, 0.24, 0.26],
    statusColumn: 2,
    rows,
  };
}

/** Number of rows the layout must reserve for a table: its header and its rows. */
export function tableRowCount(table: PageTable | null): number {
  return table ? table.rows.length + 1 : 0;
}

/**
 * The default title from the current view: 港南区学校布局现状图 for 现状, …规划图 for 规划完成后.
 * @example defaultTitle('港南区', { kind: 'current', year: null }, 'zh-CN') // '港南区学校布局现状图'
 */
export function defaultTitle(districtName: string, scenario: Scenario, language: Language): string {
  const t = translatorFor(language);
  return t(scenario.kind === 'current' ? 'printDefaultTitleCurrent' : 'printDefaultTitlePlanned', {
    district: districtName,
  });
}

/**
 * The default subtitle: the scenario (规划完成后（截至2019年）…), with the service kind when the
 * analysis layers are printed.
 * @example defaultSubtitle({ kind: 'planned', year: null }, null, 'zh-CN') // '规划完成后'
 */
export function defaultSubtitle(
  scenario: Scenario,
  analysisKind: ServiceKind | null,
  language: Language,
  distance: DistanceModel = STRAIGHT_LINE,
): string {
  const t = translatorFor(language);
  const name = printedScenarioTitle(scenario, language);
  if (analysisKind === null) return name;
  const kind = serviceKindLabel(language, analysisKind);
  return distance.model === 'road'
    ? t('travelPrintSubtitle', {
        scenario: name,
        kind,
        legend: translateMessage(language, distanceLegend(distance)),
      })
    : t('printSubtitleAnalysis', { scenario: name, kind });
}

/** A township page's title: the page title with the township's name. */
export function townshipTitle(title: string, townshipName: string, language: Language): string {
  return translatorFor(language)('printTownshipTitle', { title, township: townshipName });
}

/** The default compiling unit: the district's education bureau. */
export function defaultUnit(districtName: string, language: Language): string {
  return translatorFor(language)('printDefaultUnit', { district: districtName });
}

/**
 * The default data-source line: the roster (marked when it is sample data) and the population,
 * described briefly in the page's language (`describePopulation(population, true)`).
 * @example defaultSource('schools.sample.csv', true, message('populationModelBrief'), 'en') // 'school roster schools.sample.csv (sample data); population district total from the 2020 census, distribution modelled'
 */
export function defaultSource(
  rosterFile: string,
  sample: boolean,
  population: MessageValue | null,
  language: Language,
): string {
  const t = translatorFor(language);
  const roster = `${rosterFile}${sample ? t('printSampleSuffix') : ''}`;
  const described = population === null ? '' : translateValue(language, population);
  return described
    ? t('printSourceWithPopulation', { roster, population: described })
    : t('printSourceRoster', { roster });
}

/**
 * A date as the page prints it, in local time, as the language writes dates in documents.
 * @example formatPrintDate(new Date(2026, 10, 28), 'zh-CN') // '2026年11月28日'
 * @example formatPrintDate(new Date(2026, 10, 28), 'en') // '28 November 2026'
 */
export function formatPrintDate(date: Date, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(date);
}
