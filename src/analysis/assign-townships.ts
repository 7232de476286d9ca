/** Which township each school belongs to. */
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { findTownshipAtPoint } from './find-township-at-point.ts';

/**
 * The township code of every school: from its 所属乡镇 when that names a known township
 * (full name such as 桥圩镇, or without the 镇/街道 suffix), otherwise from the township whose
 * boundary contains its point; '' when neither gives one.
 */
export function assignTownships(schools: readonly School[], townships: TownshipCollection): string[] {
  return schools.map(townshipAssignment(townships));
}

/**
 * The township code of one school, as `assignTownships` gives it.
 * @example townshipAssignment(townships)(school) // '450802100'
 */
export function townshipAssignment(townships: TownshipCollection): (school: School) => string {
  const byName = new Map<string, string>();
  for (const feature of townships.features) {
    const { code, name } = feature.properties;
    byName.set(name, code);
    byName.set(name.replace(/(镇|乡|街道|街道办事处)$/, ''), code);
    byName.set(code, code);
  }
  return (school) => {
    const named = byName.get(school.township.trim());
    if (named) return named;
    return findTownshipAtPoint(school.lon, school.lat, townships)?.properties.code ?? '';
  };
}
