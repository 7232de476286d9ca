/**
 * The bad inputs a county bureau's files really contain, table-driven: each case is a file
 * (bytes and name), every message it must produce (exactly, in Chinese, naming file, row and
 * column) and the outcome. Then the proof that none of them touches the data already loaded.
 */
import { describe, expect, it } from 'vitest';
import type { School } from '../../../src/domain/school.ts';
import { mergeRoster } from '../../../src/io/import-flow/merge-roster.ts';
import { incomingSchoolsOf } from '../../../src/io/import-flow/roster-import.ts';
import { readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { makeSchool } from '../school-fixtures.ts';
import { messagesOf, outcomeOf, type RosterCase } from './bad-inputs/roster-case.ts';
import { ROSTER_FILE_CASES } from './bad-inputs/roster-file-cases.ts';
import { ROSTER_LAYOUT_CASES } from './bad-inputs/roster-layout-cases.ts';
import { ROSTER_VALUE_CASES } from './bad-inputs/roster-value-cases.ts';

const ROSTER_CASES: RosterCase[] = [...ROSTER_LAYOUT_CASES, ...ROSTER_VALUE_CASES, ...ROSTER_FILE_CASES];

describe('bad roster inputs: each gives exactly its messages and outcome', () => {
  it('covers at least 25 cases', () => {
    expect(ROSTER_CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ROSTER_CASES)('$name ($outcome)', async (testCase) => {
    const result = await readRosterBytes(await testCase.bytes(), testCase.file, testCase.options);
    expect(messagesOf(result)).toEqual(testCase.messages);
    expect(outcomeOf(result)).toBe(testCase.outcome);
    testCase.check?.(result);
  });
});

/** The roster already loaded: the merge target of every case. */
const LOADED: School[] = [
  makeSchool({ code: '0045080001', name: '桥圩镇中心小学', lon: 109.6, lat: 23.1, students: 500 }),
  makeSchool({ code: '0045080009', name: '木格镇中学', type: '初中', lon: 109.61, lat: 23.09 }),
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('no bad input changes the data already loaded', () => {
  it('reads are pure; an update merge leaves the loaded roster as it was; a file error merges nothing', async () => {
    const loaded = deepFreeze(structuredClone(LOADED));
    const before = structuredClone(LOADED);
    for (const testCase of ROSTER_CASES) {
      const bytes = await testCase.bytes();
      const bytesBefore = bytes.slice();
      const result = await readRosterBytes(bytes, testCase.file, testCase.options);
      const incoming = result.accepted.map((row) => row.record);
      const { schools, report } = mergeRoster(loaded, incomingSchoolsOf(result), 'update');
      expect(loaded, testCase.name).toEqual(before);
      expect(bytes, testCase.name).toEqual(bytesBefore);
      if (testCase.outcome === 'file error') {
        expect(incoming, testCase.name).toEqual([]);
        expect(schools, testCase.name).toEqual(before);
        expect([...report.added, ...report.updated], testCase.name).toEqual([]);
      }
      // Every school after the merge is a loaded one as it was, or one the file gave (under
      // the loaded school's code when merged into it, or a free code when the file gave none).
      const withoutCode = (school: School) => JSON.stringify({ ...school, code: '' });
      for (const merged of schools) {
        const known = [...before, ...incoming].some((item) => withoutCode(item) === withoutCode(merged));
        expect(known, testCase.name).toBe(true);
      }
    }
  });
});
