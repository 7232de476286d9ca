/**
 * Simplified Chinese texts of publishing the atlas: the published data's files, viewer mode and
 * the local copy, links made on other data, the 发布一张图 dialog and the `publish` command.
 */
export const publishZh = {
  publishDay: '{year}年{month}月{day}日',
  publishManifestNotJson: '{file} 不是有效的 JSON，发布的数据无法打开，请重新发布',
  publishManifestNotManifest: '{file} 不是“学校布局一张图”的发布数据说明，请重新发布',
  publishManifestTooNew:
    '{file} 由较新版本的“学校布局一张图”发布（格式第 {version} 版，本程序只能读取第 {current} 版），请用同一版本的程序重新发布',
  publishManifestFieldMissing: '{file} 缺少字段或字段有误：{field}，请重新发布',
  publishViewerReadOnly: '这是发布版，数据不能修改；如需修改，请点“在此基础上编辑”建立本地副本',
  dataSetPublished: '{date}发布版',
  dataSetPublishedBy: '{unit}{date}发布版',
  dataSetLocalElsewhere: '制作链接的浏览器中的本地数据',
  dataSetLocalHere: '本浏览器中的本地数据',
  dataSetSample: '内置示例数据',
  dataSetCopy: '本浏览器中的本地副本（基于{date}发布版）',
  linkDataSetDiffers: '此链接基于{link}的数据，当前显示的是{current}。',
  linkNoticeDismiss: '知道了',
  publishedLine: '发布版 · 数据更新于{date}（{unit}）',
  publishedLineTitle: '{title}：{unit}发布的数据，只供查看，不能修改',
  copyLine: '本地副本 · 基于{date}发布版（{unit}）',
  copyLineTitle: '这是发布版数据的本地副本，修改只保存在本浏览器中，不会改变发布版',
  publishEditCopy: '在此基础上编辑',
  publishEditCopyTitle: '在本浏览器中建立发布版数据的本地副本，可以编辑和导入；发布版本身不变',
  publishContinueCopy: '继续编辑本地副本',
  publishContinueCopyTitle: '打开本浏览器中保存于 {savedAt} 的本地副本',
  publishReplaceSaved:
    '本浏览器中已保存有数据（保存于 {savedAt}）。建立副本将替换这些数据，请先导出项目备份。是否继续？',
  publishReplaceConfirm: '替换并建立副本',
  publishReplaceCancel: '取消',
  publishBackToPublished: '返回发布版',
} as const;
