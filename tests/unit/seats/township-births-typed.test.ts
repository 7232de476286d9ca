/**
 * Births per township typed in the 学位 view: each cell is one undoable edit of the forecast's
 * assumptions (no longer the imported file's alone), an emptied cell gives the year back to the
 * district's figures, and years whose townships exceed the district's figure are found.
 */
import { describe, expect, it } from 'vitest';
import { birthsAboveDistrict, NO_FORECAST_ASSUMPTIONS } from '../../../src/domain/seats.ts';
import { readSeatForecastFromLink, seatForecastLinkParts } from '../../../src/io/seat-forecast-url.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { TWO_TOWNSHIPS } from '../school-fixtures.ts';

const [FIRST = '', SECOND = ''] = TWO_TOWNSHIPS.features.map((feature) => feature.properties.code);

describe('births per township typed in the store', () => {
  it('sets, replaces and clears a cell, each one undo step', () => {
    const store = createAtlasStore();
    store.getState().replaceData({ townships: TWO_TOWNSHIPS });
    store.setState({
      seatForecast: {
        ...NO_FORECAST_ASSUMPTIONS,
        townshipBirths: { [SECOND]: { 2022: 300 } },
        birthsFile: '出生.csv',
      },
    });
    store.temporal.getState().clear();
    const { setSeatTownshipBirths } = store.getState();
    setSeatTownshipBirths(FIRST, 2021, 640);
    setSeatTownshipBirths(FIRST, 2022, 610);
    setSeatTownshipBirths(FIRST, 2021, 650);
    expect(store.getState().seatForecast.townshipBirths).toEqual({
      [FIRST]: { 2021: 650, 2022: 610 },
      [SECOND]: { 2022: 300 },
    });
    // Edited by hand: the figures are no longer the file's alone.
    expect(store.getState().seatForecast.birthsFile).toBeNull();
    setSeatTownshipBirths(SECOND, 2022, null);
    // A township without figures is left out, not kept as an empty record.
    expect(store.getState().seatForecast.townshipBirths).toEqual({ [FIRST]: { 2021: 650, 2022: 610 } });
    expect(store.temporal.getState().pastStates).toHaveLength(4);
    store.temporal.getState().undo();
    expect(store.getState().seatForecast.townshipBirths[SECOND]).toEqual({ 2022: 300 });
    store.temporal.getState().undo();
    expect(store.getState().seatForecast.townshipBirths[FIRST]).toEqual({ 2021: 640, 2022: 610 });
    store.temporal.getState().undo(2);
    expect(store.getState().seatForecast).toEqual({
      ...NO_FORECAST_ASSUMPTIONS,
      townshipBirths: { [SECOND]: { 2022: 300 } },
      birthsFile: '出生.csv',
    });
  });

  it('travel in the link like imported ones', () => {
    const store = createAtlasStore();
    store.getState().replaceData({ townships: TWO_TOWNSHIPS });
    store.getState().setSeatTownshipBirths(FIRST, 2023, 512);
    const parts = new URLSearchParams(seatForecastLinkParts(store.getState().seatForecast));
    const back = readSeatForecastFromLink(parts);
    expect(back.assumptions?.townshipBirths).toEqual({ [FIRST]: { 2023: 512 } });
  });
});

describe('birthsAboveDistrict', () => {
  it('names the years whose townships add up to more than the district', () => {
    expect(
      birthsAboveDistrict(
        { 2024: 100, 2023: 100, 2025: 90 },
        { a: { 2023: 60, 2024: 50, 2025: 45 }, b: { 2023: 50, 2024: 50, 2026: 999 } },
      ),
    ).toEqual([{ year: 2023, townships: 110, district: 100 }]);
  });

  it('finds none without a district figure for the year, or when the sum equals it', () => {
    expect(birthsAboveDistrict({}, { a: { 2023: 60 } })).toEqual([]);
    expect(birthsAboveDistrict({ 2023: 110 }, { a: { 2023: 60 }, b: { 2023: 50 } })).toEqual([]);
  });
});
