import type { hardeningOnDemandZh } from '../../zh-CN/on-demand/hardening.ts';

/**
 * English texts of the safeguards, the keys of `zh-CN/on-demand/hardening.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const hardeningOnDemandEn: Record<keyof typeof hardeningOnDemandZh, string> = {
  formOutsideDistrict: 'This point lies {distance} outside the district boundary: check the coordinates.',
  formOutsideDistrictConfirm: 'The position is right: save it outside the district',
  formOutsideDistrictRequired:
    'Check the position first: correct the coordinates, or tick “The position is right” to save',
  moveOutsideDistrictTitle: 'Outside the district',
  moveOutsideDistrict: 'The new position of “{name}” lies {distance} outside the district boundary. Move it?',
  moveOutsideDistrictConfirm: 'Move it anyway',
  moveOutsideDistrictCancel: 'Cancel, put it back',
  townshipSchoolsInScenario: 'Schools ({scenario}): {total}',
  townshipNoSchools: 'No schools in this township in this scenario',
};
