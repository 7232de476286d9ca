/** The township × rule results of one scenario as a spreadsheet table. */

import type { DistrictAnalysis } from '../../analysis/analyze-district.ts';
import type { RuleResult } from '../../analysis/evaluate-township-rule.ts';
import { SERVICE_KIND_NAMES, SERVICE_KINDS } from '../../domain/radius.ts';
import { translateMessage } from '../../i18n/index.ts';
import { isoDate } from '../page-content.ts';
import {
  numberCell,
  type SheetCell,
  type SheetColumn,
  type SheetTable,
  shareCell,
  textCell,
} from './sheet-table.ts';

/** The sheet's name. */
export const TOWNSHIP_RESULTS_SHEET = '乡镇规则检查';

function resultText(rule: RuleResult): string {
  return rule.pass === null ? '不适用' : rule.pass ? '达标' : '未达标';
}

function measureCell(rule: RuleResult, value: number | null): SheetCell {
  return rule.measure === 'population-coverage' ? shareCell(value) : numberCell(value);
}

/**
 * One row per township: population, schools, each enabled township rule (result, actual,
 * required) and the coverage of every service kind (radius, share, uncovered population,
 * median distance), then a 全区 row; the scenario, rule set, population and date above.
 * @example townshipResultsTable(analysis, '港南区', new Date()).rows.length // townships + 1
 */
export function townshipResultsTable(
  analysis: DistrictAnalysis,
  districtName: string,
  date: Date,
): SheetTable {
  const rules = analysis.townships[0]?.rules ?? [];
  const columns: SheetColumn[] = [
    { header: '乡镇代码', width: 12 },
    { header: '乡镇名称', width: 12 },
    { header: '城区', width: 6 },
    { header: '人口', width: 10 },
    { header: '人口大镇', width: 9 },
    { header: '学校数', width: 8 },
    ...rules.flatMap((rule) => [
      { header: `${rule.title}·结果`, width: Math.max(12, rule.title.length * 2 + 4) },
      { header: `${rule.title}·实际`, width: 10 },
      { header: `${rule.title}·要求`, width: 10 },
    ]),
    ...SERVICE_KINDS.flatMap((kind) => [
      { header: `${SERVICE_KIND_NAMES[kind]}服务半径（米）`, width: 12 },
      { header: `${SERVICE_KIND_NAMES[kind]}覆盖率`, width: 10 },
      { header: `${SERVICE_KIND_NAMES[kind]}未覆盖人口`, width: 12 },
      { header: `${SERVICE_KIND_NAMES[kind]}中位距离（米）`, width: 12 },
    ]),
  ];
  const rows: SheetCell[][] = analysis.townships.map((township) => [
    textCell(township.code),
    textCell(township.name),
    textCell(township.urban ? '是' : '否'),
    numberCell(Math.round(township.population)),
    textCell(township.populous ? '是' : '否'),
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
        numberCell(coverage.distance.median === null ? null : Math.round(coverage.distance.median)),
      ];
    }),
  ]);
  rows.push([
    null,
    textCell('全区'),
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
        numberCell(coverage.distance.median === null ? null : Math.round(coverage.distance.median)),
      ];
    }),
  ]);
  return {
    sheetName: TOWNSHIP_RESULTS_SHEET,
    title: `${districtName}各乡镇规划规则检查结果`,
    context: [
      `情景：${translateMessage('zh-CN', analysis.scenarioTitle)}`,
      `规则集：${analysis.ruleSetId}`,
      `人口：${analysis.population.label}`,
      `导出日期：${isoDate(date)}`,
    ],
    columns,
    rows,
  };
}
