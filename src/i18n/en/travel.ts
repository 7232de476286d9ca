import type { travelZh } from '../zh-CN/travel.ts';

/** English texts of travel time on roads: the keys of `zh-CN/travel.ts`. */
export const travelEn: Record<keyof typeof travelZh, string> = {
  travelSettingWrong: 'Rule set field {field}: expected {expected}, found {actual}',
  travelExpectObject: 'an object',
  travelExpectKnownField: 'one of these fields: {fields}',
  travelExpectSpeed: 'a speed above 0 and at most {most} (km/h)',
  travelExpectMinutes: 'minutes above 0 and at most {most} (or null for district-wide)',
  travelExpectClassSpeeds: 'a table of speeds by road class ({classes})',
  travelExpectRoadClass: 'one of the road classes {classes}',
  travelExpectThresholds: 'a table of time thresholds by mode and kind',
  travelExpectMode: 'one of the modes {modes}',
  travelExpectKind: 'one of the kinds {kinds}',
  travelExpectAreas: 'urban and rural thresholds (urban, rural)',
  travelExpectBands: 'an ascending list of 1 to 8 minute values, each at most {most}',
  travelExpectFlag: 'true or false',
  travelExpectNotes: 'a table of notes (field → text)',
};
