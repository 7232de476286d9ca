/** The plan's district targets and their progress as a spreadsheet table. */
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import type { Scenario } from '../../domain/scenario.ts';
import { scenarioTitle } from '../../domain/scenario.ts';
import { isoDate } from '../page-content.ts';
import { numberCell, type SheetCell, type SheetTable, textCell } from './sheet-table.ts';

/** The sheet's name. */
export const PLAN_PROGRESS_SHEET = '规划进度';

function metText(met: boolean | null): string {
  return met === null ? '未填报' : met ? '是' : '否';
}

/**
 * One row per district target of the plan (from `evaluateTargets`): the goal, the roster counts
 * by project status, what is done now and after the plan, and whether each meets the goal.
 * The counts read the project statuses, so they are the same in both scenarios; the sheet still
 * names the scenario on screen, for the record of what was looked at.
 */
export function planProgressTable(
  targets: readonly TargetProgress[],
  planTitle: string,
  scenario: Scenario,
  date: Date,
): SheetTable {
  const rows: SheetCell[][] = targets.map((target) => [
    textCell(target.title),
    textCell(target.unit),
    numberCell(target.target),
    numberCell(target.counts?.existing ?? null),
    numberCell(target.counts?.completed ?? null),
    numberCell(target.counts?.construction ?? null),
    numberCell(target.counts?.planned ?? null),
    numberCell(target.achieved),
    numberCell(target.afterPlan),
    textCell(metText(target.met)),
    textCell(metText(target.metAfterPlan)),
    textCell(target.note ?? ''),
  ]);
  return {
    sheetName: PLAN_PROGRESS_SHEET,
    title: `${planTitle}：规划目标进度`,
    context: [
      `情景：${scenarioTitle(scenario)}（进度按名录中的项目状态统计，不随情景变化）`,
      `导出日期：${isoDate(date)}`,
    ],
    columns: [
      { header: '目标', width: 30 },
      { header: '单位', width: 6 },
      { header: '目标值', width: 8 },
      { header: '现有', width: 7 },
      { header: '已竣工', width: 7 },
      { header: '在建', width: 7 },
      { header: '规划', width: 7 },
      { header: '现已完成', width: 9 },
      { header: '规划完成后', width: 10 },
      { header: '现已达标', width: 9 },
      { header: '规划完成后达标', width: 13 },
      { header: '说明', width: 40 },
    ],
    rows,
  };
}
