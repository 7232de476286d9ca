/**
 * Simplified Chinese words that many messages share: list separators, units, kinds, errors.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const commonOnDemandZh = {
  listAndMore: '{items} 等 {count} 个',
  serviceKindHeading_kindergarten: '幼儿园',
  serviceKindHeading_primary: '小学',
  serviceKindHeading_middle: '初中',
  serviceKindHeading_high: '高中',
  serviceKindHeading_special: '特殊教育',
  unitSchools: '所',
  unitPupilsPerClass: '人/班',
  unitPerComputer: '人/台',
} as const;
