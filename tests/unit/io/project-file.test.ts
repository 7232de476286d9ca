import { describe, expect, it } from 'vitest';
import { PROJECT_FORMAT, type ProjectContents } from '../../../src/domain/project.ts';
import {
  migrateProjectDocument,
  PROJECT_MIGRATIONS,
  PROJECT_SCHEMA_VERSION,
  type ProjectMigration,
  parseProject,
  serializeProject,
} from '../../../src/io/project-file.ts';
import { thrownMessage, zh, zhAll } from '../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

const CONTENTS: ProjectContents = {
  roster: [
    makeSchool({ code: '0045', name: '=SUM(A1)', lon: 109.123456789, students: 620 }),
    makeSchool({ code: '0046', name: '乙', type: '幼儿园', boarding: true }),
    makeSchool({ code: '0048', name: "'=不是公式", note: "''两个引号" }),
  ],
  townships: TWO_TOWNSHIPS,
  population: {
    source: 'township-table',
    label: '导入：人口.csv',
    points: [],
    townships: [{ code: '450803100', name: '甲镇', population: 1000, schoolAgePopulation: null }],
  },
  rules: { id: 'gangnan-2018', rules: [{ id: 'boarding-primary', threshold: 1 }] },
  settings: { districtCode: '450803', districtName: '港南区', populousTownThreshold: 80000 },
  candidates: [{ lon: 109.6, lat: 23.1, type: '幼儿园' }],
};

describe('project files', () => {
  it('saves and opens a project unchanged, opaque parts included', () => {
    const text = serializeProject(CONTENTS, new Date('2024-05-01T08:00:00Z'));
    const opened = parseProject(text, 'p.json');
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.project).toEqual({
      format: PROJECT_FORMAT,
      schemaVersion: PROJECT_SCHEMA_VERSION,
      savedAt: '2024-05-01T08:00:00.000Z',
      ...CONTENTS,
    });
    expect(opened.migratedFrom).toBeNull();
  });

  it('writes the version its migrations lead to', () => {
    expect(PROJECT_SCHEMA_VERSION).toBe(PROJECT_MIGRATIONS.length + 1);
  });

  it('refuses a file from a newer version, and files that are not projects, in Chinese', () => {
    const newer = JSON.stringify({
      format: PROJECT_FORMAT,
      schemaVersion: PROJECT_SCHEMA_VERSION + 1,
      roster: [],
    });
    const refusal = (text: string, file?: string) => {
      const opened = file === undefined ? parseProject(text) : parseProject(text, file);
      return opened.ok ? null : zh(opened.message);
    };
    expect(refusal(newer, 'new.json')).toBe(
      `new.json 由较新版本的“学校布局一张图”保存（文件格式第 ${PROJECT_SCHEMA_VERSION + 1} 版，本程序只能打开第 ${PROJECT_SCHEMA_VERSION} 版及以前的文件），请先升级本程序`,
    );
    expect(refusal('{"type":"FeatureCollection"}', 'a.geojson')).toBe(
      'a.geojson 不是“学校布局一张图”的项目文件',
    );
    expect(refusal('名称,经度', 'a.csv')).toContain('无法解析为 JSON');
    // Without a file name the message names the project file in words.
    expect(refusal('名称,经度')).toBe('项目文件 不是“学校布局一张图”的项目文件（无法解析为 JSON）');
    expect(parseProject(JSON.stringify({ format: PROJECT_FORMAT, schemaVersion: 'one' }), 'x')).toMatchObject(
      { ok: false },
    );
  });

  it('refuses a backup whose saved schools fail the roster checks, naming each', () => {
    const document = JSON.parse(serializeProject(CONTENTS));
    document.roster.push({ ...document.roster[0], code: '0047', lon: 200 }, { ...document.roster[1] });
    const opened = parseProject(JSON.stringify(document), 'p.json');
    if (opened.ok) throw new Error('a backup with bad schools was opened');
    expect(zh(opened.message)).toBe('p.json 未能恢复，现有数据未作任何改动。文件中有 2 处问题：');
    expect(zhAll(opened.problems)).toEqual([
      '第 4 所学校（0047 =SUM(A1)）未能打开：「经度」200 超出中国范围（73–136），请检查是否填反或填错',
      '第 5 所学校（0046 乙）未能打开：「学校代码」代码 0046 与第 2 所学校重复',
    ]);
  });

  it('refuses malformed boundaries or population instead of falling back to the defaults', () => {
    const document = JSON.parse(serializeProject(CONTENTS));
    document.townships = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null }] };
    document.population = { source: 'guess' };
    const opened = parseProject(JSON.stringify(document));
    if (opened.ok) throw new Error('a backup with bad boundaries was opened');
    expect(zhAll(opened.problems)).toEqual([
      '乡镇界线第 1 个要素：缺少乡镇代码或名称',
      '人口数据不完整（缺少来源、说明或列表）',
    ]);
  });
});

describe('migrations', () => {
  /** An imagined history: v1 called the roster `schools`; v2 had no `candidates`. */
  const renameSchools: ProjectMigration = ({ schools, ...rest }) => ({ ...rest, roster: schools });
  const addCandidates: ProjectMigration = (document) => ({ ...document, candidates: [] });
  const history = [renameSchools, addCandidates];

  it('applies each step in order from the file version to the current one', () => {
    const migrated = migrateProjectDocument(
      { format: PROJECT_FORMAT, schemaVersion: 1, schools: [] },
      history,
    );
    expect(migrated).toEqual({ format: PROJECT_FORMAT, schemaVersion: 3, roster: [], candidates: [] });
    const fromTwo = migrateProjectDocument({ schemaVersion: 2, roster: ['x'] }, history);
    expect(fromTwo).toEqual({ schemaVersion: 3, roster: ['x'], candidates: [] });
  });

  it('opens an old file through the migrations and says from which version', () => {
    const school = JSON.parse(serializeProject(CONTENTS)).roster[1];
    const old = JSON.stringify({
      format: PROJECT_FORMAT,
      schemaVersion: 1,
      savedAt: 'x',
      schools: [school],
      settings: {},
    });
    const opened = parseProject(old, 'old.json', history);
    if (!opened.ok) throw new Error(zh(opened.message));
    expect(opened.migratedFrom).toBe(1);
    expect(opened.project.schemaVersion).toBe(3);
    expect(opened.project.roster).toEqual([CONTENTS.roster[1]]);
    expect(opened.project.settings).toEqual({ districtCode: '', districtName: '' });
  });

  it('is pure: the input document is not changed', () => {
    const input = { schemaVersion: 1, schools: [] };
    migrateProjectDocument(input, history);
    expect(input).toEqual({ schemaVersion: 1, schools: [] });
  });

  it('refuses versions it has no path from', () => {
    expect(thrownMessage(() => migrateProjectDocument({ schemaVersion: 4 }, history))).toBe(
      '没有从第 4 版迁移到第 3 版的方法',
    );
    expect(thrownMessage(() => migrateProjectDocument({ schemaVersion: 0 }, history))).toBe(
      '没有从第 0 版迁移到第 3 版的方法',
    );
  });
});
