import type { travelZh } from '../zh-CN/travel.ts';

/** English texts of travel time on roads: the keys of `zh-CN/travel.ts`. */
export const travelEn: Record<keyof typeof travelZh, string> = {
  travelModeShort_walk: 'walking',
  travelModeShort_bike: 'cycling',
  travelModeShort_bus: 'school bus',
  travelLegendRoad: 'by {mode} time on roads',
  travelLegendStraight: 'by straight-line distance',
  travelTitleReach: 'reach by {mode} time on roads',
  travelReachStraight: 'the service radius',
  travelReachRoad: 'the {mode} time on roads',
  travelMinuteUnit: 'min',
  travelLegendBand: 'within {minutes} min',
  travelLegendHiddenGap: 'covered in a straight line, not by road',
  travelSampleRoadsBadge: 'Sample roads',
};
