/**
 * The embedded default data set of 港南区: outline, approximate township boundaries, seat points
 * and the sample roster. Imported lazily so it lands in its own chunk, served from the app's origin.
 */

import district from '../../geodata/district.geojson?raw';
import schoolsCsv from '../../geodata/schools.sample.csv?raw';
import townshipSeats from '../../geodata/township-seats.geojson?raw';
import townships from '../../geodata/townships.geojson?raw';
import type { PopulationData } from '../domain/population.ts';
import type { DistrictCollection, TownshipCollection, TownshipSeatCollection } from '../domain/township.ts';

/** The raw default files, ready for the readers in io/. */
export interface DefaultDataset {
  rosterFile: string;
  rosterText: string;
  district: DistrictCollection;
  townships: TownshipCollection;
  seats: TownshipSeatCollection;
  /** The modelled default population (labelled as a model), or null when none ships. */
  population: PopulationData | null;
}

/** The default data set, parsed from the embedded files. */
export function loadDefaultDataset(): DefaultDataset {
  return {
    rosterFile: 'schools.sample.csv',
    rosterText: schoolsCsv,
    district: JSON.parse(district) as DistrictCollection,
    townships: JSON.parse(townships) as TownshipCollection,
    seats: JSON.parse(townshipSeats) as TownshipSeatCollection,
    population: null,
  };
}
