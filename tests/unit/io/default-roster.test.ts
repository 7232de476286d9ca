/**
 * The embedded roster and rule set ship already read (at build time, `scripts/prepared-data.ts`):
 * what the data set gives must be exactly what reading the files in the browser gave — the same
 * records, warnings and rejections, the same rules, field for field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../../../src/io/default-dataset.ts';
import { readRoster } from '../../../src/io/read-roster.ts';
import { requireRuleSet } from '../../../src/io/rule-set-file.ts';

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

describe('the embedded rule set, read when the app is built', () => {
  const file = readFileSync(
    new URL('../../../geodata/rules/gangnan-2018-2020.json', import.meta.url),
    'utf8',
  );

  it('equals reading the file with the rule-set reader', () => {
    const read = requireRuleSet(JSON.parse(file));
    const { ruleSet } = loadDefaultDataset();
    expect(read.rules.length).toBeGreaterThan(5);
    expect(ruleSet).toStrictEqual(read);
  });

  it('gives each load a rule set of its own', () => {
    const first = loadDefaultDataset().ruleSet;
    const title = first.title;
    (first as { title: string }).title = '改过的标题';
    expect(loadDefaultDataset().ruleSet.title).toBe(title);
  });
});
