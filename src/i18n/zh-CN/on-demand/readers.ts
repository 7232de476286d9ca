/**
 * Simplified Chinese texts of the readers' limits: archives that expand too far, files nested
 * too deep or too large to read, searches too large to run, and output files that cannot be
 * written.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const readersOnDemandZh = {
  coveragePairsOverLimit:
    '按此服务半径与候选点间距，候选点与人口点的覆盖关系约有 {pairs} 对，超过 {limit} 对的上限（约需 {megabytes} MB 内存）；请加大候选点间距、减小服务半径，或只在部分乡镇中选址',
  zipEntryTooLarge:
    '压缩包中的 {name} 解压后有 {megabytes} MB，超过单个文件 {limit} MB 的上限；请删去不需要的内容，或拆分为几个文件后再导入',
  zipTotalTooLarge:
    '压缩包中需要读取的文件解压后共 {megabytes} MB，超过 {limit} MB 的上限；请只保留需要导入的文件后重新压缩，或拆分为几个压缩包导入',
  zipEntryLargerThanDeclared:
    '压缩包中的 {name} 解压后比压缩包中标注的大小（{declared} 字节）大得多，已停止解压；文件可能已损坏或被恶意构造，请核对文件来源',
  zipEntryCorrupt: '压缩包中的 {name} 已损坏，无法解压',
  workbookNoData: '文件是空的',
  workbookStructureBroken:
    '工作簿的内部结构有误（可能由不规范的软件生成或已损坏），请用 Excel 或 WPS 打开后另存为 .xlsx 再导入',
  workbookReadFailed: '读取时出错，文件可能已损坏；请用 Excel 或 WPS 打开后另存为 .xlsx 再导入',
  jsonTooDeep:
    '{file} 中的数组或对象嵌套超过 {limit} 层，正常的数据文件不会这样深；文件可能已损坏或被恶意构造，未读取。请核对文件来源，或用制图软件重新导出',
} as const;
