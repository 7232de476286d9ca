/**
 * Simplified Chinese texts of reading rosters and points: coordinates, values, columns, candidate sites.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioRosterOnDemandZh = {
  positionMissing: '缺少坐标',
  positionNotDecimal: '{value}不是十进制度数',
  positionTwoInOneCell: '{value}像是把经度和纬度写在了同一个单元格里，请分成“经度”“纬度”两列',
  positionUnreadable: '{value}不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
  positionZero: '经度、纬度都是 0：多半是没有坐标时填的占位值，请填写实际位置',
  positionSwapped: '经度{longitude}与纬度{latitude}填反了，已对调',
  positionOutsideChina: '{value} 超出中国范围（{min}–{max}），请检查是否填反或填错',
  positionOutsideDistrict: '位于区界外 {distance}，请核对坐标',
  coordinateSystemShortWgs84: 'WGS84/CGCS2000',
  coordinateSystemShortGcj02: 'GCJ-02（高德/腾讯）',
  coordinateSystemShortBd09: 'BD-09（百度）',
  coordinateSystemHint:
    '多数点落在区界外；若按 {system} 坐标换算，{share} 的点在区内，文件很可能使用 {system} 坐标',
  rosterValueUnknown: '{value}不是可识别的取值（应为 {allowed} 之一），已按空值处理',
  rosterOwnershipMissing: '未填写，按公办处理',
  rosterTypeUnknownStrict: '{value}不是可识别的取值，应为 {allowed} 之一',
  rosterTypeUnknown: '{value}不是可识别的学校类型，应为 {allowed} 之一',
  rosterTypeGuessed: '{value}按“{type}”处理，请核对',
  rosterNotNonNegative: '{value}不是非负数，已按空值处理',
  rosterApproximate: '{value}是约数，已按 {number} 处理',
  rosterTooLong: '有 {length} 个字符，超过 {limit} 个字符的上限',
  rosterNameTooLong:
    '有 {length} 个字符，超过 {limit} 个字符的上限；名称不会这么长，多半是整段文字或整列内容误入了这一格',
  rosterYearInvalid: '{value}不是有效年份，已按空值处理',
  rosterRequired: '不能为空',
  rosterCodeMissing: '未填写，已按行号生成临时代码',
  rosterCodeScientific:
    '{value}是科学计数法：Excel 把代码当成了数字，后面的位数已经丢失；已按原样导入，请把该列设为“文本”后重新填写代码',
  rosterStatusMissing: '有项目类型“{type}”但未填项目状态，按“规划”处理',
  rosterColumnsMissing: '{file}：缺少必需的列 {columns}',
  rosterColumnsMissingHint: '{file}：缺少必需的列 {columns}（可在“列对应”中指定哪一列是它）',
  rosterNoFeatures: '{file}：没有任何要素',
  rosterHeaderOnly: '{file}：只有表头（第 {row} 行），没有数据行',
  rosterNoCodeColumn: '{file}：没有“{column}”列，已按行号生成临时代码（如 ROW2）',
  rosterNoOwnershipColumn: '{file}：没有“{column}”列，全部按公办处理',
  rosterFormula: '{value}以“=”开头，像是 Excel 公式；已按文字原样导入（不会作为公式执行），请核对',
  rosterDuplicateCode: '代码 {code} 与第 {row} 行重复',
  candidateColumnsMissing:
    '{file}：找不到{missing}列（表头为 {headers}）；经度列可写作 经度、lon、lng、longitude 或 X，纬度列可写作 纬度、lat、latitude 或 Y',
  candidateHeaderOnly: '{file}：只有表头（第 {row} 行），没有候选点',
} as const;
