/**
 * The CLI's --townships goes through the app's boundary importer: the checks of the import
 * dialog (rings of numbers, a code that is text or a number) apply, and what is left out is
 * said on stderr in Chinese. Inputs are built here, not kept as fixtures.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../../scripts/cli/analyze-command.ts';
import { runCommand } from '../../command-streams.ts';

const temporary = mkdtempSync(join(tmpdir(), 'cli-townships-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

function square(west: number, south: number): number[][][] {
  return [
    [
      [west, south],
      [west + 0.1, south],
      [west + 0.1, south + 0.1],
      [west, south + 0.1],
      [west, south],
    ],
  ];
}

function townshipFile(name: string, features: unknown[]): string {
  const path = join(temporary, name);
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features }), 'utf8');
  return path;
}

const good = {
  type: 'Feature',
  properties: { code: '450803100', name: '桥圩镇', urban: false },
  geometry: { type: 'Polygon', coordinates: square(109.5, 23) },
};

describe('analyze --townships through the app boundary importer', () => {
  it('leaves out a feature with text for coordinates and one with an object for a code, saying which', async () => {
    const path = townshipFile('mixed.geojson', [
      good,
      {
        type: 'Feature',
        properties: { code: '450803101', name: '坏坐标镇', urban: false },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              ['109.6', '23'],
              [109.7, 23],
              [109.7, 23.1],
              ['109.6', '23'],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { code: { nested: 1 }, name: '对象代码镇', urban: false },
        geometry: { type: 'Polygon', coordinates: square(109.8, 23) },
      },
    ]);
    const { status, stdout, stderr } = await runCommand(run, ['--townships', path, '--format', 'json']);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { townships: { code: string; name: string }[] };
    expect(output.townships.map((township) => township.code)).toEqual(['450803100']);
    expect(stderr).toContain('第 2 个要素');
    expect(stderr).toContain('mixed.geojson 第 3 个要素：乡镇代码“{"nested":1}”不是文字或数字，已跳过');
    expect(stderr).not.toContain('[object Object]');
  });

  it('stops with exit 1 when no feature is a usable township', async () => {
    const path = townshipFile('none.geojson', [
      { type: 'Feature', properties: { code: { a: 1 }, name: '甲' }, geometry: good.geometry },
    ]);
    const { status, stderr } = await runCommand(run, ['--townships', path]);
    expect(status).toBe(1);
    expect(stderr).toContain('none.geojson 中没有可用的乡镇面要素');
  });

  it('reads a file without urban as rural, saying so, and keeps approximate when given', async () => {
    const path = townshipFile('plain.geojson', [
      { ...good, properties: { 乡镇代码: '450803100', 乡镇名称: '桥圩镇', approximate: true } },
    ]);
    const { status, stderr } = await runCommand(run, ['--townships', path, '--format', 'json']);
    expect(status).toBe(0);
    expect(stderr).toContain('plain.geojson：1 个乡镇未给出 urban（是否城区），按农村服务半径计算');
  });
});

describe('analyze --population JSON is checked like a restored backup', () => {
  it('refuses a population of −1e308, naming the point', async () => {
    const path = join(temporary, 'population.json');
    writeFileSync(
      path,
      JSON.stringify({
        source: 'settlement-points',
        label: '居民点',
        points: [
          {
            lon: 109.6,
            lat: 23.1,
            population: -1e308,
            schoolAgePopulation: null,
            name: '甲村',
            townshipCode: '',
          },
        ],
        townships: [],
      }),
    );
    const { status, stderr } = await runCommand(run, ['--population', path]);
    expect(status).toBe(1);
    expect(stderr).toContain(
      'population.json：人口第 1 个居民点：“人口”应为不小于 0 的有限数值，实际为 -1e+308',
    );
  });
});
