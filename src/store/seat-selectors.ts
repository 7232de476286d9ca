/** Derived values of the 学位 view, memoised so components and the bridge share them. */
import type { FeatureCollection } from 'geojson';
import type { SeatForecast, StageForecast } from '../analysis/seats/forecast-seat-balance.ts';
import type { StageSeatBalance } from '../analysis/seats/measure-seat-balance.ts';
import { seatGapFeatures, seatSchoolFeatures } from '../map/seat-features.ts';
import type { AtlasState } from './index.ts';
import { memoize } from './selectors.ts';

/** The forecast of the scenario on screen (现状 or 规划完成后), or null before the first run. */
export function selectSeatForecast(state: AtlasState): SeatForecast | null {
  return state.seatAnalysis?.[state.scenario.kind] ?? null;
}

/** The forecast year shown: the chosen one when the forecast has it, else the base year. */
export function selectSeatYear(state: AtlasState): number | null {
  const forecast = selectSeatForecast(state);
  if (!forecast) return null;
  return state.seatYear !== null && forecast.years.includes(state.seatYear)
    ? state.seatYear
    : forecast.baseYear;
}

/** The chosen stage over every year, or null. */
export function selectStageForecast(state: AtlasState): StageForecast | null {
  return selectSeatForecast(state)?.stages.find((stage) => stage.stage === state.seatStage) ?? null;
}

/** The chosen stage in the year shown, or null (no result yet, or the stage cannot be weighed). */
export function selectStageBalance(state: AtlasState): StageSeatBalance | null {
  const forecast = selectSeatForecast(state);
  const year = selectSeatYear(state);
  if (!forecast || year === null) return null;
  return selectStageForecast(state)?.years[forecast.years.indexOf(year)] ?? null;
}

/** The schools of the stage as points coloured by how full they are, for the map. */
export const selectSeatSchoolFeatures: (state: AtlasState) => FeatureCollection = memoize(
  (state) => [selectStageBalance(state), state.schools] as const,
  ([balance, schools]) =>
    balance ? seatSchoolFeatures(balance, schools) : { type: 'FeatureCollection', features: [] },
);

/** The places with children left without a seat, for the map. */
export const selectSeatGapFeatures: (state: AtlasState) => FeatureCollection = memoize(
  (state) => [selectStageBalance(state), state.seatAnalysis] as const,
  ([balance, analysis]) =>
    balance && analysis
      ? seatGapFeatures(balance, analysis.places)
      : { type: 'FeatureCollection', features: [] },
);
