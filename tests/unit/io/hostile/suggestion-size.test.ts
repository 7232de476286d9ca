/**
 * A suggestion whose coverage lists would fill the memory (every candidate of a fine grid within
 * a huge radius of every point) is refused before the lists are built, saying what to change;
 * in the analysis, the CLI and so the app (whose worker replies with the same message).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../../scripts/cli/suggest-command.ts';
import { buildCoverageLists, MAXIMUM_COVERAGE_PAIRS } from '../../../../src/analysis/build-coverage-lists.ts';
import { runCommand } from '../../command-streams.ts';
import { thrownMessage } from '../../messages.ts';

/** A square of n × n points about 100 m apart. */
function square(count: number): { lon: number; lat: number }[] {
  const points: { lon: number; lat: number }[] = [];
  for (let row = 0; row < count; row++) {
    for (let column = 0; column < count; column++)
      points.push({ lon: 109.5 + column * 0.001, lat: 23 + row * 0.001 });
  }
  return points;
}

describe('coverage lists over the limit', () => {
  it('are refused on the estimate, before they are built', () => {
    const points = square(60);
    const radii = new Float64Array(points.length).fill(50_000);
    // 3,600 sites each covering all 3,600 points: about 13 million pairs.
    expect(
      thrownMessage(() => buildCoverageLists(points, radii, points, { maximumPairs: 1_000_000 })),
    ).toMatch(
      /^按此服务半径与候选点间距，候选点与人口点的覆盖关系约有 [\d,]+ 对，超过 1,000,000 对的上限（约需 \d+ MB 内存）；请加大候选点间距、减小服务半径，或只在部分乡镇中选址$/,
    );
    const within = buildCoverageLists(points.slice(0, 900), radii, points.slice(0, 200), {
      maximumPairs: 1_000_000,
    });
    expect(within.points.length).toBe(200 * 900);
  });

  it('keep the default limit at tens of millions of pairs', () => {
    expect(MAXIMUM_COVERAGE_PAIRS).toBe(50_000_000);
  });
});

describe('suggest --radius 50000 --spacing 100 on a roster without schools of the kind', () => {
  it('exits 1 with what to change, without building gigabytes of lists', { timeout: 120_000 }, async () => {
    const roster = join(mkdtempSync(join(tmpdir(), 'atlas-hostile-')), '幼儿园.csv');
    writeFileSync(
      roster,
      '学校代码,学校名称,学校类型,经度,纬度\n0450001,桥圩镇中心幼儿园,幼儿园,109.8,23.0\n',
    );
    const { status, stderr } = await runCommand(run, [
      '--schools',
      roster,
      '--kind',
      'primary',
      '--count',
      '1',
      '--radius',
      '50000',
      '--spacing',
      '100',
    ]);
    expect(stderr).toMatch(/超过 50,000,000 对的上限.*请加大候选点间距、减小服务半径，或只在部分乡镇中选址/);
    expect(status).toBe(1);
  });
});
