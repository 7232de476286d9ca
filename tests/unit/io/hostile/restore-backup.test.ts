/**
 * A restored backup is checked as strictly as the importers check files, before anything is
 * replaced: broken rings, a population of −1e308 or infinity, a broken rule set, radii,
 * scenario or candidates refuse the whole file with each problem named. A backup of 150,000
 * schools restores. Backups are built here from a sound one.
 */
import { describe, expect, it } from 'vitest';
import type { PopulationData } from '../../../../src/domain/population.ts';
import type { School } from '../../../../src/domain/school.ts';
import {
  type BackupSource,
  openProjectBackup,
  projectContentsOf,
} from '../../../../src/io/project-backup.ts';
import { serializeProject } from '../../../../src/io/project-file.ts';
import { createAtlasStore } from '../../../../src/store/index.ts';
import { defaultRuleSet } from '../../analysis/default-inputs.ts';
import { zh, zhAll } from '../../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../../school-fixtures.ts';
import { plainBackupSource } from './backup-fixtures.ts';

const DEFAULTS = {
  townships: TWO_TOWNSHIPS,
  population: { source: 'model', label: '模型', points: [], townships: [] } satisfies PopulationData,
  ruleSet: defaultRuleSet(),
  referenceLayers: [],
  barriers: [],
};

const POPULATION: PopulationData = {
  source: 'settlement-points',
  label: '居民点',
  file: '人口.csv',
  points: [
    { lon: 109.5, lat: 22.5, population: 1200, schoolAgePopulation: null, name: '甲村', townshipCode: '' },
  ],
  townships: [{ code: '450803100', name: '甲镇', population: 1200, schoolAgePopulation: null }],
};

function source(schools: School[]): BackupSource {
  return plainBackupSource({
    schools,
    townships: {
      ...TWO_TOWNSHIPS,
      features: TWO_TOWNSHIPS.features.map((feature) => ({
        ...feature,
        properties: { ...feature.properties, approximate: false },
      })),
    },
    population: POPULATION,
    dataset: { districtName: '港南区', districtCode: '450803', rosterFile: '名录.csv' },
  });
}

/** A sound backup's JSON document, to break one part of. */
function soundDocument(): Record<string, any> {
  return JSON.parse(
    serializeProject(projectContentsOf(source([makeSchool({ code: '001', name: '甲小学' })]))),
  );
}

function open(document: unknown) {
  return openProjectBackup(JSON.stringify(document), '备份.json', DEFAULTS);
}

function problemsOf(document: unknown): string[] {
  const opened = open(document);
  if (opened.ok) throw new Error('a broken backup was opened');
  return zhAll(opened.problems);
}

describe('a restored backup is checked as strictly as an imported file', () => {
  it('opens the sound backup', () => {
    const opened = open(soundDocument());
    expect(opened.ok).toBe(true);
  });

  it('refuses broken ring coordinates, naming the feature and the ring', () => {
    const document = soundDocument();
    document.townships.features[1].geometry.coordinates[0][2] = ['110.5', 'north'];
    expect(problemsOf(document)).toEqual([
      '乡镇界线第 2 个要素：第 1 个环的坐标无效（须为首尾相同、至少 4 个点的经纬度，经度 −180～180，纬度 −90～90）',
    ]);
    const open = soundDocument();
    open.townships.features[0].geometry.coordinates[0].pop();
    expect(problemsOf(open)[0]).toContain('乡镇界线第 1 个要素：第 1 个环');
  });

  it('refuses a population of −1e308, infinity (1e309 in the JSON) or none', () => {
    const document = soundDocument();
    document.population.points[0].population = -1e308;
    expect(problemsOf(document)).toEqual([
      '人口第 1 个居民点：“人口”应为不小于 0 的有限数值，实际为 -1e+308',
    ]);
    const text = JSON.stringify(soundDocument()).replace(
      '"population":1200,"schoolAgePopulation":null,"name"',
      '"population":1e309,"schoolAgePopulation":null,"name"',
    );
    const infinite = openProjectBackup(text, '备份.json', DEFAULTS);
    expect(infinite.ok).toBe(false);
    const missing = soundDocument();
    missing.population.townships[0].population = null;
    expect(problemsOf(missing)).toEqual(['人口第 1 个乡镇：“人口”应为不小于 0 的有限数值，实际为 null']);
  });

  it('refuses a broken rule set, radii, scenario or candidate instead of replacing them with defaults', () => {
    const document = soundDocument();
    document.rules = { title: 'x' };
    document.settings.radii = { primary: { urban: -5 } };
    document.settings.scenario = { kind: 'someday' };
    document.candidates = [{ id: 'c1' }];
    const problems = problemsOf(document);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatch(/^规则集有误：/);
    expect(problems.slice(1)).toEqual([
      '服务半径设置有误（每类学校的城区、农村半径应为不小于 0 的数值或留空）',
      '情景设置有误（应为现状或规划，年份为整数）',
      '第 1 个候选点格式不对',
    ]);
  });

  it('says in its first line that nothing changed and how many problems there are', () => {
    const document = soundDocument();
    document.roster.push({ ...document.roster[0] }, { ...document.roster[0], lat: 'x' });
    const opened = open(document);
    if (opened.ok) throw new Error('opened');
    expect(zh(opened.message)).toBe('备份.json 未能恢复，现有数据未作任何改动。文件中有 2 处问题：');
  });
});

describe('restoring through the store', () => {
  it('puts a sound backup back in one undo step', () => {
    const store = createAtlasStore();
    const before = [makeSchool({ code: 'OLD', name: '旧校' })];
    store.getState().replaceData({ schools: before });
    const opened = open(soundDocument());
    if (!opened.ok) throw new Error(zh(opened.message));
    store.getState().restoreProject(opened.plan);
    expect(store.getState().schools.map((school) => school.code)).toEqual(['001']);
    expect(store.getState().dataset?.districtName).toBe('港南区');
    store.temporal.getState().undo();
    expect(store.getState().schools).toEqual(before);
  });
});

describe('size', () => {
  it('restores a backup of 150,000 schools (no spread of an unbounded list)', () => {
    const schools: School[] = [];
    for (let index = 0; index < 150_000; index += 1) {
      schools.push(
        makeSchool({
          code: String(index).padStart(8, '0'),
          name: `第${index}小学`,
          lon: 109 + (index % 1000) * 0.001,
          lat: 22 + Math.floor(index / 1000) * 0.001,
        }),
      );
    }
    const opened = openProjectBackup(
      serializeProject(projectContentsOf(source(schools))),
      '省.json',
      DEFAULTS,
    );
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.plan.data.schools).toHaveLength(150_000);
  }, 120_000);

  it('refuses a backup of 150,000 broken schools with every problem counted', () => {
    const schools: School[] = [];
    for (let index = 0; index < 150_000; index += 1) {
      schools.push(makeSchool({ code: String(index), name: '', lon: 109, lat: 22 }));
    }
    const opened = openProjectBackup(
      serializeProject(projectContentsOf(source(schools))),
      '坏.json',
      DEFAULTS,
    );
    if (opened.ok) throw new Error('opened');
    expect(opened.problems).toHaveLength(150_000);
  }, 120_000);
});
