/**
 * The bridge against a fake map: what the store's changes send to the map (and what they do
 * not send again), and what the pointer's events do to the store.
 */
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { MapBridge } from '../../../src/map/bridge.ts';
import {
  LAYER_CANDIDATE_POINT,
  LAYER_SCHOOL_SYMBOL,
  LAYER_SERVICE_CIRCLE_FILL,
  LAYER_TOWNSHIP_FILL,
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_CANDIDATES,
  SOURCE_CONSOLIDATION,
  SOURCE_DISTRICT,
  SOURCE_DISTRICT_LABEL,
  SOURCE_DISTRICT_MASK,
  SOURCE_GAPS,
  SOURCE_SCHOOLS,
  SOURCE_SERVICE_CIRCLES,
  SOURCE_SUGGESTED_SITES,
  SOURCE_TOWNSHIPS,
} from '../../../src/map/layers/ids.ts';
import { referenceSourceId } from '../../../src/map/layers/reference-layers.ts';
import { styleForState } from '../../../src/map/style-for-state.ts';
import { FakeMap } from './fake-map.ts';
import { mapStore } from './map-fixtures.ts';

const GLYPHS = 'http://127.0.0.1/glyphs/{fontstack}/{range}.pbf';

/** A started bridge on a fake map; frames run when `runFrames()` is called. */
function connect(store = mapStore()) {
  const map = new FakeMap(styleForState(store.getState(), GLYPHS));
  const frames: (() => void)[] = [];
  const bridge = new MapBridge(map.asMap(), store, {
    glyphsUrl: GLYPHS,
    nextFrame: (callback) => frames.push(callback),
  });
  bridge.start();
  const runFrames = () => {
    for (const frame of frames.splice(0)) frame();
  };
  return { map, store, bridge, runFrames };
}

/** The sources every screen fills (the analysis sources only on 分析 and 选址). */
const EVERY_SCREEN_SOURCES = [
  SOURCE_DISTRICT,
  SOURCE_DISTRICT_MASK,
  SOURCE_DISTRICT_LABEL,
  SOURCE_TOWNSHIPS,
  SOURCE_SCHOOLS,
  SOURCE_CANDIDATES,
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_SUGGESTED_SITES,
  SOURCE_CONSOLIDATION,
];

function schoolCodes(map: FakeMap): string[] {
  return (map.lastData(SOURCE_SCHOOLS)?.features ?? []).map((feature) => String(feature.properties?.code));
}

describe('the map bridge: store to map', () => {
  it('sends the areas, the schools and the candidates once the style is loaded, the rule results where the fill shows them', () => {
    const { map, store } = connect();
    expect(new Set(map.sourcesSentSince(0))).toEqual(new Set(EVERY_SCREEN_SOURCES));
    expect(schoolCodes(map)).toEqual(['A', 'B', 'C']);
    // The plain map colours no township: no rule result is set there; 分析 colours them.
    expect(map.featureState(SOURCE_TOWNSHIPS, '450803100')).toEqual({});
    store.getState().setView('analysis');
    map.fire('styledata');
    // 甲镇 passes both applicable rules, 乙镇 fails both.
    expect(map.featureState(SOURCE_TOWNSHIPS, '450803100')).toEqual({ failures: 0 });
    expect(map.featureState(SOURCE_TOWNSHIPS, '450803101')).toEqual({ failures: 2 });
  });

  it('on the plain map, sends nothing for an analysis answer: no flag and no township fill shows it', () => {
    const { map, store } = connect();
    const flagged = () => (map.lastData(SOURCE_SCHOOLS)?.features ?? []).filter((f) => f.properties?.flagged);
    expect(flagged()).toEqual([]);
    const before = map.calls.setData.length;
    const states = map.calls.setFeatureState.length;
    // An answer flagging school A (a class-size rule).
    const pair = store.getState().analysis;
    const schoolFlags = [{ code: 'A' } as NonNullable<typeof pair>['current']['schoolFlags'][number]];
    store.setState({
      analysis: pair && {
        ...pair,
        current: { ...pair.current, schoolFlags },
        planned: { ...pair.planned, schoolFlags },
      },
    });
    expect(map.sourcesSentSince(before)).toEqual([]);
    expect(map.calls.setFeatureState).toHaveLength(states);
    // 分析 draws the flags: the schools go again, A flagged.
    store.getState().setView('analysis');
    map.fire('styledata');
    expect(flagged().map((feature) => feature.properties?.code)).toEqual(['A']);
  });

  it('gives a first style with every source filled, and sends nothing again on load', () => {
    const store = mapStore();
    const map = new FakeMap(styleForState(store.getState(), GLYPHS));
    map.styleLoaded = false;
    const bridge = new MapBridge(map.asMap(), store, { glyphsUrl: GLYPHS, nextFrame: () => {} });
    const style = bridge.firstStyle();
    /** The features a source of the first style carries. */
    const features = (id: string): { properties: Record<string, unknown> | null }[] => {
      const source = style.sources[id];
      const data = source?.type === 'geojson' ? source.data : null;
      return data && typeof data === 'object' && data.type === 'FeatureCollection' ? data.features : [];
    };
    const inStyle = [
      SOURCE_DISTRICT,
      SOURCE_DISTRICT_MASK,
      SOURCE_DISTRICT_LABEL,
      SOURCE_TOWNSHIPS,
      SOURCE_SCHOOLS,
    ];
    for (const id of inStyle) expect([id, features(id).length > 0]).toEqual([id, true]);
    expect(features(SOURCE_SCHOOLS).map((feature) => feature.properties?.code)).toEqual(['A', 'B', 'C']);
    bridge.start();
    map.fire('load');
    // Everything the map draws was in the first style, the empty sources too (candidates,
    // suggested sites, the consolidation's arrows): one more setData would be one more pass of
    // the map's worker and one more frame before the first map is drawn.
    expect(map.sourcesSentSince(0)).toEqual([]);
    // A change after that goes through setData as ever.
    store.getState().setFilters({ types: ['幼儿园'] });
    expect(map.sourcesSentSince(0)).toEqual([SOURCE_SCHOOLS]);
    store.getState().setView('planning');
    map.fire('styledata');
    expect(map.sourcesSentSince(1)).toEqual(expect.arrayContaining([SOURCE_SERVICE_CIRCLES]));
  });

  it('waits for the style to load before sending anything', () => {
    const store = mapStore();
    const map = new FakeMap(styleForState(store.getState(), GLYPHS));
    map.styleLoaded = false;
    new MapBridge(map.asMap(), store, { glyphsUrl: GLYPHS, nextFrame: () => {} }).start();
    expect(map.calls.setData).toEqual([]);
    map.fire('load');
    expect(map.sourcesSentSince(0)).toContain(SOURCE_SCHOOLS);
  });

  it('sends a source again only when what it is made from has changed', () => {
    const { map, store } = connect();
    const before = map.calls.setData.length;
    store.getState().hoverTownship('450803100');
    store.getState().setCamera({ lon: 109.6, lat: 23.05, zoom: 11 });
    expect(map.sourcesSentSince(before)).toEqual([]);
    store.getState().setFilters({ types: ['幼儿园'] });
    expect(map.sourcesSentSince(before)).toEqual([SOURCE_SCHOOLS]);
    expect(schoolCodes(map)).toEqual(['B']);
    // A new analysis result: the gaps (and the school flags) come from it, the circles from
    // the unchanged schools.
    store.getState().setView('analysis');
    map.fire('styledata');
    const afterSwap = map.calls.setData.length;
    const pair = store.getState().analysis;
    store.setState({
      analysis: pair && { ...pair, current: { ...pair.current }, planned: { ...pair.planned } },
    });
    expect(map.sourcesSentSince(afterSwap).sort()).toEqual([SOURCE_GAPS, SOURCE_SCHOOLS]);
  });

  it('adds a reference layer to the style and sends its features once, again only when they change', () => {
    const { map, store } = connect();
    const source = referenceSourceId('ref-1');
    store.getState().replaceData({
      referenceLayers: [
        {
          id: 'ref-1',
          visible: true,
          name: '道路',
          kind: 'road',
          colour: '#b07a3a',
          width: 1.6,
          labelField: 'name',
          file: 'roads.geojson',
          source: 'roads.geojson',
          features: {
            type: 'FeatureCollection',
            features: [
              {
                type: 'Feature',
                properties: { name: 'G209' },
                geometry: {
                  type: 'LineString',
                  coordinates: [
                    [109.6, 23],
                    [109.7, 23.1],
                  ],
                },
              },
            ],
          },
        },
      ],
    });
    expect(map.calls.setStyle.at(-1)?.sources[source]).toBeDefined();
    map.fire('styledata');
    expect(map.lastData(source)?.features).toHaveLength(1);
    const sent = map.calls.setData.length;
    store.getState().updateReferenceLayer('ref-1', { colour: '#000000' });
    map.fire('styledata');
    // The look changed, the features did not: the style changes, the data is sent after the
    // style swap (which empties the sources), and not on its own account.
    expect(map.sourcesSentSince(sent).filter((id) => id === source)).toHaveLength(1);
    store.getState().removeReferenceLayer('ref-1');
    expect(map.calls.setStyle.at(-1)?.sources[source]).toBeUndefined();
  });

  it('marks hover and selection through feature-state, clearing the previous one', () => {
    const { map, store } = connect();
    store.getState().hoverSchool(2);
    expect(map.featureState(SOURCE_SCHOOLS, 2)).toEqual({ hover: true });
    store.getState().hoverSchool(0);
    expect(map.featureState(SOURCE_SCHOOLS, 2)).toEqual({ hover: false });
    expect(map.featureState(SOURCE_SCHOOLS, 0)).toEqual({ hover: true });
    store.getState().select({ kind: 'school', code: 'B' });
    expect(map.featureState(SOURCE_SCHOOLS, 1)).toMatchObject({ selected: true });
    store.getState().select({ kind: 'township', code: '450803101' });
    expect(map.featureState(SOURCE_SCHOOLS, 1)).toMatchObject({ selected: false });
    expect(map.featureState(SOURCE_TOWNSHIPS, '450803101')).toMatchObject({ selected: true });
    store.getState().selectCandidate('C1');
    expect(map.featureState(SOURCE_CANDIDATES, 'C1')).toEqual({ selected: true });
  });

  it('sets the style for the screen and, once it is there, sends every source not sent since', () => {
    const { map, store } = connect();
    expect(map.calls.setStyle).toEqual([]);
    const before = map.calls.setData.length;
    store.getState().setView('analysis');
    const style = map.calls.setStyle.at(-1);
    const circles = style?.layers.find((layer) => layer.id === LAYER_SERVICE_CIRCLE_FILL);
    expect(circles?.layout?.visibility).toBe('visible');
    expect(map.sourcesSentSince(before)).toEqual(
      expect.arrayContaining([SOURCE_SERVICE_CIRCLES, SOURCE_GAPS]),
    );
    // A full swap empties the sources: the rest follows when the style says it is there, and
    // nothing is sent twice.
    map.fire('styledata');
    const sent = map.sourcesSentSince(before);
    expect(new Set(sent)).toEqual(new Set([...EVERY_SCREEN_SOURCES, SOURCE_SERVICE_CIRCLES, SOURCE_GAPS]));
    expect(sent).toHaveLength(new Set(sent).size);
    store.getState().hoverSchool(1);
    expect(map.calls.setStyle).toHaveLength(1);
  });

  it('flies to a focus after the layout has settled, and only to the latest one', () => {
    const { map, store, runFrames } = connect();
    store.getState().focusOn({ kind: 'point', lon: 109.55, lat: 23.05, zoom: 15 });
    expect(map.calls.flyTo).toEqual([]);
    store.getState().focusOn({ kind: 'bounds', bounds: [109.5, 23, 109.6, 23.1] });
    runFrames();
    expect(map.calls.flyTo).toEqual([]);
    expect(map.calls.fitBounds).toHaveLength(1);
    expect(map.calls.resize).toBe(1);
  });

  it('stops: no store change reaches the map and no map event reaches the store', () => {
    const { map, store, bridge } = connect();
    bridge.stop();
    expect(map.listenerCount()).toBe(0);
    const before = map.calls.setData.length;
    store.getState().setFilters({ types: ['幼儿园'] });
    store.getState().setView('analysis');
    expect(map.calls.setData.length).toBe(before);
    expect(map.calls.setStyle).toEqual([]);
  });
});

describe('the map bridge: pointer to store', () => {
  it('opens the school, the township or nothing under a click', () => {
    const { map, store } = connect();
    map.rendered[LAYER_SCHOOL_SYMBOL] = [{ id: 2, properties: { code: 'C' } }];
    map.pointer('click', { lon: 109.65, lat: 23.05 });
    expect(store.getState().selection).toEqual({ kind: 'school', code: 'C' });
    map.rendered[LAYER_SCHOOL_SYMBOL] = [];
    map.rendered[LAYER_TOWNSHIP_FILL] = [{ properties: { code: '450803100' } }];
    map.pointer('click', { lon: 109.55, lat: 23.02 });
    expect(store.getState().selection).toEqual({ kind: 'township', code: '450803100' });
    map.rendered[LAYER_TOWNSHIP_FILL] = [];
    map.pointer('click', { lon: 110, lat: 24 });
    expect(store.getState().selection).toBeNull();
  });

  it('starts a new school where an empty spot is clicked in edit mode, at six decimals', () => {
    const { map, store } = connect();
    store.getState().setEditing(true);
    map.pointer('click', { lon: 109.612345678, lat: 23.0456789 });
    expect(store.getState().draft).toEqual({ mode: 'new', lon: 109.612346, lat: 23.045679 });
  });

  it('on 选址 selects a clicked candidate, or places one while placing', () => {
    const { map, store } = connect();
    store.getState().setView('planning');
    map.rendered[LAYER_CANDIDATE_POINT] = [{ id: 'C1', properties: { id: 'C1' } }];
    map.pointer('click', { lon: 109.62, lat: 23.04 });
    expect(store.getState().selectedCandidate).toBe('C1');
    map.rendered[LAYER_CANDIDATE_POINT] = [];
    store.getState().setPlacingCandidate(true, '候选点');
    map.pointer('click', { lon: 109.58, lat: 23.07 });
    expect(store.getState().candidates.map((candidate) => [candidate.lon, candidate.lat])).toContainEqual([
      109.58, 23.07,
    ]);
  });

  it('drags a school in edit mode: drawn at the pointer, committed once on the drop, the click swallowed', () => {
    const { map, store } = connect();
    store.getState().setEditing(true);
    const steps = store.temporal.getState().pastStates.length;
    const pressed = map.pointer(
      'mousedown',
      { lon: 109.55, lat: 23.05, features: [{ id: 0, properties: { code: 'A' } }] },
      LAYER_SCHOOL_SYMBOL,
    );
    expect(pressed.defaultPrevented).toBe(true);
    expect(map.dragPanEnabled).toBe(false);
    expect(map.canvas.style.cursor).toBe('grabbing');
    map.pointer('mousemove', { lon: 109.57, lat: 23.06 });
    map.pointer('mousemove', { lon: 109.58, lat: 23.07 });
    const drawn = map.lastData(SOURCE_SCHOOLS)?.features[0]?.geometry as Point;
    expect(drawn.coordinates).toEqual([109.58, 23.07]);
    // Nothing is committed while the drag lasts.
    expect(store.getState().schools[0]).toMatchObject({ lon: 109.55, lat: 23.05 });
    map.pointer('mouseup', { lon: 109.58, lat: 23.07 });
    map.rendered[LAYER_TOWNSHIP_FILL] = [{ properties: { code: '450803100' } }];
    map.pointer('click', { lon: 109.58, lat: 23.07 });
    expect(store.getState().schools[0]).toMatchObject({ lon: 109.58, lat: 23.07 });
    expect(store.temporal.getState().pastStates.length).toBe(steps + 1);
    expect(store.getState().selection).toEqual({ kind: 'school', code: 'A' });
    expect(store.getState().draft).toBeNull();
    expect(map.dragPanEnabled).toBe(true);
    expect(map.canvas.style.cursor).toBe('crosshair');
    // The next click is a click again.
    map.rendered[LAYER_TOWNSHIP_FILL] = [];
    map.pointer('click', { lon: 109.6, lat: 23.02 });
    expect(store.getState().draft).toEqual({ mode: 'new', lon: 109.6, lat: 23.02 });
  });

  it('does not drag a school outside edit mode, nor with another button', () => {
    const { map, store } = connect();
    const press = { lon: 109.55, lat: 23.05, features: [{ id: 0, properties: {} }] };
    expect(map.pointer('mousedown', press, LAYER_SCHOOL_SYMBOL).defaultPrevented).toBe(false);
    store.getState().setEditing(true);
    expect(map.pointer('mousedown', { ...press, button: 2 }, LAYER_SCHOOL_SYMBOL).defaultPrevented).toBe(
      false,
    );
    map.pointer('mousemove', { lon: 109.6, lat: 23.06 });
    map.pointer('mouseup', { lon: 109.6, lat: 23.06 });
    expect(store.getState().schools[0]).toMatchObject({ lon: 109.55, lat: 23.05 });
  });

  it('drags a candidate on 选址: the what-if follows the pointer, the drop commits one step', () => {
    const { map, store } = connect();
    store.getState().setView('planning');
    const steps = store.temporal.getState().pastStates.length;
    map.pointer(
      'mousedown',
      { lon: 109.62, lat: 23.04, features: [{ id: 'C1', properties: { id: 'C1' } }] },
      LAYER_CANDIDATE_POINT,
    );
    map.pointer('mousemove', { lon: 109.63, lat: 23.045 });
    expect(store.getState().draggedCandidate).toEqual({ id: 'C1', lon: 109.63, lat: 23.045 });
    const drawn = map.lastData(SOURCE_CANDIDATES)?.features[0]?.geometry as Point;
    expect(drawn.coordinates).toEqual([109.63, 23.045]);
    expect(store.getState().candidates[0]).toMatchObject({ lon: 109.62, lat: 23.04 });
    map.pointer('mouseup', { lon: 109.63, lat: 23.045 });
    expect(store.getState().candidates[0]).toMatchObject({ lon: 109.63, lat: 23.045 });
    expect(store.getState().draggedCandidate).toBeNull();
    expect(store.getState().selectedCandidate).toBe('C1');
    expect(store.temporal.getState().pastStates.length).toBe(steps + 1);
  });

  it('reports hover and the camera to the store', () => {
    const { map, store } = connect();
    map.pointer(
      'mousemove',
      { lon: 109.65, lat: 23.05, features: [{ id: 2, properties: {} }] },
      LAYER_SCHOOL_SYMBOL,
    );
    expect(store.getState().hoveredSchool).toBe(2);
    map.pointer('mouseleave', { lon: 109.65, lat: 23.05 }, LAYER_SCHOOL_SYMBOL);
    expect(store.getState().hoveredSchool).toBeNull();
    map.pointer(
      'mousemove',
      { lon: 109.55, lat: 23.05, features: [{ properties: { code: '450803100' } }] },
      LAYER_TOWNSHIP_FILL,
    );
    expect(store.getState().hoveredTownship).toBe('450803100');
    map.centre = { lng: 109.61, lat: 23.03 };
    map.zoom = 12.5;
    map.fire('moveend');
    expect(store.getState().camera).toEqual({ lon: 109.61, lat: 23.03, zoom: 12.5 });
  });

  it('keeps one cursor: pointer over a school, crosshair to place or add, grab over what drags', () => {
    const { map, store } = connect();
    store.getState().hoverSchool(0);
    expect(map.canvas.style.cursor).toBe('pointer');
    store.getState().setEditing(true);
    expect(map.canvas.style.cursor).toBe('grab');
    store.getState().hoverSchool(null);
    expect(map.canvas.style.cursor).toBe('crosshair');
    store.getState().setEditing(false);
    expect(map.canvas.style.cursor).toBe('');
    store.getState().setView('planning');
    store.getState().setPlacingCandidate(true, '候选点');
    expect(map.canvas.style.cursor).toBe('crosshair');
    map.pointer('mouseenter', { lon: 109.62, lat: 23.04 }, LAYER_CANDIDATE_POINT);
    expect(map.canvas.style.cursor).toBe('grab');
    map.pointer('mouseleave', { lon: 109.62, lat: 23.04 }, LAYER_CANDIDATE_POINT);
    expect(map.canvas.style.cursor).toBe('crosshair');
  });

  it('draws only the school icons the style asks for, once each', () => {
    const { map } = connect();
    map.fire('styleimagemissing', { id: 'some-other-image' });
    expect(map.calls.addImage).toEqual([]);
    map.addImage('school-primary-existing');
    map.fire('styleimagemissing', { id: 'school-primary-existing' });
    expect(map.calls.addImage).toEqual(['school-primary-existing']);
  });
});
