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
  travelFeatureIssue: '{file} feature {feature} {name}: {reason}',
  travelSampleMark: ' (sample data, not real roads)',
  travelCliRoadOptions:
    '  --roads FILE        road network GeoJSON or zipped Shapefile (lines; class, speed and name fields found\n                      by their names); with it, distances are travel times on roads\n  --mode MODE         walk (default), bike or bus\n  --barriers FILE     barrier lines (rivers, reservoirs; lines or polygons), crossed on roads only;\n                      default {barrier} (the Yu River), none for no barrier\n  --crs SYSTEM        the coordinate system of road and barrier files that do not say, e.g. EPSG:4525',
  travelCliNeedsRoads: 'The options --mode and --barriers need a road network file with --roads',
  travelCliChooseCrs: 'Name the coordinate system with --crs, one of: {candidates}',
  travelCliRoadSummary:
    '{file}: {lines} roads read{sample}, {rejected} features not read; {looseEnds} line ends within 5 m of another road without joining it; the network falls into {parts} separate parts',
  travelFeatureName: ' ({name})',
  travelCliUsage:
    'Usage: npm run atlas -- travel --kind KIND --roads ROADS [options]\n\nTravel time by road (minutes) from every population point to its nearest school of a kind: a straight\nleg at 3 km/h to the nearest road not across a barrier, then along the roads at the mode’s speed.\nOne row per point: name, longitude, latitude, minutes, nearest school code (the last two empty when\nunreachable). Inputs not given are the embedded defaults of Gangnan (sample data, modelled population).\nOutput: CSV in UTF-8 with a byte-order mark.\n\nOptions:\n  --kind KIND         {kinds} (required)\n{roadOptions}\n{inputOptions}\n  --coords SYSTEM     input coordinates wgs84 (default), gcj02 or bd09 (roster and population points)\n  --sheet SHEET       the sheet of an XLSX roster, by name or number\n  --encoding NAME     the encoding of a text roster (e.g. gb18030); found by itself when not given\n  --out FILE          write to a file instead of standard output\n  --help              show this text\n\nExit status: 0 done; 1 an input file cannot be read at all; 2 a mistake in the options.',
  travelCliUnknownKind:
    'The option --kind must be one of kindergarten, primary, middle, high, special (or their Chinese names); found {kind}',
  travelCliNeedsRoadsFile: 'The travel command needs a road network file with --roads',
  travelCliDone:
    'Travel times done ({mode}): {points} population points, {reached} reach a {kind} school ({schools} in all), {unreachable} cannot{out}',
  travelCliWrittenTo: '; written to {out}',
  travelMode_walk: 'on foot',
  travelMode_bike: 'by bicycle or e-bike',
  travelMode_bus: 'by school bus or car',
  travelModeShort_walk: 'walking',
  travelModeShort_bike: 'cycling',
  travelModeShort_bus: 'school bus',
  travelLegendRoad: 'by {mode} time on roads',
  travelLegendStraight: 'by straight-line distance',
};
