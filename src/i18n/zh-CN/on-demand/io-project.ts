/**
 * Simplified Chinese texts of project files and backups: opening, migrating, what was replaced.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioProjectOnDemandZh = {
  projectFileWord: '项目文件',
  projectNoMigrationPath: '没有从第 {from} 版迁移到第 {to} 版的方法',
  projectMigrationMissing: '缺少第 {from} 版到第 {to} 版的迁移',
  projectDuplicateCode: '代码 {code} 与第 {row} 所学校重复',
  projectProblemInColumn: '「{column}」{problem}',
  projectSchoolNotOpened: '第 {number} 所学校（{school}）未能打开：{reasons}',
  projectSchoolUnnamed: '无名称',
  projectNotJson: '{file} 不是“学校布局一张图”的项目文件（无法解析为 JSON）',
  projectNotProject: '{file} 不是“学校布局一张图”的项目文件',
  projectVersionInvalid: '{file} 的文件格式版本号无效（{version}）',
  projectTooNew:
    '{file} 由较新版本的“学校布局一张图”保存（文件格式第 {version} 版，本程序只能打开第 {current} 版及以前的文件），请先升级本程序',
  projectNotMigrated: '{file} 无法升级到当前格式：{problem}',
  projectNoRoster: '{file} 中没有学校名录（roster）',
} as const;
