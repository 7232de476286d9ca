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
  publishFileUnreadable: '无法读取发布的数据 {file}（{problem}），请检查服务器或稍后刷新',
  publishProjectMissing: '发布的数据缺少 {file}，请重新发布',
  publishProjectTooLarge:
    '{file} 约 {megabytes} MB，超过 {limit} MB 的上限；请精简数据（如人口点、参考图层）后重新发布',
  publishZipTooLarge: '要打包的文件过多或过大（{files} 个文件，约 {megabytes} MB），无法写成 ZIP 文件',
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
  publishViewerWhatIf:
    '发布版中的候选点、选址建议和撤并方案仅作试算，不保存，关闭或刷新页面后即消失；如需保留，请点“在此基础上编辑”建立本地副本',
  publishEditCopy: '在此基础上编辑',
  publishEditCopyTitle: '在本浏览器中建立发布版数据的本地副本，可以编辑和导入；发布版本身不变',
  publishContinueCopy: '继续编辑本地副本',
  publishContinueCopyTitle: '打开本浏览器中保存于 {savedAt} 的本地副本',
  publishReplaceSaved:
    '本浏览器中已保存有数据（保存于 {savedAt}）。建立副本将替换这些数据，请先导出项目备份。是否继续？',
  publishReplaceConfirm: '替换并建立副本',
  publishReplaceCancel: '取消',
  publishBackToPublished: '返回发布版',
  publishOpen: '发布一张图…',
  publishOpenHint: '把当前数据和本程序打包，放到单位内网服务器或U盘上，所有人打开的都是同一份数据',
  publishDialogTitle: '发布一张图',
  publishIntro:
    '把当前数据连同本程序打包成一个 ZIP 文件。解压到单位内网的网站目录（或U盘）后，任何人打开该地址看到的都是这份数据，复制的链接也指向这份数据；打开的页面只能查看，不能修改。',
  publishTitleLabel: '标题',
  publishUnitLabel: '发布单位',
  publishTitleDefault: '{district}学校布局一张图',
  publishUnitDefault: '{district}教育局',
  publishSampleWarning: '当前学校名录是示例数据；发布后页面上仍会标明“示例数据”。',
  publishButton: '生成发布包（ZIP）',
  publishCollecting: '正在收集程序文件（{done}/{total}）…',
  publishDone:
    '已生成 {file}（{files} 个文件，{megabytes} MB），数据更新于{date}。解压后请按其中的“使用说明.txt”部署。',
  publishFailed: '未能生成发布包：{problem}',
  publishAppFilesMissing: '找不到程序文件清单 {file}：只有构建后的程序（npm run build）才能发布',
  publishAppFileFailed: '程序文件 {file} 读取失败（{problem}）',
  publishZipFileWord: '发布包',
  publishReadmeFile: '使用说明.txt',
  publishReadme:
    '{title}\r\n发布单位：{unit}\r\n数据更新于：{date}（编号 {id}）\r\n\r\n一、放到网站上\r\n把本文件夹中的全部文件复制到任一静态网站目录（nginx、IIS 等，见程序说明 docs/DEPLOY.md），用浏览器打开该目录的地址即可。无需数据库，无需联网。\r\n\r\n二、在本机打开\r\n浏览器不允许从本地文件夹（file://）直接读取数据，双击 index.html 打不开数据。请在本文件夹中：\r\n- Windows：双击 serve.cmd（用系统自带的 PowerShell 在本机启动一个只供本机访问的网站，并自动打开 http://localhost:8000/），使用期间不要关闭它的窗口\r\n- Linux、macOS：运行 sh serve.sh（需要 python3），然后打开 http://127.0.0.1:8000/\r\n\r\n三、更新数据\r\n用新数据重新发布，再把新的文件夹整个替换旧的即可（命令行发布到同一文件夹时会自动替换，并把旧的一份留作带日期的副本）。\r\n',
  publishStartupNote:
    '正在打开“学校布局一张图”……如果一直停在这里：从本地文件夹（双击 index.html）打开时浏览器不允许运行本程序，请运行文件夹中的 serve.cmd（Windows）或 serve.sh，详见“使用说明.txt”。',
  publishCliWritten: '已发布到 {folder}：{schools} 所学校，数据更新于 {date}，编号 {id}',
  publishCliPrevious: '原有的发布版已保留为 {folder}',
  publishCliBuilding: '{dist} 中没有已构建的程序，正在构建（npm run build）…',
  publishCliNoBuild: '{dist} 中没有已构建的程序，构建也未成功（{problem}）；请先运行 npm run build',
  publishCliNotPublication:
    '{folder} 已存在，但不是发布文件夹（其中没有 data/atlas-data.json）；为免覆盖其他文件，未发布。请换一个新文件夹或已发布过的文件夹',
  publishCliFailed: '发布失败：{problem}',
} as const;
