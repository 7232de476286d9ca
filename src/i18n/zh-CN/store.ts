/** Simplified Chinese texts of the store: refused edits, background work, saving in the browser. */
export const storeZh = {
  workerFailed: '后台计算出错',
  schoolCodeTaken: '学校代码 {code} 已存在',
  candidateUnknown: '没有候选点 {id}',
  storageFull: '浏览器存储空间已满，修改未能保存；请导出项目备份并清理浏览器存储',
  storageRefused: '浏览器不允许保存数据（可能处于隐私/无痕模式）；关闭页面后修改将丢失，请导出项目备份',
  storageFailed: '修改未能保存到浏览器：{problem}',
} as const;
