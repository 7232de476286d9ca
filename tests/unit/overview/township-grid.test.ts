/** The overview's grid and coverage figures on the embedded sample data, 现状 against 规划完成后. */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDistrict } from '../../../src/analysis/analyze-district.ts';
import { compareAnalyses } from '../../../src/analysis/compare-analyses.ts';
import type { AnalysisPair } from '../../../src/analysis/run-analysis-pair.ts';
import {
  chartTownships,
  districtCoverageRows,
  townshipCoverageRows,
} from '../../../src/components/overview/coverage-chart.ts';
import { buildTownshipGrid, cellStatus } from '../../../src/components/overview/township-grid.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { withRuleEnabled } from '../../../src/domain/rules.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO } from '../../../src/domain/scenario.ts';
import {
  defaultPopulation,
  defaultRuleSet,
  defaultSchools,
  defaultTownships,
} from '../analysis/default-inputs.ts';

const WATANG = '450803107';
const JIANGNAN = '450803001';
let pair: AnalysisPair;

beforeAll(async () => {
  const common = {
    schools: await defaultSchools(),
    townships: defaultTownships(),
    population: defaultPopulation(),
    // One rule switched off: the grid shows the enabled rules only.
    ruleSet: withRuleEnabled(defaultRuleSet(), 'coverage-middle', false),
    radii: DEFAULT_SERVICE_RADII,
  };
  const current = analyzeDistrict({ ...common, scenario: CURRENT_SCENARIO });
  const planned = analyzeDistrict({ ...common, scenario: PLANNED_SCENARIO });
  pair = { current, planned, comparison: compareAnalyses(current, planned) };
});

describe('township grid', () => {
  it('has a row a township and a column an enabled township rule', () => {
    const grid = buildTownshipGrid(pair, 'current');
    expect(grid.rows.map((row) => row.code)).toEqual(pair.current.townships.map((township) => township.code));
    expect(grid.columns.map((column) => column.id)).toEqual([
      'boarding-primary',
      'public-central-kindergarten',
      'populous-town-new-kindergartens',
      'coverage-kindergarten',
      'coverage-primary',
    ]);
    for (const row of grid.rows)
      expect(row.cells.map((cell) => cell.ruleId)).toEqual(grid.columns.map((c) => c.id));
  });

  it('marks 瓦塘镇 ✗ now and ✓ after the plan as a change, seen from either scenario', () => {
    const now = buildTownshipGrid(pair, 'current').rows.find((row) => row.code === WATANG);
    const after = buildTownshipGrid(pair, 'planned').rows.find((row) => row.code === WATANG);
    expect(now?.cells[1]).toMatchObject({
      ruleId: 'public-central-kindergarten',
      status: 'fail',
      otherStatus: 'pass',
      changed: true,
      actual: 0,
      required: 1,
    });
    expect(after?.cells[1]).toMatchObject({ status: 'pass', otherStatus: 'fail', changed: true, actual: 1 });
  });

  it('leaves a rule failing in both scenarios unmarked, and counts failures per row', () => {
    const row = buildTownshipGrid(pair, 'planned').rows.find((item) => item.code === JIANGNAN);
    expect(row?.cells[0]).toMatchObject({ status: 'fail', otherStatus: 'fail', changed: false });
    expect(row?.failed).toBe(row?.cells.filter((cell) => cell.status === 'fail').length);
    expect(row?.applicable).toBe(row?.cells.filter((cell) => cell.status !== 'na').length);
    // 江南街道 is not a populous town: that rule does not apply.
    expect(row?.cells[2]?.status).toBe('na');
    // Its primary coverage rises with the plan but fails in both: a changed figure is no change of outcome.
    const before = pair.current.townships.find((item) => item.code === JIANGNAN)?.rules[4];
    expect(row?.cells[4]).toMatchObject({ ruleId: 'coverage-primary', status: 'fail', otherStatus: 'fail' });
    expect(row?.cells[4]?.actual).toBeGreaterThan(before?.actual ?? 1);
    expect(row?.cells[4]?.changed).toBe(false);
  });

  it('counts the townships meeting every rule in each scenario', () => {
    const grid = buildTownshipGrid(pair, 'current');
    const passing = (analysis: typeof pair.current) =>
      analysis.townships.filter((township) => township.rules.every((rule) => rule.pass !== false)).length;
    expect(grid.townshipsPassing).toEqual({ current: passing(pair.current), planned: passing(pair.planned) });
    expect(grid.townshipsPassing.planned).toBeGreaterThanOrEqual(grid.townshipsPassing.current);
  });

  it('reads a missing outcome as not applicable', () => {
    expect([true, false, null, undefined].map(cellStatus)).toEqual(['pass', 'fail', 'na', 'na']);
  });
});

describe('coverage rows', () => {
  it('lists the kinds with a radius, with both scenarios and the change', () => {
    const rows = districtCoverageRows(pair);
    expect(rows.map((row) => row.kind)).toEqual(['kindergarten', 'primary', 'middle']);
    for (const row of rows) {
      expect(row.current).toBe(pair.current.district.coverage[row.kind]);
      expect(row.planned).toBe(pair.planned.district.coverage[row.kind]);
      expect(row.shareChange).toBeCloseTo((row.planned.share ?? 0) - (row.current.share ?? 0));
      // Schools are only added by the plan: coverage never falls.
      expect(row.shareChange ?? -1).toBeGreaterThanOrEqual(0);
    }
  });

  it('gives a township its own rows and the chart its shares', () => {
    const rows = townshipCoverageRows(pair, WATANG);
    const township = pair.current.townships.find((item) => item.code === WATANG);
    expect(rows.find((row) => row.kind === 'primary')?.current).toBe(township?.coverage.primary);
    expect(townshipCoverageRows(pair, '000000000')).toEqual([]);
    const chart = chartTownships(pair, 'kindergarten');
    expect(chart).toHaveLength(9);
    expect(chart.find((item) => item.code === WATANG)?.current).toBe(township?.coverage.kindergarten.share);
  });
});
