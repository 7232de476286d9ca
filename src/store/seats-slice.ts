/**
 * The seats slice (学位供需): which stage and forecast year the 学位 view shows, the forecast's
 * assumptions, the layers drawn, and the latest results as the worker returned them.
 */
import type { StateCreator } from 'zustand';
import type { SeatScenarios } from '../analysis/seats/analyse-seat-scenarios.ts';
import type { CandidateSeatReport } from '../analysis/seats/assess-candidate-seats.ts';
import type { Message } from '../domain/message.ts';
import { NO_FORECAST_ASSUMPTIONS, type SeatForecastAssumptions, type SeatStage } from '../domain/seats.ts';
import type { AtlasState } from './index.ts';

/** Which seat layers are drawn on the 学位 screen. */
export interface SeatLayers {
  /** Schools of the stage ringed by how full their seats are. */
  utilisation: boolean;
  /** Places with children left without a seat, sized by count, coloured by cause. */
  withoutSeat: boolean;
}

export interface SeatsSlice {
  seatStage: SeatStage;
  /** The forecast year shown; null = the base year of the population. */
  seatYear: number | null;
  /**
   * What the forecast assumes (birth change, births typed or imported, migration): part of the
   * project's data, so it is undone, autosaved and kept in a backup with the rest.
   */
  seatForecast: SeatForecastAssumptions;
  /** A part of the link's forecast that could not be read and was ignored; null when none. */
  seatLinkNote: Message | null;
  seatLayers: SeatLayers;
  seatsStatus: 'idle' | 'running' | 'ready' | 'error';
  seatsError: Message | null;
  /** Both scenarios' forecasts; kept while a newer run is under way. */
  seatAnalysis: SeatScenarios | null;
  /** Children each candidate site would newly give a seat (选址), as the worker last returned it. */
  candidateSeats: CandidateSeatReport | null;
  setSeatStage(stage: SeatStage): void;
  setSeatYear(year: number | null): void;
  setSeatBirthChange(rate: number): void;
  /** Sets the district births of a year, or (null) lets the yearly change give them again. */
  setSeatBirths(year: number, births: number | null): void;
  /** Sets a township's births of a year, or (null) lets the district's figures give them again. */
  setSeatTownshipBirths(code: string, year: number, births: number | null): void;
  /** Drops every births figure, typed or imported. */
  clearSeatBirths(): void;
  setSeatMigration(code: string, rate: number): void;
  setSeatLayers(change: Partial<SeatLayers>): void;
}

export const createSeatsSlice: StateCreator<AtlasState, [], [], SeatsSlice> = (set, get) => ({
  seatStage: 'primary',
  seatYear: null,
  seatForecast: NO_FORECAST_ASSUMPTIONS,
  seatLinkNote: null,
  seatLayers: { utilisation: true, withoutSeat: true },
  seatsStatus: 'idle',
  seatsError: null,
  seatAnalysis: null,
  candidateSeats: null,
  setSeatStage(seatStage) {
    set({ seatStage });
  },
  setSeatYear(seatYear) {
    set({ seatYear });
  },
  setSeatBirthChange(birthChange) {
    set({ seatForecast: { ...get().seatForecast, birthChange } });
  },
  setSeatBirths(year, births) {
    const forecast = get().seatForecast;
    const { [year]: _old, ...others } = forecast.births;
    set({
      // Figures edited by hand are no longer the file's alone.
      seatForecast: {
        ...forecast,
        births: births === null ? others : { ...others, [year]: births },
        birthsFile: null,
      },
    });
  },
  setSeatTownshipBirths(code, year, births) {
    const forecast = get().seatForecast;
    const { [code]: ofTownship = {}, ...otherTownships } = forecast.townshipBirths;
    const { [year]: _old, ...otherYears } = ofTownship;
    const years = births === null ? otherYears : { ...otherYears, [year]: births };
    set({
      seatForecast: {
        ...forecast,
        townshipBirths: Object.keys(years).length > 0 ? { ...otherTownships, [code]: years } : otherTownships,
        birthsFile: null,
      },
    });
  },
  clearSeatBirths() {
    set({ seatForecast: { ...get().seatForecast, births: {}, townshipBirths: {}, birthsFile: null } });
  },
  setSeatMigration(code, rate) {
    const forecast = get().seatForecast;
    const { [code]: _old, ...others } = forecast.migration;
    set({ seatForecast: { ...forecast, migration: rate === 0 ? others : { ...others, [code]: rate } } });
  },
  setSeatLayers(change) {
    set({ seatLayers: { ...get().seatLayers, ...change } });
  },
});
