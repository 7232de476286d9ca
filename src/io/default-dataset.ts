/**
 * The embedded default data set of 港南区: outline, approximate township boundaries, seat points,
 * the sample roster, the modelled population, the plan's rule set and the 郁江 (a labelled reference layer and the barrier a road must cross). Imported lazily so it lands in its own chunk, served from the app's origin.
 * The roster and the rule set come already read (at build time, by the app's own readers:
 * `scripts/prepared-data.ts`).
 */

import district from '../../geodata/district.geojson?raw';
import populationModel from '../../geodata/population.model.json?raw';
import yujiang from '../../geodata/rivers/yujiang-ne10m.geojson?raw';
import embeddedRuleSet from '../../geodata/rules/gangnan-2018-2020.json?rule-set';
import schoolsRoster from '../../geodata/schools.sample.csv?roster';
import placedLabels from '../../geodata/township-seats.geojson?placed-labels';
import townshipSeats from '../../geodata/township-seats.geojson?raw';
import townships from '../../geodata/townships.geojson?raw';
import villages from '../../geodata/villages.json?raw';
import { notePlacedLabels } from '../analysis/placed-labels.ts';
import type { PopulationData } from '../domain/population.ts';
import {
  REFERENCE_KIND_STYLES,
  type ReferenceFeatures,
  type ReferenceLayer,
} from '../domain/reference-layer.ts';
import type { BarrierLayer } from '../domain/road-network.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { School } from '../domain/school.ts';
import type {
  DistrictCollection,
  TownshipCollection,
  TownshipSeatCollection,
  Village,
} from '../domain/township.ts';
import { type BarrierLines, barrierOfLines, YUJIANG_FILE, YUJIANG_SOURCE } from './barrier-lines.ts';
import type { ImportResult } from './import-result.ts';

/** The raw default files, ready for the readers in io/. */
export interface DefaultDataset {
  rosterFile: string;
  /** The roster as `readRoster` reads the file (read when the app is built). */
  roster: ImportResult<School>;
  district: DistrictCollection;
  townships: TownshipCollection;
  seats: TownshipSeatCollection;
  /** The modelled default population (labelled as a model in the file and in its label). */
  population: PopulationData;
  /** The rule set of the 2018–2020 plan (read when the app is built). */
  ruleSet: RuleSet;
  /** The villages and communities (村委会/居委会) with their township codes, for search. */
  villages: Village[];
  /** Reference layers shown by default: the 郁江 centreline, labelled. */
  referenceLayers: ReferenceLayer[];
  /** Lines only a road crosses: the same 郁江 centreline (Natural Earth, public domain). */
  barriers: BarrierLayer[];
}

/**
 * The 郁江 as a reference layer: a context line at district scale, not a survey. The same file
 * and source as the default barrier, so the river drawn is the river a road must cross.
 */
function yujiangLayer(lines: ReferenceFeatures): ReferenceLayer {
  return {
    id: 'ref-1',
    // The river's name, as its label says it: data, not a text of the atlas.
    name: '郁江',
    kind: 'river',
    ...REFERENCE_KIND_STYLES.river,
    labelField: 'name_zh',
    visible: true,
    file: YUJIANG_FILE,
    source: YUJIANG_SOURCE,
    features: lines,
  };
}

/** The default data set, parsed from the embedded files. */
export function loadDefaultDataset(): DefaultDataset {
  const dataset: DefaultDataset = {
    rosterFile: schoolsRoster.file,
    // A copy: the store keeps its records, and a later reset starts from the file's again.
    roster: structuredClone(schoolsRoster),
    district: JSON.parse(district) as DistrictCollection,
    townships: JSON.parse(townships) as TownshipCollection,
    seats: JSON.parse(townshipSeats) as TownshipSeatCollection,
    population: JSON.parse(populationModel) as PopulationData,
    ruleSet: structuredClone(embeddedRuleSet),
    villages: JSON.parse(villages) as Village[],
    referenceLayers: [yujiangLayer(JSON.parse(yujiang) as ReferenceFeatures)],
    barriers: [barrierOfLines(JSON.parse(yujiang) as BarrierLines, YUJIANG_FILE, YUJIANG_SOURCE)],
  };
  // The names placed when the app was built, for these very objects while the schools stand.
  notePlacedLabels(dataset.district, dataset.townships, dataset.seats, placedLabels);
  return dataset;
}
