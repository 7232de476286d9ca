import type { ioRosterOnDemandZh } from '../../zh-CN/on-demand/io-roster.ts';

/**
 * English texts of reading rosters and points: coordinates, values, columns, candidate sites, the keys of `zh-CN/on-demand/io-roster.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioRosterOnDemandEn: Record<keyof typeof ioRosterOnDemandZh, string> = {
  positionMissing: 'Coordinate missing',
  positionNotDecimal: '{value} is not in decimal degrees',
  positionTwoInOneCell:
    '{value} looks like longitude and latitude in one cell; please put them in two columns, longitude and latitude',
  positionUnreadable:
    '{value} is not a readable coordinate; write decimal degrees (e.g. 109.5862) or degrees, minutes and seconds (e.g. 109°35′12″)',
  positionZero:
    'Longitude and latitude are both 0: most likely a placeholder for a missing position; please enter the real one',
  positionSwapped:
    'Longitude {longitude} and latitude {latitude} were the wrong way round and have been exchanged',
  positionOutsideChina: '{value} lies outside China ({min}–{max}); check whether it is swapped or mistyped',
  positionOutsideDistrict: '{distance} outside the district boundary; please check the coordinates',
  coordinateSystemShortWgs84: 'WGS84/CGCS2000',
  coordinateSystemShortGcj02: 'GCJ-02 (AMap/Tencent)',
  coordinateSystemShortBd09: 'BD-09 (Baidu)',
  coordinateSystemHint:
    'Most points fall outside the district; read as {system} coordinates, {share} of them lie inside, so the file most likely uses {system}',
  rosterValueUnknown: '{value} is not a recognised value (it should be one of {allowed}); taken as empty',
  rosterOwnershipMissing: 'Not filled in; taken as public',
  rosterTypeUnknownStrict: '{value} is not a recognised value; it should be one of {allowed}',
  rosterTypeUnknown: '{value} is not a recognised school type; it should be one of {allowed}',
  rosterTypeGuessed: '{value} was taken as “{type}”; please check',
  rosterNotNonNegative: '{value} is not a non-negative number; taken as empty',
  rosterApproximate: '{value} is an approximate figure; taken as {number}',
  rosterTooLong: 'Holds {length} characters, more than the limit of {limit}',
  rosterNameTooLong:
    'Holds {length} characters, more than the limit of {limit}; no name is that long, so a paragraph or a whole column most likely landed in this cell',
  rosterYearInvalid: '{value} is not a valid year; taken as empty',
  rosterRequired: 'Must not be empty',
  rosterCodeMissing: 'Not filled in; a temporary code was made from the row number',
  rosterCodeScientific:
    '{value} is in scientific notation: Excel took the code for a number and its last digits are lost; it was imported as it is; set the column to “Text” and enter the codes again',
  rosterStatusMissing: 'Project type “{type}” but no project status; taken as planned',
  rosterColumnsMissing: '{file}: required columns missing: {columns}',
  rosterColumnsMissingHint:
    '{file}: required columns missing: {columns} (choose under Column mapping which column holds each)',
  rosterNoFeatures: '{file}: the file holds no features',
  rosterHeaderOnly: '{file}: only a header (row {row}), no data rows',
  rosterNoCodeColumn:
    '{file}: no “{column}” column; temporary codes were made from the row numbers (such as ROW2)',
  rosterNoOwnershipColumn: '{file}: no “{column}” column; every school was taken as public',
  rosterFormula:
    '{value} starts with “=” like an Excel formula; it was imported as text, exactly as written (it will not run as a formula); please check',
  rosterDuplicateCode: 'Code {code} repeats row {row}',
  candidateColumnsMissing:
    '{file}: no {missing} column (the header is {headers}); a longitude column may be headed 经度, lon, lng, longitude or X, a latitude column 纬度, lat, latitude or Y',
  candidateHeaderOnly: '{file}: only a header (row {row}), no candidate sites',
};
