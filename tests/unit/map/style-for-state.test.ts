/** Which style each screen's map shows, and which image names are school icons. */
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { SCHOOL_STATES } from '../../../src/domain/school.ts';
import {
  LAYER_CANDIDATE_POINT,
  LAYER_GAPS,
  LAYER_SCHOOL_FLAG,
  LAYER_SEAT_GAPS,
  LAYER_SEAT_UTILISATION,
  LAYER_SERVICE_CIRCLE_FILL,
  LAYER_TIANDITU_VECTOR,
  LAYER_TOWNSHIP_RULE_FILL,
} from '../../../src/map/layers/ids.ts';
import { schoolIconOf } from '../../../src/map/school-icons.ts';
import { type StyleState, styleForState, styleInputForState } from '../../../src/map/style-for-state.ts';
import { DEFAULT_THEME, schoolIconName } from '../../../src/map/theme.ts';

const GLYPHS = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';
const ALL_LAYERS = { circles: true, gaps: true, ruleFill: true, isochrones: true, roads: true };

function state(change: Partial<StyleState>): StyleState {
  return {
    view: 'map',
    analysisLayers: ALL_LAYERS,
    basemapEnabled: false,
    tiandituKey: '',
    seatLayers: { utilisation: true, withoutSeat: true },
    ...change,
  };
}

function visibility(style: ReturnType<typeof styleForState>, id: string): string | undefined {
  const layer = style.layers.find((item) => item.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return (layer.layout as { visibility?: string } | undefined)?.visibility ?? 'visible';
}

describe('the style for the store', () => {
  it('draws the seat layers on 学位 only, as switched', () => {
    expect(visibility(styleForState(state({ view: 'analysis' }), GLYPHS), LAYER_SEAT_GAPS)).toBe('none');
    const seats = styleForState(
      state({ view: 'seats', seatLayers: { utilisation: true, withoutSeat: false } }),
      GLYPHS,
    );
    expect(validateStyleMin(seats)).toEqual([]);
    expect(visibility(seats, LAYER_SEAT_UTILISATION)).toBe('visible');
    expect(visibility(seats, LAYER_SEAT_GAPS)).toBe('none');
  });

  it('draws the analysis layers on 分析 and 选址 only, as switched, and the rule fill on 概览', () => {
    const map = styleForState(state({ view: 'map' }), GLYPHS);
    expect(validateStyleMin(map)).toEqual([]);
    for (const id of [LAYER_SERVICE_CIRCLE_FILL, LAYER_GAPS, LAYER_TOWNSHIP_RULE_FILL, LAYER_SCHOOL_FLAG]) {
      expect(visibility(map, id), id).toBe('none');
    }
    const analysis = styleForState(
      state({ view: 'analysis', analysisLayers: { ...ALL_LAYERS, gaps: false } }),
      GLYPHS,
    );
    expect(visibility(analysis, LAYER_SERVICE_CIRCLE_FILL)).toBe('visible');
    expect(visibility(analysis, LAYER_GAPS)).toBe('none');
    expect(visibility(analysis, LAYER_SCHOOL_FLAG)).toBe('visible');
    const overview = styleInputForState(state({ view: 'overview' }), GLYPHS);
    expect(overview.analysis).toEqual({
      ruleFill: true,
      circles: false,
      gaps: false,
      flags: false,
      isochrones: false,
      roads: false,
    });
  });

  it('draws the candidates on 选址 only', () => {
    expect(visibility(styleForState(state({ view: 'planning' }), GLYPHS), LAYER_CANDIDATE_POINT)).toBe(
      'visible',
    );
    expect(visibility(styleForState(state({ view: 'analysis' }), GLYPHS), LAYER_CANDIDATE_POINT)).toBe(
      'none',
    );
  });

  it('adds the online basemap only when it is switched on with a key', () => {
    const ids = (change: Partial<StyleState>) =>
      styleForState(state(change), GLYPHS).layers.map((layer) => layer.id);
    expect(ids({ tiandituKey: 'key', basemapEnabled: false })).not.toContain(LAYER_TIANDITU_VECTOR);
    expect(ids({ tiandituKey: 'key', basemapEnabled: true })).toContain(LAYER_TIANDITU_VECTOR);
  });
});

describe('school icon names', () => {
  it('recognise every type and state the theme draws, and nothing else', () => {
    for (const type of Object.keys(DEFAULT_THEME.schoolTypes) as (keyof typeof DEFAULT_THEME.schoolTypes)[]) {
      for (const schoolState of SCHOOL_STATES) {
        expect(schoolIconOf(schoolIconName(type, schoolState))).toEqual({ type, state: schoolState });
      }
    }
    expect(schoolIconOf('school-primary-ruined')).toBeNull();
    expect(schoolIconOf('school-castle-existing')).toBeNull();
    expect(schoolIconOf('marker')).toBeNull();
  });
});
