/** Background, the grey mask outside the district, and the district outline. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_BACKGROUND,
  LAYER_DISTRICT_FILL,
  LAYER_DISTRICT_LINE,
  LAYER_DISTRICT_MASK,
  SOURCE_DISTRICT,
  SOURCE_DISTRICT_MASK,
} from './ids.ts';

/**
 * Layers under everything else. With an online basemap the district fill is left out so the
 * basemap shows through, and the mask only dims what lies outside.
 */
export function baseLayers(theme: Theme, withBasemap: boolean): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    { id: LAYER_BACKGROUND, type: 'background', paint: { 'background-color': theme.background } },
  ];
  if (!withBasemap) {
    layers.push({
      id: LAYER_DISTRICT_FILL,
      type: 'fill',
      source: SOURCE_DISTRICT,
      paint: { 'fill-color': theme.districtFill },
    });
  }
  layers.push({
    id: LAYER_DISTRICT_MASK,
    type: 'fill',
    source: SOURCE_DISTRICT_MASK,
    paint: { 'fill-color': theme.outsideDistrict, 'fill-opacity': withBasemap ? 0.55 : 1 },
  });
  return layers;
}

/** The district outline, drawn above the township lines. */
export function districtLineLayer(theme: Theme): LayerSpecification {
  return {
    id: LAYER_DISTRICT_LINE,
    type: 'line',
    source: SOURCE_DISTRICT,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': theme.districtLine,
      'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.5, 14, 3.5],
    },
  };
}
