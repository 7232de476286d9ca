/** The plan's district targets and their progress as a spreadsheet table. */
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import type { Scenario } from '../../domain/scenario.ts';
import type { Language } from '../../i18n/index.ts';
import { isoDate, printedScenarioTitle, translatorFor } from '../page-content.ts';
import { numberCell, type SheetCell, type SheetTable, textCell } from './sheet-table.ts';

/**
 * One row per district target of the plan (from `evaluateTargets`): the goal, the roster counts
 * by project status, what is done now and after the plan, and whether each meets the goal.
 * The counts read the project statuses, so they are the same in both scenarios; the sheet still
 * names the scenario on screen, for the record of what was looked at. In the interface
 * language; the targets' titles, units and notes as the rule set has them.
 */
export function planProgressTable(
  targets: readonly TargetProgress[],
  planTitle: string,
  scenario: Scenario,
  date: Date,
  language: Language,
): SheetTable {
  const t = translatorFor(language);
  const metText = (met: boolean | null) => t(met === null ? 'printNotEntered' : met ? 'printYes' : 'printNo');
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
    sheetName: t('printSheetPlanProgress'),
    title: t('printTablePlanProgressTitle', { plan: planTitle }),
    context: [
      t('printContextProgressScenario', { scenario: printedScenarioTitle(scenario, language) }),
      t('printContextExportDate', { date: isoDate(date) }),
    ],
    columns: [
      { header: t('printHeaderTarget'), width: 30 },
      { header: t('printHeaderUnit'), width: 6 },
      { header: t('printHeaderTargetValue'), width: 8 },
      { header: t('printHeaderExisting'), width: 7 },
      { header: t('printHeaderCompleted'), width: 7 },
      { header: t('printHeaderConstruction'), width: 7 },
      { header: t('printHeaderPlanned'), width: 7 },
      { header: t('printHeaderAchieved'), width: 9 },
      { header: t('printHeaderAfterPlan'), width: 10 },
      { header: t('printHeaderMet'), width: 9 },
      { header: t('printHeaderMetAfterPlan'), width: 13 },
      { header: t('printHeaderNote'), width: 40 },
    ],
    rows,
  };
}
