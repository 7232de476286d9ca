/** Simplified Chinese texts of travel time on roads (道路时间): import, settings, analysis, map and CLI. */
export const travelZh = {
  travelModeShort_walk: '步行',
  travelModeShort_bike: '骑行',
  travelModeShort_bus: '校车',
  travelLegendRoad: '按{mode}道路时间',
  travelLegendStraight: '按直线距离',
  travelTitleReach: '{mode}道路时间',
  travelReachStraight: '服务半径',
  travelReachRoad: '{mode}道路时间',
  travelMinuteUnit: '分钟',
  travelLegendBand: '{minutes} 分钟内',
  travelLegendHiddenGap: '直线覆盖、道路未覆盖',
  travelSampleRoadsBadge: '示例路网',
} as const;
