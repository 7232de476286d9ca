/** Scratch: step-by-step processor time of the province (not part of the bench). */

import { loadavg } from 'node:os';
import { syntheticProvince } from './travel-province.ts';
import { measureProvinceSteps } from './travel-province-steps.ts';

const province = syntheticProvince();
const runs = Number(process.argv[2] ?? 3);
const { current, previous, agreeing } = measureProvinceSteps(province, runs);
for (const key of ['build', 'snapPoints', 'snapSchools', 'search', 'placeTimes', 'total'] as const) {
  console.log(
    key.padEnd(12),
    'prev cpu',
    previous[key].cpuMs.toFixed(0).padStart(6),
    'wall',
    previous[key].ms.toFixed(0).padStart(6),
    '| now cpu',
    current[key].cpuMs.toFixed(0).padStart(6),
    'wall',
    current[key].ms.toFixed(0).padStart(6),
  );
}
console.log(
  'agreeing',
  agreeing,
  'load',
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' '),
);
