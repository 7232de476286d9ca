/**
 * The embedded roster ships already read (at build time, `scripts/prepared-roster.ts`): what the
 * data set gives must be exactly what reading the CSV in the browser gave — the same records,
 * warnings and rejections, field for field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../../../src/io/default-dataset.ts';
import { readRoster } from '../../../src/io/read-roster.ts';

const csv = readFileSync(new URL('../../../geodata/schools.sample.csv', import.meta.url), 'utf8');

describe('the embedded roster, read when the app is built', () => {
  it('equals reading the CSV with the roster reader', () => {
    const read = readRoster(csv, 'schools.sample.csv');
    const { roster, rosterFile } = loadDefaultDataset();
    expect(rosterFile).toBe('schools.sample.csv');
    expect(read.accepted.length).toBeGreaterThan(300);
    expect(roster).toStrictEqual(read);
  });

  it('gives each load records of its own, so one load cannot change the next', () => {
    const first = loadDefaultDataset().roster;
    const record = first.accepted[0]?.record;
    if (!record) throw new Error('no record');
    const name = record.name;
    (record as { name: string }).name = '改过的名字';
    expect(loadDefaultDataset().roster.accepted[0]?.record.name).toBe(name);
  });
});
