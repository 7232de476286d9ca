/**
 * A small atlas for the map tests: a district of two square townships, three schools, one
 * candidate and an analysis in which 乙镇 fails a rule — in a store of its own.
 */

import type { AnalysisPair } from '../../../src/analysis/run-analysis-pair.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { school, smallAnalysis, smallDistrict, twoTownships } from '../print/print-fixtures.ts';

/** Both scenarios from the same small result (the bridge only reads the scenario on screen). */
export function analysisPair(): AnalysisPair {
  const analysis = smallAnalysis();
  return {
    current: analysis,
    planned: { ...analysis, scenario: { kind: 'planned', year: null } },
    comparison: { townships: [], fixed: [], broken: [] },
  };
}

/** A store holding the small atlas, loaded and with an analysis, undo history cleared. */
export function mapStore() {
  const store = createAtlasStore();
  store.setState({
    loadStatus: 'ready',
    district: smallDistrict(),
    townships: twoTownships(),
    schools: [
      school({ code: 'A', name: '甲小学', lon: 109.55, lat: 23.05 }),
      school({ code: 'B', name: '甲幼儿园', type: '幼儿园', lon: 109.56, lat: 23.06 }),
      school({ code: 'C', name: '乙小学', lon: 109.65, lat: 23.05 }),
    ],
    candidates: [
      {
        id: 'C1',
        name: '候选点 1',
        lon: 109.62,
        lat: 23.04,
        type: '小学',
        ownership: '公办',
        boarding: false,
        central: false,
        radius: 1500,
        origin: 'manual',
        note: '',
      },
    ],
    analysis: analysisPair(),
    analysisStatus: 'ready',
  });
  store.temporal.getState().clear();
  return store;
}
