/**
 * The sample road network in docs/examples/ (示例, not real roads) and the default barrier: the
 * committed file is what the generator makes, it says it is a sample, it joins up, and only its
 * 国道 crosses the 郁江.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSampleRoadsText, SAMPLE_ROADS_FILE } from '../../../scripts/geodata/build-sample-roads.ts';
import { SAMPLE_ROADS_SOURCE } from '../../../scripts/geodata/generate-sample-roads.ts';
import { loadDefaultDataset } from '../../../src/io/default-dataset.ts';
import { readRoadNetwork } from '../../../src/io/read-road-network.ts';
import { repositoryRoot } from '../geodata/geodata-fixture.ts';

const committed = () => readFileSync(join(repositoryRoot, SAMPLE_ROADS_FILE), 'utf8');

/** Whether segments a–b and c–d cross properly. */
function crosses(a: number[], b: number[], c: number[], d: number[]): boolean {
  const side = (p: number[], q: number[], r: number[]) =>
    Math.sign(
      ((q[0] ?? 0) - (p[0] ?? 0)) * ((r[1] ?? 0) - (p[1] ?? 0)) -
        ((q[1] ?? 0) - (p[1] ?? 0)) * ((r[0] ?? 0) - (p[0] ?? 0)),
    );
  return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}

describe('the sample road network', () => {
  it('is the generator’s output byte for byte (run `npm run geodata` after changing it)', () => {
    expect(committed()).toBe(buildSampleRoadsText(repositoryRoot));
  }, 30_000);

  it('says on every feature and in its name that it is invented, and reads as sample data', async () => {
    const document = JSON.parse(committed());
    expect(document.name).toContain('示例数据');
    expect(
      document.features.every(
        (feature: { properties: { 数据来源: string } }) =>
          feature.properties.数据来源 === SAMPLE_ROADS_SOURCE,
      ),
    ).toBe(true);
    const read = await readRoadNetwork(
      new Uint8Array(readFileSync(join(repositoryRoot, SAMPLE_ROADS_FILE))),
      'gangnan-roads-sample.geojson',
    );
    expect(read.status).toBe('ok');
    if (read.status !== 'ok') return;
    expect(read.network.sample).toBe(true);
    expect(read.report.rejected).toEqual([]);
    expect(read.report.classes.国道.lines).toBe(1);
    // Nine seats joined by a tree: three links on the 国道, five 县道.
    expect(read.report.classes.县道.lines).toBe(5);
    expect(read.report.classes.村道.lines).toBeGreaterThan(100);
    // One network: nearly all of its length hangs together.
    expect(read.report.largestPartShare).toBeGreaterThan(0.95);
  });

  it('crosses the 郁江 on its 国道 only', () => {
    const document = JSON.parse(committed());
    const river = loadDefaultDataset().barriers[0]?.lines[0] ?? [];
    const crossingClasses = new Set<string>();
    for (const feature of document.features) {
      const line: number[][] = feature.geometry.coordinates;
      for (let index = 1; index < line.length; index++) {
        for (let bend = 1; bend < river.length; bend++) {
          if (
            crosses(
              line[index - 1] as number[],
              line[index] as number[],
              river[bend - 1] as number[],
              river[bend] as number[],
            )
          ) {
            crossingClasses.add(feature.properties.道路等级);
          }
        }
      }
    }
    expect([...crossingClasses]).toEqual(['国道']);
  });
});

describe('the default barrier', () => {
  it('is the 郁江 centreline from Natural Earth, with its source', () => {
    const [yujiang] = loadDefaultDataset().barriers;
    expect(yujiang?.source).toContain('Natural Earth');
    expect(yujiang?.lines[0]).toHaveLength(110);
  });
});
