import type { commonOnDemandZh } from '../../zh-CN/on-demand/common.ts';

/**
 * English words that many messages share: list separators, units, kinds, errors.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const commonOnDemandEn: Record<keyof typeof commonOnDemandZh, string> = {
  listAndMore: '{items} ({count} in all)',
  serviceKindHeading_kindergarten: 'Kindergarten',
  serviceKindHeading_primary: 'Primary school',
  serviceKindHeading_middle: 'Middle school',
  serviceKindHeading_high: 'High school',
  serviceKindHeading_special: 'Special education',
  unitSchools: 'schools',
  unitPupilsPerClass: 'pupils per class',
  unitPerComputer: 'per computer',
};
