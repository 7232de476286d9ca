/**
 * The catalogue key of each road class: the classes are data (国道 … 其他, as files and rule sets
 * write them), their names on screen follow the language.
 */
import type { RoadClass } from '../../domain/road-network.ts';
import type { MessageKey } from '../../i18n/index.ts';

/** Catalogue key of each road class's name. */
export const ROAD_CLASS_KEYS: Record<RoadClass, MessageKey> = {
  国道: 'travelClassNational',
  省道: 'travelClassProvincial',
  县道: 'travelClassCounty',
  乡道: 'travelClassTownship',
  村道: 'travelClassVillage',
  其他: 'travelClassOther',
};
