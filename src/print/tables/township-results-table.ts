/** The township × rule results of one scenario as a spreadsheet table. */
import type { DistrictAnalysis } from '../../analysis/analyze-district.ts';
import type { RuleResult } from '../../analysis/evaluate-township-rule.ts';
import { distanceLegend } from '../../domain/distance-legend.ts';
import { SERVICE_KINDS } from '../../domain/radius.ts';
import { type Language, serviceKindLabel, translateMessage } from '../../i18n/index.ts';
import { isoDate, printedScenarioTitle, ruleTitle, translatorFor } from '../page-content.ts';
import {
  numberCell,
  type SheetCell,
  type SheetColumn,
  type SheetTable,
  shareCell,
  textCell,
} from './sheet-table.ts';

function measureCell(rule: RuleResult, value: number | null): SheetCell {
  return rule.measure === 'population-coverage' ? shareCell(value) : numberCell(value);
}

/** A median distance: whole metres, or minutes to one decimal under road time. */
function medianCell(median: number | null, road: boolean): number | null {
  if (median === null) return null;
  return road ? Math.round(median * 10) / 10 : Math.round(median);
}

/**
 * One row per township: population, schools, each enabled township rule (result, actual,
 * required) and the coverage of every service kind (radius, share, uncovered population,
 * median distance), then a 全区 row; the scenario, rule set, population and date above. In the
 * interface language; rule titles and township names as the data has them.
 * @example townshipResultsTable(analysis, '港南区', new Date(), 'zh-CN').rows.length // townships + 1
 */
export function townshipResultsTable(
  analysis: DistrictAnalysis,
  districtName: string,
  date: Date,
  language: Language,
): SheetTable {
  const t = translatorFor(language);
  const yesNo = (value: boolean) => textCell(t(value ? 'printYes' : 'printNo'));
  const resultText = (rule: RuleResult) =>
    t(rule.pass === null ? 'printNotApplicable' : rule.pass ? 'printPass' : 'printFail');
  const rules = analysis.townships[0]?.rules ?? [];
  // Under road time the radius and the median are minutes: the headers say so.
  const road = analysis.distance.model === 'road';
  const columns: SheetColumn[] = [
    { header: t('printHeaderTownshipCode'), width: 12 },
    { header: t('printHeaderTownshipName'), width: 12 },
    { header: t('printHeaderUrban'), width: 6 },
    { header: t('printHeaderPopulation'), width: 10 },
    { header: t('printHeaderPopulous'), width: 9 },
    { header: t('printHeaderSchoolCount'), width: 8 },
    ...rules.flatMap((rule) => {
      const title = ruleTitle(rule, language, analysis.distance);
      return [
        { header: t('printHeaderRuleResult', { rule: title }), width: Math.max(12, title.length * 2 + 4) },
        { header: t('printHeaderRuleActual', { rule: title }), width: 10 },
        { header: t('printHeaderRuleRequired', { rule: title }), width: 10 },
      ];
    }),
    ...SERVICE_KINDS.flatMap((serviceKind) => {
      const kind = serviceKindLabel(language, serviceKind);
      return [
        { header: t(road ? 'travelHeaderThreshold' : 'printHeaderRadius', { kind }), width: 12 },
        { header: t('printHeaderCoverage', { kind }), width: 10 },
        { header: t('printHeaderUncovered', { kind }), width: 12 },
        { header: t(road ? 'travelHeaderMedianTime' : 'printHeaderMedianDistance', { kind }), width: 12 },
      ];
    }),
  ];
  const rows: SheetCell[][] = analysis.townships.map((township) => [
    textCell(township.code),
    textCell(township.name),
    yesNo(township.urban),
    numberCell(Math.round(township.population)),
    yesNo(township.populous),
    numberCell(township.counts.total),
    ...township.rules.flatMap((rule) => [
      textCell(resultText(rule)),
      measureCell(rule, rule.actual),
      measureCell(rule, rule.required),
    ]),
    ...SERVICE_KINDS.flatMap((kind) => {
      const coverage = township.coverage[kind];
      return [
        numberCell(coverage.radius),
        shareCell(coverage.share),
        numberCell(coverage.uncovered === null ? null : Math.round(coverage.uncovered)),
        numberCell(medianCell(coverage.distance.median, road)),
      ];
    }),
  ]);
  rows.push([
    null,
    textCell(t('printDistrictRow')),
    null,
    numberCell(Math.round(analysis.district.population)),
    null,
    numberCell(analysis.district.schools),
    ...rules.flatMap(() => [null, null, null]),
    ...SERVICE_KINDS.flatMap((kind) => {
      const coverage = analysis.district.coverage[kind];
      return [
        null,
        shareCell(coverage.share),
        numberCell(coverage.uncovered === null ? null : Math.round(coverage.uncovered)),
        numberCell(medianCell(coverage.distance.median, road)),
      ];
    }),
  ]);
  return {
    sheetName: t('printSheetTownshipResults'),
    title: t('printTableTownshipResultsTitle', { district: districtName }),
    context: [
      t('printContextScenario', { scenario: printedScenarioTitle(analysis.scenario, language) }),
      t('travelContextDistance', { legend: translateMessage(language, distanceLegend(analysis.distance)) }),
      t('printContextRuleSet', { ruleSet: analysis.ruleSetId }),
      t('printContextPopulation', { population: analysis.population.label }),
      t('printContextExportDate', { date: isoDate(date) }),
    ],
    columns,
    rows,
  };
}
