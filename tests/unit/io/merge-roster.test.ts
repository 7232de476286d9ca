import { describe, expect, it } from 'vitest';
import { mergeRoster } from '../../../src/io/merge-roster.ts';
import { makeSchool } from '../school-fixtures.ts';

const a = makeSchool({ code: 'A', name: '甲' });
const b = makeSchool({ code: 'B', name: '乙' });
const c = makeSchool({ code: 'C', name: '丙' });
const bChanged = makeSchool({ code: 'B', name: '乙（新名）', students: 300 });

describe('mergeRoster', () => {
  it('replace: the import becomes the roster; the report says what changed and what went', () => {
    const { schools, report } = mergeRoster([a, b], [bChanged, c], 'replace');
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
    const { schools, report } = mergeRoster([a, b], [bChanged, c], 'add');
    expect(schools).toEqual([a, b, c]);
    expect(report).toMatchObject({ added: ['C'], duplicates: ['B'], updated: [] });
  });

  it('update: known codes are replaced in place, new codes added, identical ones unchanged', () => {
    const { schools, report } = mergeRoster([a, b], [{ ...a }, bChanged, c], 'update');
    expect(schools).toEqual([a, bChanged, c]);
    expect(report).toMatchObject({ added: ['C'], updated: ['B'], unchanged: ['A'], duplicates: [] });
  });

  it('takes the first of a code given twice in one import', () => {
    const { schools, report } = mergeRoster([], [c, { ...c, name: '丙二' }], 'update');
    expect(schools).toEqual([c]);
    expect(report.duplicates).toEqual(['C']);
  });

  it('leaves its inputs untouched', () => {
    const existing = [a, b];
    mergeRoster(existing, [bChanged], 'update');
    expect(existing).toEqual([a, b]);
  });
});
