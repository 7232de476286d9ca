/**
 * Simplified Chinese texts of the safeguards: saved work kept from other versions, places outside the district confirmed before they are saved, and a township's counts named by their scenario.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const hardeningOnDemandZh = {
  formOutsideDistrict: '该位置位于区界外 {distance}，请核对经纬度。',
  formOutsideDistrictConfirm: '位置无误，仍在区界外保存',
  formOutsideDistrictRequired: '请先核对位置：修改经纬度，或勾选“位置无误”后再保存',
  moveOutsideDistrictTitle: '移到区界外',
  moveOutsideDistrict: '“{name}”的新位置位于区界外 {distance}。确定移动吗？',
  moveOutsideDistrictConfirm: '仍然移动',
  moveOutsideDistrictCancel: '取消，放回原处',
  townshipSchoolsInScenario: '学校数量（{scenario}）：共 {total} 所',
  townshipNoSchools: '该情景下本乡镇没有学校',
} as const;
