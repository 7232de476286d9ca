/** The seat forecast of the embedded data (现状, default settings and radii), for the print tests. */
import { forecastSeatBalance, type SeatForecast } from '../../../src/analysis/seats/forecast-seat-balance.ts';
import { prepareSeatAnalysis } from '../../../src/analysis/seats/prepare-seat-analysis.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';
import { defaultPopulation, defaultSchools, defaultTownships } from '../analysis/default-inputs.ts';

/** The forecast the 学位 view shows for 现状 on the embedded data. */
export async function defaultSeatForecast(): Promise<SeatForecast> {
  return forecastSeatBalance(
    prepareSeatAnalysis({
      schools: await defaultSchools(),
      townships: defaultTownships(),
      population: defaultPopulation(),
      settings: DEFAULT_SEAT_SETTINGS,
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    }),
  );
}
