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
  travelKindLines: 'line',
  travelKindLinesPolygons: 'line or polygon',
  travelAskProjection: '{reason}; {magnitude}. Choose the coordinate system',
  travelMagnitudeGeographic: 'the numbers look like degrees of longitude and latitude',
  travelMagnitudeZonePrefix: 'the numbers look like Gauss–Krüger metres with the zone number in front',
  travelMagnitudeProjected: 'the numbers look like Gauss–Krüger metres without a zone number',
  travelMagnitudeUnknown: 'the numbers do not tell degrees from projected metres',
  travelProjectionUnusable: 'The coordinate system “{projection}” cannot be used',
  travelProjectionOutsideChina:
    'Converted as “{projection}”, the coordinates fall outside China: the coordinate system may be wrong',
  travelProjectionUnknown: 'The coordinate system “{projection}” is not recognised',
  travelNoPrj: '{file} holds no coordinate system file (.prj)',
  travelNoCrs: '{file} names no coordinate system, and its coordinates are not degrees',
  travelTooManyVertices:
    '{file} has about {vertices} vertices, more than the limit of {most}; clip it to the county or simplify the lines first',
  travelZipTooLarge:
    '{file} would take about {megabytes} MB unpacked, more than the limit of {most} MB; zip only the layer’s .shp, .dbf, .prj and .cpg files, or clip it to the county first',
  travelZipUnreadable: '{file}: {reason}',
  travelZipNoShp: '{file} holds no .shp file; zip the .shp, .dbf, .prj (and .cpg) of one layer together',
  travelZipWrongShapes: '{file} holds no {kinds} layer',
  travelZipSeveralLayers: 'The archive holds {count} usable layers; only {layer} was read',
  travelZipNoDbf: 'No attribute table (.dbf): only the geometry was read, every attribute takes its default',
  travelShpUnreadable: '{file}: {layer} cannot be read ({reason})',
  travelFeatureNoGeometry: 'no geometry, or an empty one',
  travelNotJson: '{file} is not valid JSON: {reason}',
  travelNoFeatures: '{file} is not GeoJSON with features',
  travelFeatureWrongType: 'geometry type {type}, not a {kinds} feature',
  travelFeatureBadCoordinates:
    'incomplete coordinates (a line needs 2 points, each polygon ring 4, each point two numbers)',
  travelFileTooLarge:
    '{file} has {megabytes} MB, more than the import limit of {most} MB; clip it to the county first',
  travelShapefileNotZipped:
    'Zip the .shp, .dbf, .prj (and .cpg) files of a Shapefile together and import the zip',
  travelPbfNotRead:
    '{file} is an OpenStreetMap .osm.pbf file, which the atlas does not read directly; export its roads (the lines layer) to GeoJSON with QGIS or ogr2ogr and import that: the highway field is mapped to road classes',
  roadLeftOut:
    '“{field}” is “{value}”: expressways and footpaths are not part of the walking, cycling and school-bus network; left out',
  roadSpeedIgnored: '“{field}” is “{value}”, not a valid speed (km/h); the class’s speed is used',
  roadTooShort: 'the line has fewer than two distinct points and makes no road',
  roadPartsDropped: '{count} parts with fewer than two distinct points were left out',
  roadNoLines: '{file} holds no usable line features ({skipped} features could not be read)',
  barrierNoLines: '{file} holds no usable line or polygon features ({skipped} features could not be read)',
  barrierTooShort: 'the line has fewer than two points',
  travelNoUsableFeatures: '{file} holds no usable {kinds} features ({skipped} features could not be read)',
};
