/**
 * The print maps' style: `buildStyle` — the screen's own style — with every source's data
 * inline and the analysis layers as they are on the page, plus the feature-state that colours
 * townships by rule result and highlights an atlas page's township.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import { buildOutsideMask } from '../analysis/build-outside-mask.ts';
import type { DistrictCollection } from '../domain/township.ts';
import { buildStyle } from '../map/build-style.ts';
import { districtLabelFeatures } from '../map/district-label.ts';
import { SOURCE_TOWNSHIPS } from '../map/layers/ids.ts';
import { schoolFeatures } from '../map/school-features.ts';
import { townshipLabelFeatures } from '../map/township-labels.ts';
import type { FeatureStateEntry } from './feature-states.ts';
import type { PrintSnapshot } from './print-snapshot.ts';

/** Sources whose feature-state the print maps set. */
export const PRINT_STATE_SOURCES: readonly string[] = [SOURCE_TOWNSHIPS];

const masks = new WeakMap<DistrictCollection, FeatureCollection>();
const styles = new WeakMap<PrintSnapshot, Map<string, StyleSpecification>>();

function outsideMask(district: DistrictCollection): FeatureCollection {
  let mask = masks.get(district);
  if (!mask) {
    mask = { type: 'FeatureCollection', features: [buildOutsideMask(district)] };
    masks.set(district, mask);
  }
  return mask;
}

/**
 * The style of a snapshot, with its data inline. The same snapshot and glyph URL give the same
 * object, so the pages of an atlas do not make the map compare or reload its data.
 */
export function printStyle(snapshot: PrintSnapshot, glyphsUrl: string): StyleSpecification {
  const cached = styles.get(snapshot)?.get(glyphsUrl);
  if (cached) return cached;
  const layers = snapshot.analysisLayers;
  const optimisation = snapshot.optimisation;
  const districtLabel = snapshot.district ? districtLabelFeatures(snapshot.district, snapshot.seats) : null;
  const style = buildStyle({
    glyphsUrl,
    basemap: snapshot.basemap,
    referenceLayers: snapshot.referenceLayers,
    analysis: {
      ruleFill: layers?.ruleFill ?? false,
      circles: layers?.circles ?? false,
      gaps: layers?.gaps ?? false,
      flags: layers?.flags ?? false,
      isochrones: layers?.isochrones ?? false,
      roads: layers?.roads ?? false,
    },
    data: {
      ...(snapshot.district
        ? { district: snapshot.district, districtMask: outsideMask(snapshot.district) }
        : {}),
      ...(snapshot.townships ? { townships: snapshot.townships } : {}),
      ...(snapshot.seats
        ? {
            townshipLabels: townshipLabelFeatures(
              snapshot.seats,
              snapshot.townships,
              snapshot.schools,
              districtLabel,
            ),
          }
        : {}),
      ...(districtLabel ? { districtLabel } : {}),
      reference: Object.fromEntries(snapshot.referenceLayers.map((layer) => [layer.id, layer.features])),
      schools: schoolFeatures(snapshot.schools, snapshot.visible, snapshot.flagged),
      ...(snapshot.serviceCircles ? { serviceCircles: snapshot.serviceCircles } : {}),
      ...(snapshot.gaps ? { gaps: snapshot.gaps } : {}),
      ...(optimisation?.suggestedSites ? { suggestedSites: optimisation.suggestedSites } : {}),
      ...(optimisation?.consolidation ? { consolidation: optimisation.consolidation } : {}),
      ...(snapshot.roads ? { roads: snapshot.roads } : {}),
      ...(snapshot.isochrones ? { isochrones: snapshot.isochrones } : {}),
      ...(snapshot.hiddenGaps ? { hiddenGaps: snapshot.hiddenGaps } : {}),
    },
    // The planning layers (suggested sites, consolidation arrows) when one is in hand.
    candidates: optimisation !== null,
  });
  const byUrl = styles.get(snapshot) ?? new Map<string, StyleSpecification>();
  byUrl.set(glyphsUrl, style);
  styles.set(snapshot, byUrl);
  return style;
}

/** Feature-state for a page: rule results per township, and the page's township highlighted. */
export function printFeatureStates(
  snapshot: PrintSnapshot,
  highlightTownship: string | null,
): FeatureStateEntry[] {
  const entries: FeatureStateEntry[] = [];
  for (const [code, failures] of snapshot.failures) {
    entries.push({ source: SOURCE_TOWNSHIPS, id: code, state: { failures } });
  }
  if (highlightTownship)
    entries.push({ source: SOURCE_TOWNSHIPS, id: highlightTownship, state: { selected: true } });
  return entries;
}
