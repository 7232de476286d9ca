/**
 * The print screen's table exports from the store's current state: the township results and
 * the plan progress as one Excel workbook or each as CSV, named in the interface language.
 */
import { evaluateTargets } from '../../analysis/evaluate-targets.ts';
import type { AtlasState } from '../../store/index.ts';
import { selectScenarioAnalysis } from '../../store/selectors.ts';
import { exportFileName, printedScenarioTitle, translatorFor } from '../page-content.ts';
import { planProgressTable } from './plan-progress-table.ts';
import type { SheetTable } from './sheet-table.ts';
import { townshipResultsTable } from './township-results-table.ts';
import { writeTableCsv } from './write-table-csv.ts';
import { writeTablesXlsx } from './write-tables-xlsx.ts';

/** The township results (null before the first analysis) and the plan progress (null without rules). */
export function tablesForState(
  state: AtlasState,
  date: Date,
): { townships: SheetTable | null; progress: SheetTable | null } {
  const analysis = selectScenarioAnalysis(state);
  const districtName = state.dataset?.districtName ?? '';
  return {
    townships: analysis ? townshipResultsTable(analysis, districtName, date, state.language) : null,
    progress: state.ruleSet
      ? planProgressTable(
          evaluateTargets(state.schools, state.ruleSet),
          state.ruleSet.title,
          state.scenario,
          date,
          state.language,
        )
      : null,
  };
}

/** Which tables to export: both as a workbook, or one as CSV. */
export type TableExport = 'xlsx' | 'townships' | 'progress';

/** An exported file. */
export interface ExportedFile {
  fileName: string;
  blob: Blob;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * The file for a table export, dated `date`; null when the table does not exist yet (no
 * analysis, no rule set).
 * @example (await exportTables(state, 'townships', date))?.fileName // '港南区乡镇规则检查_现状_2026-11-28.csv'
 */
export async function exportTables(
  state: AtlasState,
  which: TableExport,
  date: Date,
): Promise<ExportedFile | null> {
  const t = translatorFor(state.language);
  const { townships, progress } = tablesForState(state, date);
  const district = state.dataset?.districtName ?? '';
  const scenario = printedScenarioTitle(state.scenario, state.language);
  if (which === 'xlsx') {
    const tables = [townships, progress].filter((table) => table !== null);
    if (tables.length === 0) return null;
    const bytes = await writeTablesXlsx(tables);
    return {
      fileName: exportFileName(t('printFileAnalysisTables', { district, scenario }), date, 'xlsx'),
      blob: new Blob([bytes as BlobPart], { type: XLSX_TYPE }),
    };
  }
  if (which === 'townships') {
    return townships
      ? {
          fileName: exportFileName(t('printFileTownshipResults', { district, scenario }), date, 'csv'),
          blob: new Blob([writeTableCsv(townships)], { type: CSV_TYPE }),
        }
      : null;
  }
  return progress
    ? {
        fileName: exportFileName(t('printFilePlanProgress', { district }), date, 'csv'),
        blob: new Blob([writeTableCsv(progress)], { type: CSV_TYPE }),
      }
    : null;
}
