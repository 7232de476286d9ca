import { buildRoadGraph } from '../../src/analysis/travel/build-road-graph.ts';
import { prepareTravelNetwork } from '../../src/analysis/travel/prepare-travel-network.ts';
import { snapPlaces } from '../../src/analysis/travel/snap-places.ts';
import { syntheticProvince } from './travel-province.ts';
import { clocked } from './travel-province-steps.ts';

const province = syntheticProvince();
const g = clocked(() => buildRoadGraph(province.network.lines), 3);
console.log('graph', g.cpuMs.toFixed(0), g.ms.toFixed(0));
const b = clocked(() => prepareTravelNetwork({ ...province.network }, province.barriers), 3);
console.log('prepare', b.cpuMs.toFixed(0), b.ms.toFixed(0));
const s = clocked(() => snapPlaces(b.value, province.points), 3);
console.log('snap', s.cpuMs.toFixed(0), s.ms.toFixed(0));

import { buildSegmentIndex } from '../../src/analysis/travel/build-segment-index.ts';

const graph = g.value;
const seg = {
  startLongitudes: Float64Array.from(graph.edgeFrom, (n) => graph.nodeLongitudes[n] ?? 0),
  startLatitudes: Float64Array.from(graph.edgeFrom, (n) => graph.nodeLatitudes[n] ?? 0),
  endLongitudes: Float64Array.from(graph.edgeTo, (n) => graph.nodeLongitudes[n] ?? 0),
  endLatitudes: Float64Array.from(graph.edgeTo, (n) => graph.nodeLatitudes[n] ?? 0),
};
const ix = clocked(() => buildSegmentIndex(seg), 5);
console.log('index', ix.cpuMs.toFixed(0), ix.ms.toFixed(0), ix.value.items.length);
