import { findTravelTimes } from '../../src/analysis/travel/find-travel-times.ts';
import { prepareTravelNetwork } from '../../src/analysis/travel/prepare-travel-network.ts';
import { snapPlaces } from '../../src/analysis/travel/snap-places.ts';
import { minutesPerMetre, weighEdges } from '../../src/analysis/travel/weigh-edges.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../src/domain/travel-settings.ts';
import { findTravelTimes as previous } from './travel-previous-method/find-travel-times.ts';
import { syntheticProvince } from './travel-province.ts';
import { clocked } from './travel-province-steps.ts';

const province = syntheticProvince();
const network = prepareTravelNetwork(province.network, province.barriers);
const schools = snapPlaces(network, province.schools);
const w = weighEdges(network.graph, 'bus', DEFAULT_TRAVEL_SETTINGS);
const off = minutesPerMetre(3);
for (let i = 0; i < 2; i++) {
  const p = clocked(() => previous(network.graph as never, w, schools, off), 3);
  const c = clocked(() => findTravelTimes(network.graph, w, schools, off), 3);
  console.log('search prev', p.cpuMs.toFixed(0), p.ms.toFixed(0), 'now', c.cpuMs.toFixed(0), c.ms.toFixed(0));
}
