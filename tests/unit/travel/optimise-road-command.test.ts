/** `atlas suggest --roads` and `atlas consolidate --roads`: the optimiser by road time on the sample network. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as consolidate } from '../../../scripts/cli/consolidate-command.ts';
import { run as suggest } from '../../../scripts/cli/suggest-command.ts';
import { runCommand } from '../command-streams.ts';
import { repositoryRoot } from '../geodata/geodata-fixture.ts';

const roads = join(repositoryRoot, 'docs/examples/gangnan-roads-sample.geojson');

describe('the optimiser on the command line by road time', () => {
  it('suggest --roads: the JSON says road time, and the coverage differs from the straight line', async () => {
    const args = ['--kind', '小学', '--count', '2', '--method', 'greedy', '--spacing', '2000'];
    const line = await runCommand(suggest, args);
    const road = await runCommand(suggest, [...args, '--roads', roads, '--mode', 'walk']);
    expect(road.status).toBe(0);
    const byRoad = JSON.parse(road.stdout);
    const byLine = JSON.parse(line.stdout);
    expect(byRoad.distance).toEqual({ model: 'road', mode: 'walk' });
    expect(byLine.distance).toEqual({ model: 'straight' });
    expect(byRoad.population).toBe(byLine.population);
    expect(byRoad.coveredBefore).not.toBe(byLine.coveredBefore);
    expect(byRoad.picks).toHaveLength(2);
    // Every word of the road-time run speaks of the time on roads, none of the service radius.
    expect(road.stderr).toContain('步行道路时间内人口');
    expect(`${road.stdout}${road.stderr}`).not.toContain('服务半径');
    expect(line.stderr).toContain('服务半径内人口');
  });

  it('suggest --objective seats --roads: children newly seated through the roads, with its bound', async () => {
    const args = [
      '--kind',
      '小学',
      '--count',
      '2',
      '--objective',
      'seats',
      '--method',
      'greedy',
      '--spacing',
      '2000',
    ];
    const road = await runCommand(suggest, [...args, '--roads', roads, '--mode', 'walk']);
    expect(road.status, road.stderr).toBe(0);
    const byRoad = JSON.parse(road.stdout);
    const byLine = JSON.parse((await runCommand(suggest, args)).stdout);
    expect(byRoad.objective).toBe('seats');
    expect(byRoad.distance).toEqual({ model: 'road', mode: 'walk' });
    expect(byRoad.picks).toHaveLength(2);
    // The value is the children newly seated: the seated figures before and after say the same.
    expect(byRoad.seats.seatedAfter - byRoad.seats.seatedBefore).toBe(byRoad.objectiveValue);
    expect(byRoad.bound).toBeGreaterThanOrEqual(byRoad.objectiveValue);
    expect(byRoad.optimal).toBe(false);
    // Fewer places reach a school by road than in a straight line: fewer children seated today.
    expect(byRoad.seats.seatedBefore).not.toBe(byLine.seats.seatedBefore);
  });

  it('suggest --roads refuses a radius of its own, saying why', async () => {
    const refused = await runCommand(suggest, [
      '--kind',
      '小学',
      '--count',
      '1',
      '--roads',
      roads,
      '--radius',
      '3000',
    ]);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('不能另设统一服务半径');
  });

  it('consolidate --roads: the JSON says road time', async () => {
    const result = await runCommand(consolidate, [
      '--type',
      '教学点',
      '--method',
      'greedy',
      '--roads',
      roads,
    ]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).distance).toEqual({ model: 'road', mode: 'walk' });
    expect(result.stderr).toContain('步行道路时间内人口');
    expect(`${result.stdout}${result.stderr}`).not.toContain('服务半径');
  });
});
