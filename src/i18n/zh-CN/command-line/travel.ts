/**
 * Simplified Chinese texts of travel time on roads (道路时间): import, settings, analysis, map and CLI.
 *
 * The part of this section that only the command line writes.
 */
export const travelCommandLineZh = {
  travelSampleMark: '（示例数据，非真实道路）',
  travelCliRoadOptions: `  --roads 文件        路网 GeoJSON 或 zip 压缩的 Shapefile（线；道路等级、限速、名称字段自动识别）；
                      给出后按道路时间计算
  --mode 方式         walk（步行，默认）、bike（自行车/电动车）或 bus（校车/机动车）
  --barriers 文件     阻隔线（河流、水库的线或面），只能经道路跨越；默认 {barrier}（郁江），none 为不设
  --crs 坐标系        路网与阻隔文件没有注明坐标系时使用，如 EPSG:4525`,
  travelCliNeedsRoads: '选项 --mode 与 --barriers 需要同时给出 --roads 路网文件',
  travelCliChooseCrs: '请用 --crs 指定坐标系，可选：{candidates}',
  travelCliRoadSummary:
    '{file}：读入道路 {lines} 条{sample}，未读入的要素 {rejected} 个；端点离其他道路不足 5 米但未相接 {looseEnds} 处；路网分为 {parts} 个互不相连的部分',
  travelCliUsage: `用法: npm run atlas -- travel --kind 学段 --roads 路网文件 [选项]

按道路计算每个人口点到最近一所该学段学校的出行时间（分钟）：先以 3 公里/小时直线走到最近且不跨越阻隔线的道路，
再沿道路按所选方式的速度前往学校。每个人口点输出一行：名称, 经度, 纬度, 分钟, 最近学校代码（无法到达时后两列为空）。
未给出的输入使用内置的港南区默认数据（示例数据、模型人口，仅供演示）。输出 UTF-8 带 BOM 的 CSV。

选项:
  --kind 学段         {kinds}（必填）
{roadOptions}
{inputOptions}
  --coords 坐标系     输入坐标系 wgs84（默认）、gcj02 或 bd09（学校名录与人口点）
  --sheet 工作表      XLSX 名录的工作表名或序号
  --encoding 编码     文本名录的编码（如 gb18030），默认自动识别
  --out 文件          写入文件，默认输出到标准输出
  --help              显示本说明

退出码：0 计算完成；1 有输入文件完全无法读取；2 选项有误。`,
  travelCliUnknownKind:
    '选项 --kind 应为 幼儿园、小学、初中、高中、特殊教育（或 kindergarten、primary、middle、high、special）之一，实际为 {kind}',
  travelCliNeedsRoadsFile: 'travel 命令需要 --roads 路网文件',
  travelCliDone:
    '出行时间计算完成（{mode}）：{points} 个人口点，{reached} 个可到达{kind}（共 {schools} 所），{unreachable} 个无法到达{out}',
  travelCliWrittenTo: '；已写入 {out}',
} as const;
