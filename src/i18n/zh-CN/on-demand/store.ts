/**
 * Simplified Chinese texts of the store: refused edits, background work, saving in the browser.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const storeOnDemandZh = {
  importWorkerFailed: '{file}：读取时出错（{problem}）',
  schoolCodeUsed: '代码 {code} 已被其他学校使用',
} as const;
