/**
 * The seats slice (学位供需): which stage and forecast year the 学位 view shows, the forecast's
 * assumptions, the layers drawn, and the latest results as the worker returned them.
 */
import type { StateCreator } from 'zustand';
import type { SeatScenarios } from '../analysis/seats/analyse-seat-scenarios.ts';
import type { CandidateSeatReport } from '../analysis/seats/assess-candidate-seats.ts';
import type { Message } from '../domain/message.ts';
import type { SeatStage } from '../domain/seats.ts';
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
  /** Annual change of births assumed by the forecast (−0.03 = 3 % fewer each year). */
  seatBirthChange: number;
  /** District births of given years (year → children born), overriding the yearly change for those years. */
  seatBirths: Record<number, number>;
  /** Yearly net migration rate by township code (0.01 = +1 % a year); empty = none. */
  seatMigration: Record<string, number>;
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
  /** Sets the births of a year, or (null) lets the yearly change give them again. */
  setSeatBirths(year: number, births: number | null): void;
  setSeatMigration(code: string, rate: number): void;
  setSeatLayers(change: Partial<SeatLayers>): void;
}

export const createSeatsSlice: StateCreator<AtlasState, [], [], SeatsSlice> = (set, get) => ({
  seatStage: 'primary',
  seatYear: null,
  seatBirthChange: 0,
  seatBirths: {},
  seatMigration: {},
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
  setSeatBirthChange(seatBirthChange) {
    set({ seatBirthChange });
  },
  setSeatBirths(year, births) {
    const { [year]: _old, ...others } = get().seatBirths;
    set({ seatBirths: births === null ? others : { ...others, [year]: births } });
  },
  setSeatMigration(code, rate) {
    const { [code]: _old, ...others } = get().seatMigration;
    set({ seatMigration: rate === 0 ? others : { ...others, [code]: rate } });
  },
  setSeatLayers(change) {
    set({ seatLayers: { ...get().seatLayers, ...change } });
  },
});
