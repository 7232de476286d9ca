/** `atlas seats --roads`: seats allocated by road time, said in the JSON and the CSV header. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type SeatsJson, run as seats } from '../../../scripts/cli/seats-command.ts';
import { runCommand } from '../command-streams.ts';
import { repositoryRoot } from '../geodata/geodata-fixture.ts';

const roads = join(repositoryRoot, 'docs/examples/gangnan-roads-sample.geojson');

describe('atlas seats --roads', () => {
  it('pairs places with schools by road time: the JSON says so, and the children with no school in reach change', async () => {
    const straight = await runCommand(seats, []);
    const road = await runCommand(seats, ['--roads', roads, '--mode', 'walk']);
    expect(road.status).toBe(0);
    const byRoad = JSON.parse(road.stdout) as SeatsJson;
    const byLine = JSON.parse(straight.stdout) as SeatsJson;
    expect(byRoad.distance).toEqual({ model: 'road', mode: 'walk' });
    const primary = (output: SeatsJson) => output.stages.find((stage) => stage.stage === 'primary');
    // The same children; the roads change who can reach a school, not how many children there are.
    expect(primary(byRoad)?.children).toBe(primary(byLine)?.children);
    expect(primary(byRoad)?.withoutSeatNoSchool).not.toBe(primary(byLine)?.withoutSeatNoSchool);
  });

  it('heads the CSV column by road time, and refuses --mode without --roads', async () => {
    const csv = await runCommand(seats, ['--roads', roads, '--format', 'csv']);
    expect(csv.stdout.split('\n')[0]).toContain('其中道路时间内无学校');
    const wrong = await runCommand(seats, ['--mode', 'bus']);
    expect(wrong.status).toBe(2);
  });
});
