/**
 * The township records an analysis session keeps: after an edit, only the townships whose inputs
 * changed are made again — a school moved across a boundary makes its old and new township's
 * records again and keeps the others (the same objects) — and a rule change makes every record
 * again. The answer equals a fresh `analyzeDistrict` each time.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type AnalysisInput,
  analyzeDistrict,
  type DistrictAnalysis,
} from '../../../src/analysis/analyze-district.ts';
import { assignTownships } from '../../../src/analysis/assign-townships.ts';
import { startAnalysisSession } from '../../../src/analysis/start-analysis-session.ts';
import { withServiceRadius } from '../../../src/domain/radius.ts';
import { type Rule, withRuleSettings } from '../../../src/domain/rules.ts';
import { CURRENT_SCENARIO, schoolsInScenario } from '../../../src/domain/scenario.ts';
import { existsToday, type School } from '../../../src/domain/school.ts';
import { defaultAnalysisInput } from './default-inputs.ts';

let input: AnalysisInput;
beforeAll(async () => {
  input = await defaultAnalysisInput();
});

function recordOf(analysis: DistrictAnalysis, code: string) {
  const record = analysis.townships.find((township) => township.code === code);
  if (!record) throw new Error(`no township ${code}`);
  return record;
}

/** A standing kindergarten and a township other than its own, with a school standing there to move it beside. */
function crossing(schools: readonly School[]) {
  const standing = schoolsInScenario(schools, CURRENT_SCENARIO);
  const codes = assignTownships(standing, input.townships);
  const from = standing.findIndex((school, index) => school.type === '幼儿园' && codes[index] !== '');
  const fromCode = codes[from] as string;
  const to = codes.findIndex((code) => code !== '' && code !== fromCode);
  const toCode = codes[to] as string;
  const toName =
    input.townships.features.find((feature) => feature.properties.code === toCode)?.properties.name ?? '';
  const school = standing[from] as School;
  const target = standing[to] as School;
  const moved: School = { ...school, lon: target.lon + 0.002, lat: target.lat, township: toName };
  return { position: schools.indexOf(school), moved, fromCode, toCode };
}

describe('the township records of a session', () => {
  it('makes again only the old and new township of a school moved across a boundary (and those whose figures changed)', () => {
    const session = startAnalysisSession();
    const { position, moved, fromCode, toCode } = crossing(input.schools);
    // A first edit of the kind (another kindergarten nudged), after which the session keeps its summary.
    const nudged = input.schools.findIndex(
      (school, index) => index !== position && school.type === '幼儿园' && existsToday(school),
    );
    const schools = [...input.schools];
    schools[nudged] = { ...(schools[nudged] as School), lon: (schools[nudged] as School).lon + 0.001 };
    analyzeDistrict(input, session);
    const before = analyzeDistrict({ ...input, schools: [...schools] }, session);
    schools[position] = moved;
    const edited = { ...input, schools };
    const after = analyzeDistrict(edited, session);
    expect(after).toEqual(analyzeDistrict(edited));
    // Both townships' records are new, with the school counted in its new township.
    expect(recordOf(after, fromCode)).not.toBe(recordOf(before, fromCode));
    expect(recordOf(after, toCode)).not.toBe(recordOf(before, toCode));
    expect(recordOf(after, fromCode).counts.total).toBe(recordOf(before, fromCode).counts.total - 1);
    expect(recordOf(after, toCode).counts.total).toBe(recordOf(before, toCode).counts.total + 1);
    // Townships the edit did not reach keep their records.
    const kept = after.townships.filter((record, index) => record === before.townships[index]);
    expect(kept.length).toBeGreaterThan(0);
    expect(session.townshipMemo('current').made).toBe(after.townships.length - kept.length);
    for (const record of kept) {
      expect(record.code).not.toBe(fromCode);
      expect(record.code).not.toBe(toCode);
    }
  });

  it('makes again exactly the two townships of a school counted in another township (its 所属乡镇 changed, its point not)', () => {
    const session = startAnalysisSession();
    const before = analyzeDistrict(input, session);
    const { position, moved, fromCode, toCode } = crossing(input.schools);
    const schools = [...input.schools];
    schools[position] = { ...(schools[position] as School), township: moved.township };
    const edited = { ...input, schools };
    const after = analyzeDistrict(edited, session);
    expect(after).toEqual(analyzeDistrict(edited));
    expect(session.townshipMemo('current').made).toBe(2);
    after.townships.forEach((record, index) => {
      if (record.code === fromCode || record.code === toCode)
        expect(record).not.toBe(before.townships[index]);
      else expect(record).toBe(before.townships[index]);
    });
    expect(recordOf(after, toCode).counts.kinds.kindergarten).toBe(
      recordOf(before, toCode).counts.kinds.kindergarten + 1,
    );
  });

  it('keeps every record when the roster comes again as new objects, as a worker receives it', () => {
    const session = startAnalysisSession();
    const before = analyzeDistrict(input, session);
    // The same roster again, as new objects (as a worker receives it): every record kept.
    const again = analyzeDistrict(
      { ...input, schools: input.schools.map((school) => ({ ...school })) },
      session,
    );
    expect(again.townships.every((record, index) => record === before.townships[index])).toBe(true);
    expect(session.townshipMemo('current').made).toBe(0);
  });

  it('after a radius change keeps what a record holds of its schools and evaluates its coverage rules again', () => {
    const session = startAnalysisSession();
    const before = analyzeDistrict(input, session);
    // Rural primary coverage from the default radius to 300 m and back: shares fall, rules fail, then pass again.
    let radii = input.radii;
    let last = before;
    for (const metres of [300, 2500, 300]) {
      radii = withServiceRadius(radii, 'primary', 'rural', metres);
      const changed = { ...input, radii };
      const after = analyzeDistrict(changed, session);
      expect(after).toEqual(analyzeDistrict(changed));
      let coverageRulesChanged = 0;
      after.townships.forEach((record, index) => {
        const previous = last.townships[index];
        if (!previous || record.urban) return;
        // A rural record is made again (its primary threshold changed) from the kept parts of its schools.
        expect(record).not.toBe(previous);
        expect(record.counts).toBe(previous.counts);
        expect(record.coverage.kindergarten).toBe(previous.coverage.kindergarten);
        expect(record.coverage.primary.radius).toBe(metres);
        record.rules.forEach((rule, at) => {
          const kept = previous.rules[at];
          if (rule.measure === 'school-count') expect(rule).toBe(kept);
          else if (rule.pass !== kept?.pass) coverageRulesChanged++;
        });
      });
      // The radius moved coverage rules from pass to fail or back: a rule result kept from before would be stale.
      expect(coverageRulesChanged).toBeGreaterThan(0);
      last = after;
    }
  });

  it('makes every record again after a rule or setting change, and after a radius change of one kind, as a fresh analysis', () => {
    const session = startAnalysisSession();
    const before = analyzeDistrict(input, session);
    const rules = input.ruleSet.rules.map(
      (rule): Rule =>
        rule.level === 'township' && rule.measure === 'school-count'
          ? { ...rule, threshold: rule.threshold + 1 }
          : rule,
    );
    const stricter = { ...input, ruleSet: { ...input.ruleSet, rules } };
    const afterRule = analyzeDistrict(stricter, session);
    expect(afterRule).toEqual(analyzeDistrict(stricter));
    expect(afterRule.townships.some((record, index) => record === before.townships[index])).toBe(false);
    expect(session.townshipMemo('current').made).toBe(afterRule.townships.length);

    const populous = {
      ...stricter,
      ruleSet: withRuleSettings(stricter.ruleSet, { populousTownThreshold: 1 }),
    };
    const afterSetting = analyzeDistrict(populous, session);
    expect(afterSetting).toEqual(analyzeDistrict(populous));
    expect(afterSetting.townships.every((record) => record.populous)).toBe(true);

    const wider = {
      ...populous,
      radii: withServiceRadius(populous.radii, 'middle', 'rural', 4000),
    };
    const afterRadius = analyzeDistrict(wider, session);
    expect(afterRadius).toEqual(analyzeDistrict(wider));
    expect(afterRadius.townships.map((record) => record.coverage.middle.radius)).toEqual(
      analyzeDistrict(wider).townships.map((record) => record.coverage.middle.radius),
    );
  });
});
