/**
 * The overview's township pass/fail grid as plain rows: one row a township, one cell an enabled
 * township rule, for the scenario on screen, with the other scenario's outcome where it differs.
 * Pure: the grid, the township slides and their tests share it.
 */
import type { TownshipAnalysis } from '../../analysis/analyze-district.ts';
import type { RuleResult } from '../../analysis/evaluate-township-rule.ts';
import type { AnalysisPair } from '../../analysis/run-analysis-pair.ts';
import type { ScenarioKind } from '../../domain/scenario.ts';

/** A rule's outcome: passes, fails, or does not apply (e.g. not a 人口大镇). */
export type CellStatus = 'pass' | 'fail' | 'na';

/** A grid column: one enabled township rule. */
export interface GridColumn {
  id: string;
  title: string;
  titleEnglish: string | null;
}

/** One township × rule cell. */
export interface GridCell {
  ruleId: string;
  measure: RuleResult['measure'];
  status: CellStatus;
  /** The outcome in the other scenario (规划完成后 when 现状 is shown, and the reverse). */
  otherStatus: CellStatus;
  /** True when the rule goes from ✗ to ✓ or from ✓ to ✗ between the scenarios. */
  changed: boolean;
  /** Count of matching schools, or the covered share 0–1; null when nothing was measured. */
  actual: number | null;
  required: number;
}

/** One township's row. */
export interface GridRow {
  code: string;
  name: string;
  urban: boolean;
  populous: boolean;
  cells: GridCell[];
  /** Rules that apply in the scenario shown. */
  applicable: number;
  /** Rules that apply and fail in the scenario shown. */
  failed: number;
}

/** The whole grid. */
export interface TownshipGrid {
  columns: GridColumn[];
  rows: GridRow[];
  /** Townships where every applicable rule passes, in each scenario. */
  townshipsPassing: Record<ScenarioKind, number>;
}

/** A rule result's status. */
export function cellStatus(pass: boolean | null | undefined): CellStatus {
  if (pass === null || pass === undefined) return 'na';
  return pass ? 'pass' : 'fail';
}

function passesAll(township: TownshipAnalysis): boolean {
  return township.rules.every((rule) => rule.pass !== false);
}

/**
 * The grid for the scenario shown: every township of that analysis in its order, every enabled
 * township rule in rule-set order. A cell is `changed` when the rule is fixed or broken between
 * 现状 and 规划完成后 (the pair's comparison decides, as in the analysis table).
 * @example buildTownshipGrid(pair, 'current').rows.find((row) => row.name === '瓦塘镇')?.cells[1] // { ruleId: 'public-central-kindergarten', status: 'fail', otherStatus: 'pass', changed: true, … }
 */
export function buildTownshipGrid(pair: AnalysisPair, shown: ScenarioKind): TownshipGrid {
  const analysis = pair[shown];
  const comparisons = new Map(pair.comparison.townships.map((township) => [township.code, township]));
  const columns: GridColumn[] = (analysis.townships[0]?.rules ?? []).map((rule) => ({
    id: rule.id,
    title: rule.title,
    titleEnglish: rule.titleEnglish,
  }));
  const rows = analysis.townships.map((township): GridRow => {
    const comparison = comparisons.get(township.code);
    const cells = township.rules.map((rule): GridCell => {
      const compared = comparison?.rules.find((item) => item.ruleId === rule.id);
      const other = shown === 'current' ? compared?.after : compared?.before;
      return {
        ruleId: rule.id,
        measure: rule.measure,
        status: cellStatus(rule.pass),
        otherStatus: compared ? cellStatus(other) : cellStatus(rule.pass),
        changed: compared?.change === 'fixed' || compared?.change === 'broken',
        actual: rule.actual,
        required: rule.required,
      };
    });
    return {
      code: township.code,
      name: township.name,
      urban: township.urban,
      populous: township.populous,
      cells,
      applicable: cells.filter((cell) => cell.status !== 'na').length,
      failed: cells.filter((cell) => cell.status === 'fail').length,
    };
  });
  return {
    columns,
    rows,
    townshipsPassing: {
      current: pair.current.townships.filter(passesAll).length,
      planned: pair.planned.townships.filter(passesAll).length,
    },
  };
}
