/** Simplified Chinese texts of travel time on roads (道路时间): import, settings, analysis, map and CLI. */
export const travelZh = {
  travelSettingWrong: '规则集字段 {field}：应为{expected}，实际为 {actual}',
  travelExpectObject: '对象',
  travelExpectKnownField: '以下字段之一：{fields}',
  travelExpectSpeed: '大于 0 且不超过 {most} 的速度（公里/小时）',
  travelExpectMinutes: '大于 0 且不超过 {most} 的分钟数（或 null 表示全区范围）',
  travelExpectClassSpeeds: '按道路等级（{classes}）的速度表',
  travelExpectRoadClass: '道路等级 {classes} 之一',
  travelExpectThresholds: '按出行方式和学段的时间阈值表',
  travelExpectMode: '出行方式 {modes} 之一',
  travelExpectKind: '学段 {kinds} 之一',
  travelExpectAreas: '城区/农村阈值（urban、rural）',
  travelExpectBands: '递增的分钟数列表（1 至 8 个，每个不超过 {most}）',
  travelExpectFlag: 'true 或 false',
  travelExpectNotes: '说明文字表（字段 → 文字）',
} as const;
