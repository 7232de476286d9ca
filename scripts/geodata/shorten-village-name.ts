/**
 * Turns an official village or community committee name into the short place name a school is
 * called after: schools are named after the village (三板村小学), never after the committee
 * (三板村委会小学).
 */

const COMMITTEE_SUFFIXES = ['村民委员会', '居民委员会', '社区居委会', '村委会', '居委会', '社区'] as const;

/**
 * Shortens a committee name. Rural communities become villages (兴贵社区 → 兴贵村), since a school
 * in a township seat is named like a village school; in an urban subdistrict the community keeps
 * its name (南湖社区), which is how city schools and kindergartens are named.
 * @example shortenVillageName('三板村委会', false) // '三板村'
 * @example shortenVillageName('徐村村委会', false) // '徐村'
 * @example shortenVillageName('南湖社区', true) // '南湖社区'
 */
export function shortenVillageName(name: string, urban: boolean): string {
  const suffix = COMMITTEE_SUFFIXES.find((candidate) => name.endsWith(candidate));
  if (!suffix) return name;
  const stem = name.slice(0, name.length - suffix.length);
  const community = suffix.includes('社区') || suffix.startsWith('居');
  if (community && urban) return `${stem}社区`;
  return stem.endsWith('村') ? stem : `${stem}村`;
}
