/**
 * The township records of an analysis (counts of schools, rule results, coverage by kind), and a
 * memo an analysis session keeps per scenario, so that after an edit only the townships whose
 * inputs changed are made again: their schools (a school added, moved or removed, by the
 * findings the session keeps per school), their coverage of a kind (the summary keeps the figures
 * of the townships an edit did not reach, the same objects), their thresholds, population, name
 * or rules. A record depends on its own township's inputs and on the rules and settings only.
 */
import { SERVICE_KINDS, SERVICE_KINDS_BY_SCHOOL_TYPE, type ServiceKind } from '../domain/radius.ts';
import type { RuleSettings, TownshipRule } from '../domain/rules.ts';
import { SCHOOL_TYPES, type School, type SchoolType } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { evaluateTownshipRule, type RuleResult } from './evaluate-township-rule.ts';
import { type KindCoverage, summariseCoverage } from './summarise-coverage.ts';

/** Coverage of one kind in one township, with the radius that applied there. */
export interface TownshipKindCoverage extends KindCoverage {
  /**
   * The township's threshold for the kind (urban or rural) in the analysis's unit: the service
   * radius in metres, or with road time the travel-time threshold in minutes; null = district-wide.
   * Distances and histogram bins of the coverage are in the same unit.
   */
  radius: number | null;
}

/** Schools standing in the scenario and counted in the township. */
export interface TownshipCounts {
  total: number;
  /** Schools serving each kind (a 九年一贯制 school counts for primary and middle). */
  kinds: Record<ServiceKind, number>;
  types: Record<SchoolType, number>;
}

/** One township's results. */
export interface TownshipAnalysis {
  code: string;
  name: string;
  urban: boolean;
  /** The township's population: its figure in the population table when given, else the sum of its points. */
  population: number;
  /** population ≥ settings.populousTownThreshold (人口大镇). */
  populous: boolean;
  counts: TownshipCounts;
  /** Results of the enabled township rules, in rule-set order. */
  rules: RuleResult[];
  coverage: Record<ServiceKind, TownshipKindCoverage>;
}

/** What the records are made from: one scenario's schools, figures and rules. */
export interface TownshipRecordInputs {
  townships: TownshipCollection;
  /** The standing schools, and the township code each is counted in (same order). */
  schools: readonly School[];
  schoolTownships: readonly string[];
  /**
   * What stands for each school when the memo compares (same order): an object that stays the
   * same while the school's fields do (the session's findings per school), or the school itself.
   */
  schoolKeys: readonly unknown[];
  /** A township's population (its table figure, else the sum of its points). */
  populationOf(code: string): number;
  /** A township's coverage of a kind as measured (by code); undefined when it has no points. */
  coverageOf(kind: ServiceKind, code: string): KindCoverage | undefined;
  /** The threshold of a kind for an urban or rural township (null: district-wide). */
  thresholdOf(kind: ServiceKind, urban: boolean): number | null;
  townshipRules: readonly TownshipRule[];
  settings: RuleSettings;
}

/** Kept records of one scenario: what each was made from, to tell which to make again. */
export interface TownshipRecordsMemo {
  /** Compares rule lists and settings (plain data). */
  readonly sameData: (first: unknown, second: unknown) => boolean;
  kept: {
    townships: TownshipCollection;
    townshipRules: readonly TownshipRule[];
    settings: RuleSettings;
    /** By township: the record, its population and coverage (by kind, then threshold) as made. */
    records: TownshipAnalysis[];
    populations: Float64Array;
    coverages: (KindCoverage | undefined)[];
    thresholds: (number | null)[];
    /** The school keys grouped by township code (index in `codes`), `start` marking each group. */
    keys: unknown[];
    start: Int32Array;
  } | null;
  /** How many records the last call made again (for the tests and the bench). */
  made: number;
}

/**
 * An empty memo.
 * @example const memo = startTownshipRecordsMemo(sameData); townshipRecords(inputs, memo)
 */
export function startTownshipRecordsMemo(
  sameData: (first: unknown, second: unknown) => boolean,
): TownshipRecordsMemo {
  return { sameData, kept: null, made: 0 };
}

/** The township codes in order and each code's index among the distinct ones (kept per boundary list). */
function codesOf(townships: TownshipCollection): { index: Map<string, number>; ofFeature: Int32Array } {
  const known = codeIndices.get(townships.features);
  if (known) return known;
  const index = new Map<string, number>();
  const ofFeature = Int32Array.from(townships.features, (feature) => {
    const { code } = feature.properties;
    let found = index.get(code);
    if (found === undefined) {
      found = index.size;
      index.set(code, found);
    }
    return found;
  });
  const made = { index, ofFeature };
  codeIndices.set(townships.features, made);
  return made;
}
const codeIndices = new WeakMap<object, { index: Map<string, number>; ofFeature: Int32Array }>();

/** The schools (and their keys) grouped by township code index, in roster order within each. */
function groupSchools(inputs: TownshipRecordInputs, index: Map<string, number>) {
  const groups = index.size;
  const groupOf = new Int32Array(inputs.schools.length);
  const start = new Int32Array(groups + 2);
  inputs.schoolTownships.forEach((code, position) => {
    // Schools in no listed township form a group of their own (last), counted nowhere.
    const group = index.get(code) ?? groups;
    groupOf[position] = group;
    start[group + 1] = (start[group + 1] ?? 0) + 1;
  });
  for (let group = 0; group <= groups; group++)
    start[group + 1] = (start[group + 1] ?? 0) + (start[group] ?? 0);
  const fill = start.slice(0, groups + 1);
  const keys: unknown[] = new Array(inputs.schools.length);
  const schools: School[] = new Array(inputs.schools.length);
  for (let position = 0; position < groupOf.length; position++) {
    const group = groupOf[position] ?? groups;
    const at = fill[group] ?? 0;
    keys[at] = inputs.schoolKeys[position];
    schools[at] = inputs.schools[position] as School;
    fill[group] = at + 1;
  }
  return { keys, schools, start };
}

function sameKeys(
  first: readonly unknown[],
  firstStart: Int32Array,
  second: readonly unknown[],
  secondStart: Int32Array,
  group: number,
): boolean {
  const from = firstStart[group] ?? 0;
  const length = (firstStart[group + 1] ?? 0) - from;
  const otherFrom = secondStart[group] ?? 0;
  if ((secondStart[group + 1] ?? 0) - otherFrom !== length) return false;
  for (let at = 0; at < length; at++) if (first[from + at] !== second[otherFrom + at]) return false;
  return true;
}

/**
 * The record of every township, in the order of the boundaries; with a memo, the records of the
 * townships whose inputs are the same as last time are the kept ones (the same objects).
 * @example townshipRecords(inputs).map((record) => record.rules)
 */
export function townshipRecords(
  inputs: TownshipRecordInputs,
  memo?: TownshipRecordsMemo,
): TownshipAnalysis[] {
  const { townships, townshipRules, settings, thresholdOf } = inputs;
  const { index, ofFeature } = codesOf(townships);
  const { keys, schools, start } = groupSchools(inputs, index);
  const features = townships.features;
  const kinds = SERVICE_KINDS.length;
  const populations = new Float64Array(features.length);
  const coverages: (KindCoverage | undefined)[] = new Array(features.length * kinds);
  const thresholds: (number | null)[] = new Array(features.length * kinds);
  const last = memo?.kept ?? null;
  // The kept records serve while the rules and settings are the same.
  const before =
    last &&
    memo &&
    last.townships.features.length === features.length &&
    memo.sameData(last.townshipRules, townshipRules) &&
    memo.sameData(last.settings, settings)
      ? last
      : null;
  const beforeCodes = before ? codesOf(before.townships) : null;
  let made = 0;
  const records = features.map((feature, township): TownshipAnalysis => {
    const { code, name, urban } = feature.properties;
    const population = inputs.populationOf(code);
    populations[township] = population;
    let same = before !== null && Object.is(before.populations[township], population);
    for (let kind = 0; kind < kinds; kind++) {
      const serviceKind = SERVICE_KINDS[kind] as ServiceKind;
      const coverage = inputs.coverageOf(serviceKind, code);
      const threshold = thresholdOf(serviceKind, urban);
      coverages[township * kinds + kind] = coverage;
      thresholds[township * kinds + kind] = threshold;
      same =
        same &&
        before !== null &&
        before.coverages[township * kinds + kind] === coverage &&
        Object.is(before.thresholds[township * kinds + kind], threshold);
    }
    const group = ofFeature[township] ?? 0;
    const record = before?.records[township];
    // The same township with the same schools, rules and settings: what a record holds of its
    // schools (the counts, the school-count rules' results) is the kept record's.
    const sameSchools =
      record !== undefined &&
      before !== null &&
      beforeCodes !== null &&
      record.code === code &&
      record.name === name &&
      record.urban === urban &&
      Object.is(before.populations[township], population) &&
      beforeCodes.index.get(code) === group &&
      sameKeys(before.keys, before.start, keys, start, group);
    if (same && sameSchools) return record;
    made++;
    const own = schools.slice(start[group] ?? 0, start[group + 1] ?? 0);
    const coverage = {} as Record<ServiceKind, TownshipKindCoverage>;
    for (let kind = 0; kind < kinds; kind++) {
      const serviceKind = SERVICE_KINDS[kind] as ServiceKind;
      const measured = coverages[township * kinds + kind];
      const radius = thresholds[township * kinds + kind] ?? null;
      // A kind whose figures and threshold are the kept record's keeps its entry.
      coverage[serviceKind] =
        sameSchools &&
        measured !== undefined &&
        before.coverages[township * kinds + kind] === measured &&
        Object.is(before.thresholds[township * kinds + kind], radius)
          ? record.coverage[serviceKind]
          : { radius, ...(measured ?? summariseCoverage([], [], [], [])) };
    }
    const shares = {} as Record<ServiceKind, number | null>;
    for (const serviceKind of SERVICE_KINDS) shares[serviceKind] = coverage[serviceKind].share;
    const facts = { urban, population, schools: own, coverageShare: shares };
    return {
      code,
      name,
      urban,
      population,
      populous: population >= settings.populousTownThreshold,
      counts: sameSchools ? record.counts : countSchools(own),
      // A coverage rule reads the shares, which a radius changes: evaluated again.
      rules: townshipRules.map((rule, at) =>
        sameSchools && rule.measure === 'school-count'
          ? (record.rules[at] as RuleResult)
          : evaluateTownshipRule(rule, settings, facts),
      ),
      coverage,
    };
  });
  if (memo) {
    memo.kept = {
      townships,
      townshipRules,
      settings,
      records,
      populations,
      coverages,
      thresholds,
      keys,
      start,
    };
    memo.made = made;
  }
  return records;
}

/** The schools of a township by kind served and by type, in one pass. */
function countSchools(own: readonly School[]): TownshipCounts {
  const kinds = {} as Record<ServiceKind, number>;
  for (const kind of SERVICE_KINDS) kinds[kind] = 0;
  const types = {} as Record<SchoolType, number>;
  for (const type of SCHOOL_TYPES) types[type] = 0;
  for (const school of own) {
    if (Object.hasOwn(types, school.type)) types[school.type]++;
    for (const kind of SERVICE_KINDS_BY_SCHOOL_TYPE[school.type]) kinds[kind]++;
  }
  return { total: own.length, kinds, types };
}
