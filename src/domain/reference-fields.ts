/**
 * The attributes of a reference layer's features, for the screen that lets the user choose the
 * field of names: apart from the reader, so that the layer list shown at start does not bring
 * the KML, shapefile and projection readers with it.
 */
import type { ReferenceProperties } from './reference-layer.ts';

/** An attribute and a few of its values, so the user can tell which holds the names. */
export interface ReferenceField {
  name: string;
  samples: string[];
}

/**
 * The attributes of features, each with up to five of its values (from the first 2,000).
 * @example referenceFields(layer.features.features).map((field) => field.name) // ['名称', 'class']
 */
export function referenceFields(features: readonly { properties: ReferenceProperties }[]): ReferenceField[] {
  const fields = new Map<string, Set<string>>();
  for (const feature of features.slice(0, 2000)) {
    for (const [key, value] of Object.entries(feature.properties)) {
      const samples = fields.get(key) ?? new Set<string>();
      fields.set(key, samples);
      if (value !== null && value !== '' && samples.size < 5) samples.add(String(value));
    }
  }
  return [...fields].map(([name, samples]) => ({ name, samples: [...samples] }));
}
