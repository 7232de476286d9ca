/**
 * Simplified Chinese texts of publishing the atlas: the published data's files, viewer mode and
 * the local copy, links made on other data, the 发布一张图 dialog and the `publish` command.
 *
 * The part of this section that only the command line writes.
 */
export const publishCommandLineZh = {
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
