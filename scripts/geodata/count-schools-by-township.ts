/**
 * Counts schools per township and type, split into existing and new builds, for the summary the
 * geodata script prints (a quick look at the sample roster as numbers).
 */
import { SCHOOL_TYPES, type School, type SchoolType } from '../../src/domain/school.ts';

/** Counts of one township: per type, existing schools and new builds of the plan. */
export interface TownshipSchoolCount {
  township: string;
  existing: Record<SchoolType, number>;
  newBuilds: Record<SchoolType, number>;
}

function emptyCounts(): Record<SchoolType, number> {
  return Object.fromEntries(SCHOOL_TYPES.map((type) => [type, 0])) as Record<SchoolType, number>;
}

/**
 * Counts schools per township in order of first appearance (the roster is sorted by township code).
 * @example countSchoolsByTownship(schools)[0]?.existing.小学 // number of existing primaries of the first township
 */
export function countSchoolsByTownship(schools: readonly School[]): TownshipSchoolCount[] {
  const byTownship = new Map<string, TownshipSchoolCount>();
  for (const school of schools) {
    let counts = byTownship.get(school.township);
    if (!counts) {
      counts = { township: school.township, existing: emptyCounts(), newBuilds: emptyCounts() };
      byTownship.set(school.township, counts);
    }
    const bucket = school.projectType === '新建' ? counts.newBuilds : counts.existing;
    bucket[school.type] += 1;
  }
  return [...byTownship.values()];
}
