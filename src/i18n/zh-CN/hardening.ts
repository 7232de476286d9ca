/**
 * Simplified Chinese texts of the safeguards: saved work kept from other versions, places outside
 * the district confirmed before they are saved, and a township's counts named by their scenario.
 */
export const hardeningZh = {
  saveForeignNewer:
    '本浏览器中保存的工作由较新版本的本系统生成（数据格式第 {version} 版，当前版本只能读取第 {supported} 版），现显示默认数据。为免覆盖该工作，自动保存已暂停，本页所作修改不会保存。请更新本系统后再打开，或在新版本中导出项目备份。',
  saveForeignUnreadable:
    '本浏览器中保存的工作无法识别（未注明数据格式版本或内容不完整），现显示默认数据。为免覆盖该工作，自动保存已暂停，本页所作修改不会保存。',
  saveForeignSavedAt: '（保存于 {time}）',
  saveForeignDiscard: '放弃该保存，改存本页数据…',
  saveForeignDiscardConfirm:
    '确定放弃本浏览器中无法读取的保存吗？放弃后无法恢复。如需保留，请先在生成该保存的新版本中导出项目备份。',
  partFailed: '这一部分未能显示；页面其余部分和地图照常可用，数据未受影响。',
  partFailedReason: '原因：{reason}',
  partRetry: '重试',
  partReload: '重新加载页面',
  outsideDistrictMetres: '{metres} 米',
  outsideDistrictKilometres: '{kilometres} 公里',
} as const;
