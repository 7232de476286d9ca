import { describe, expect, it } from 'vitest';
import type { School } from '../../../src/domain/school.ts';
import { type IncomingSchool, mergeRoster } from '../../../src/io/import-flow/merge-roster.ts';
import { makeSchool } from '../school-fixtures.ts';

// Far enough apart (about 1 km) that no two are taken for one school by distance.
const a = makeSchool({ code: 'A', name: '甲', lon: 109.5 });
const b = makeSchool({ code: 'B', name: '乙', lon: 109.51 });
const c = makeSchool({ code: 'C', name: '丙', lon: 109.52 });
const bChanged = makeSchool({ code: 'B', name: '乙（新名）', students: 300, lon: 109.51 });

/** Schools as a file with their codes gives them, rows from 2. */
function given(schools: readonly School[]): IncomingSchool[] {
  return schools.map((record, index) => ({ row: index + 2, record, codeGiven: true }));
}

/** Schools as a file without codes gives them: the reader's ROW codes. */
function withoutCodes(schools: readonly School[]): IncomingSchool[] {
  return schools.map((school, index) => ({
    row: index + 2,
    record: { ...school, code: `ROW${index + 2}` },
    codeGiven: false,
  }));
}

describe('mergeRoster', () => {
  it('replace: the import becomes the roster; the report says what changed and what went', () => {
    const { schools, report } = mergeRoster([a, b], given([bChanged, c]), 'replace');
    expect(schools).toEqual([bChanged, c]);
    expect(report).toMatchObject({
      added: ['C'],
      updated: ['B'],
      unchanged: [],
      removed: ['A'],
      duplicates: [],
    });
  });

  it('add: new codes are appended; codes already present are reported and not added twice', () => {
    const { schools, report } = mergeRoster([a, b], given([bChanged, c]), 'add');
    expect(schools).toEqual([a, b, c]);
    expect(report).toMatchObject({ added: ['C'], duplicates: ['B'], updated: [] });
  });

  it('update: known codes are replaced in place, new codes added, identical ones unchanged', () => {
    const { schools, report } = mergeRoster([a, b], given([{ ...a }, bChanged, c]), 'update');
    expect(schools).toEqual([a, bChanged, c]);
    expect(report).toMatchObject({ added: ['C'], updated: ['B'], unchanged: ['A'], duplicates: [] });
  });

  it('takes the first of a code given twice in one import', () => {
    const { schools, report } = mergeRoster([], given([c, { ...c, name: '丙二' }]), 'update');
    expect(schools).toEqual([c]);
    expect(report.duplicates).toEqual(['C']);
  });

  it('leaves its inputs untouched', () => {
    const existing = [a, b];
    mergeRoster(existing, given([bChanged]), 'update');
    expect(existing).toEqual([a, b]);
  });

  it('replace: a file without codes adds every school and removes every one in use, whatever the ROW codes', () => {
    const roster = [makeSchool({ code: 'ROW2', name: '旧校', lon: 110 }), a];
    const { schools, report } = mergeRoster(roster, withoutCodes([b, c]), 'replace');
    expect(report.added).toEqual(['ROW2', 'ROW3']);
    expect(report.removed).toEqual(['ROW2', 'A']);
    expect(report.updated).toEqual([]);
    expect(schools.map((school) => school.name)).toEqual(['乙', '丙']);
  });
});

describe('mergeRoster with likely duplicates', () => {
  const roster = [
    makeSchool({ code: '4508030001', name: '桥圩镇中心小学', township: '桥圩镇', lon: 109.6, lat: 23.1 }),
    makeSchool({
      code: '4508030002',
      name: '木格镇中学',
      type: '初中',
      township: '木格镇',
      lon: 109.7,
      lat: 23.2,
    }),
  ];

  it('re-importing the roster without codes doubles nothing: added 0 in add mode (dropped), merged in update mode', () => {
    const again = withoutCodes(roster);
    const added = mergeRoster(roster, again, 'add');
    expect(added.schools).toEqual(roster);
    expect(added.report.added).toEqual([]);
    expect(added.report.dropped).toEqual([2, 3]);
    const updated = mergeRoster(roster, again, 'update');
    expect(updated.schools).toEqual(roster);
    expect(updated.report.merged).toEqual(['4508030001', '4508030002']);
    expect(updated.likelyDuplicates.map((duplicate) => duplicate.reason)).toEqual([
      'same-name-and-township',
      'same-name-and-township',
    ]);
  });

  it('a new code, another name, the same type within 100 m: listed; keep adds it, merge updates the existing one', () => {
    const moved = makeSchool({
      code: 'NEW1',
      name: '桥圩镇中心学校',
      township: '桥圩镇',
      lon: 109.6005,
      lat: 23.1,
      students: 900,
    });
    const keep = mergeRoster(roster, given([moved]), 'add', { 2: 'keep' });
    expect(keep.likelyDuplicates).toHaveLength(1);
    expect(keep.likelyDuplicates[0]).toMatchObject({
      reason: 'same-type-nearby',
      existing: { code: '4508030001' },
    });
    expect(keep.schools.map((school) => school.code)).toEqual(['4508030001', '4508030002', 'NEW1']);
    const merge = mergeRoster(roster, given([moved]), 'add', { 2: 'merge' });
    expect(merge.schools[0]).toEqual({ ...moved, code: '4508030001' });
    expect(merge.report.merged).toEqual(['4508030001']);
  });

  it('another type at the same point, or the same name in another township, is no duplicate', () => {
    const kindergarten = makeSchool({
      code: 'K1',
      name: '桥圩镇中心幼儿园',
      type: '幼儿园',
      township: '桥圩镇',
      lon: 109.6,
      lat: 23.1,
    });
    const namesake = makeSchool({
      code: 'N1',
      name: '木格镇中学',
      type: '初中',
      township: '湛江镇',
      lon: 109.9,
      lat: 23.3,
    });
    const { likelyDuplicates, report } = mergeRoster(roster, given([kindergarten, namesake]), 'add');
    expect(likelyDuplicates).toEqual([]);
    expect(report.added).toEqual(['K1', 'N1']);
  });

  it('a school kept without a code gets a free code, never one in use', () => {
    const inUse = [makeSchool({ code: 'ROW2', name: '旧校', lon: 111, lat: 24 })];
    const { schools } = mergeRoster(inUse, withoutCodes([c]), 'add');
    expect(schools.map((school) => school.code)).toEqual(['ROW2', 'ROW2-2']);
  });
});
