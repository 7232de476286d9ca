/**
 * Simplified Chinese texts of reading table files: encodings, separators, workbooks, archives, rows.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioTableOnDemandZh = {
  importSummary: '{file}：共 {total} 行，接受 {accepted} 行，拒绝 {rejected} 行',
  importSummaryWarned:
    '{file}：共 {total} 行，接受 {accepted} 行（其中 {warned} 行有警告），拒绝 {rejected} 行',
  tableHeaderRepeated:
    '{file}：表头中{name}出现 {count} 次（第 {columns} 列）；按第 {first} 列对应，后面的列改称{renamed}，请在“列对应”中核对',
  tableTitleRows: '{file}：表头取自第 {header} 行；上面的第 {rows} 行（{texts}）看作标题，未导入',
  tableRowTooLong:
    '此行有 {cells} 个单元格，比表头（{columns} 列）多；多出的 {extra} 未导入（可能是某个单元格里有没加引号的逗号）',
  tableRowTooShort: '此行只有 {cells} 个单元格，表头有 {columns} 列；缺少的按空值处理',
  tableTotalRow: '{file}：第 {row} 行是合计行（{label}），已跳过',
  encodingUtf8: 'UTF-8',
  encodingUtf16le: 'UTF-16（小端，Excel「Unicode 文本」）',
  encodingUtf16be: 'UTF-16（大端）',
  encodingGb18030: 'GBK / GB18030（中文 Windows「ANSI」）',
  encodingUnknown: '不认识的文字编码“{encoding}”，可用 utf-8、gb18030、utf-16le 等',
  fileTooLarge: '{file} 有 {megabytes} MB，超过 {limit} MB 的导入上限；请拆分后分批导入',
  delimiterComma: '逗号',
  delimiterTab: '制表符',
  delimiterSemicolon: '分号',
  delimiterBar: '竖线',
  delimiterFullWidthComma: '中文逗号',
  quoteUnpairedInRow:
    '此行的双引号不成对（以 " 开头的单元格应以 " 结束，格内的 " 要写成 ""）；为免把后面的行都并进这一格，此行未导入，后面的行照常读取',
  quoteUnpairedInColumn:
    '「{column}」列的双引号不成对（以 " 开头的单元格应以 " 结束，格内的 " 要写成 ""）；为免把后面的行都并进这一格，此行未导入，后面的行照常读取',
  quoteUnpairedInHeader: '{file}：表头（第 {row} 行）中有没有配对的双引号，请核对列名',
  fileEmpty: '{file}：文件为空',
  workbookSheetEmpty: '{file}：工作表“{sheet}”是空的',
  fileNotWorkbook:
    '{file} 不是有效的 Excel 工作簿：.xlsx 文件应是 zip 格式，.xls 文件应是旧版 Excel 格式，而此文件两者都不是，可能已损坏或只是改了扩展名',
  fileBinary:
    '{file} 含有二进制内容，不像文本表格；若是 Excel 文件请保存为 .xlsx，若是 UTF-16 文本请在“文字编码”中选择 UTF-16',
  fileIsMarkup:
    '{file} 其实是网页（HTML）或 XML 格式的表格，不是 Excel 工作簿；请用 Excel 或 WPS 打开后「另存为」.xlsx 或 CSV（UTF-8）再导入',
  fileTextUnderExcelName: '{file} 的扩展名是 .{extension}，内容却是文本表格，已按文本（{delimiter}分隔）读取',
  fileNotJson: '{file} 不是有效的 JSON：{reason}',
  workbookLegacyExcel:
    '{file} 是旧版 Excel（.xls）文件，无法直接读取；请在 Excel 或 WPS 中「另存为」.xlsx 或 CSV（UTF-8）后再导入',
  workbookNotUnzipped: '无法解压，文件可能已损坏',
  workbookNoContent: '压缩包里没有 Excel 工作簿的内容（可能是别的 zip 文件，如 Shapefile 压缩包）',
  workbookNotExcel: '内容不是 Excel 工作簿',
  workbookUnreadable: '{file} 不是可读取的 Excel 工作簿（.xlsx）：{reason}',
  workbookSheetMissing: '{file} 中没有工作表“{sheet}”；可用的工作表：{sheets}',
  geojsonNotFeatureCollection: '{file} 不是 GeoJSON 要素集合（FeatureCollection）',
  geojsonNotPoint: '几何类型为 {type}，只能导入点（Point）',
  geojsonNoGeometry: '要素没有几何（坐标）',
  zipInvalid: '不是有效的 zip 压缩包',
  zipSixtyFour: '不支持 ZIP64 格式的压缩包',
  zipDirectoryBroken: 'zip 压缩包的目录已损坏',
  zipEncrypted: '压缩包中的 {name} 已加密，请解压后重新压缩（不加密码）',
  zipHeaderBroken: 'zip 压缩包的文件头已损坏',
  zipEntryTruncated: '压缩包中的 {name} 不完整',
  zipMethodUnsupported: '压缩包中的 {name} 使用了不支持的压缩方式（{method}），请用常规 zip 压缩',
  rejectedProblemColumn: '问题',
  rejectedProblemColumnRenamed: '{column}（导入）',
  dbfTruncated: '属性表（.dbf）文件不完整',
} as const;
