/** Schools whose point lies outside the township their 所属乡镇 names. */
import { booleanPointInPolygon } from '@turf/turf';
import type { School } from '../domain/school.ts';
import type { TownshipCollection, TownshipFeature } from '../domain/township.ts';

/** A school whose stated township and located township differ. */
export interface TownshipMismatch {
  /** 学校代码. */
  schoolCode: string;
  schoolName: string;
  /** 所属乡镇 as written in the roster. */
  statedName: string;
  /** Code of the township that 所属乡镇 names. */
  statedCode: string;
  /** The township the point falls in, or null when it falls in none (outside the district). */
  locatedCode: string | null;
  locatedName: string | null;
}

const SUFFIX = /(街道办事处|街道|办事处|镇|乡)$/;

function normaliseName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Compares every school's 所属乡镇 with the township its point falls in. Schools whose
 * 所属乡镇 is empty or names no known township are left out (nothing to compare). Meant for
 * official boundaries: with approximate ones a school near a line is expected to "mismatch".
 * @example findTownshipMismatches(schools, officialTownships)[0]
 * // { schoolCode: '2145080042', statedName: '木格镇', locatedName: '桥圩镇', … }
 */
export function findTownshipMismatches(
  schools: readonly School[],
  townships: TownshipCollection,
): TownshipMismatch[] {
  const check = townshipMismatchCheck(townships);
  return schools.flatMap((school) => check(school) ?? []);
}

/**
 * The comparison of one school (as `findTownshipMismatches` makes it for each): its mismatch, or
 * null when it has none or nothing to compare.
 * @example townshipMismatchCheck(townships)(school)?.locatedName
 */
export function townshipMismatchCheck(
  townships: TownshipCollection,
): (school: School) => TownshipMismatch | null {
  const byName = new Map<string, TownshipFeature>();
  for (const feature of townships.features) {
    const name = normaliseName(feature.properties.name);
    byName.set(name, feature);
    byName.set(name.replace(SUFFIX, ''), feature);
    byName.set(feature.properties.code, feature);
  }
  return (school) => {
    const statedText = normaliseName(school.township);
    if (statedText === '') return null;
    const stated = byName.get(statedText) ?? byName.get(statedText.replace(SUFFIX, ''));
    if (!stated) return null;
    if (booleanPointInPolygon([school.lon, school.lat], stated)) return null;
    const located = townships.features.find((feature) =>
      booleanPointInPolygon([school.lon, school.lat], feature),
    );
    return {
      schoolCode: school.code,
      schoolName: school.name,
      statedName: school.township,
      statedCode: stated.properties.code,
      locatedCode: located?.properties.code ?? null,
      locatedName: located?.properties.name ?? null,
    };
  };
}
