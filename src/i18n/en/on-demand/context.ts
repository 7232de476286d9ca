import type { contextOnDemandZh } from '../../zh-CN/on-demand/context.ts';

/**
 * English texts of the map as a place to think in: search, basemaps, reference layers, labels.
 *
 * The part of this section that only the screens loaded on demand show (`lazyScreen`).
 */
export const contextOnDemandEn: Record<keyof typeof contextOnDemandZh, string> = {
  printLegendReference: 'Reference layers',
  printBasemapCredit: 'Basemap: {attribution}',
  printBasemapCreditDated: 'Basemap: {attribution} (data of {date})',
  printReferenceCredit: '{layer}: {source}',
  printCreditSeparator: '; ',
  referenceDialogTitle: 'Import a reference layer',
  referenceDialogHelp:
    'GeoJSON (.geojson, .json), a zipped Shapefile (.zip with .shp, .dbf, .prj) and KML/KMZ. Coordinates are converted to WGS84/CGCS2000 longitude and latitude.',
  referenceReading: 'Reading {file}…',
  referenceCoordinates: 'Longitude–latitude system',
  referenceProjection: 'Coordinate system',
  referenceCounts:
    'Features read: {accepted} (points: {points}, lines: {lines}, polygons: {polygons}); left out: {rejected}',
  referenceRejectedTitle: 'Features left out',
  referenceRejectedMore: '{count} more not listed',
  referenceAdd: 'Add the layer',
  referenceCancel: 'Cancel',
  overviewPlanColumns: 'The plan’s requirements',
  overviewIndicatorColumns: 'Coverage indicators (a setting of this tool, target {target})',
  overviewPlanGridSummary:
    'Townships meeting every requirement of the plan: {current} now, {planned} after the plan (of {total})',
  overviewIndicatorNote:
    'The coverage target of {target} is a setting of this tool, not the plan’s words; change it under Analysis',
  importTabReference: 'Reference layer',
  referenceFormats: 'GeoJSON, zipped Shapefile (.zip), KML, KMZ',
  referenceStepLook: 'Name and look',
  referenceStepReview: 'Check',
  referenceIntro:
    'Roads, rivers, village points, land parcels or planning red lines can be added as reference layers. After reading, the features read and those left out (with why) are shown; adding is one step that Undo takes back.',
  referenceProjectionPick: 'Choose the coordinate system…',
  referenceSettings: 'Settings',
  referenceChooseFile: 'Choose a file…',
  referenceProjectionApply: 'Read with this system',
  referenceErrorTooLarge:
    '{file} is {megabytes} MB, above the {limit} MB limit for a reference layer; clip it to the district or simplify it first',
  referenceErrorInflatedTooLarge:
    '{file} unpacks to {megabytes} MB, above the {limit} MB limit for a reference layer; clip it to the district or simplify it first',
  referenceErrorFormat:
    '{file} is not a reference layer file the atlas reads; use GeoJSON (.geojson, .json), a zipped Shapefile (.zip) or KML/KMZ',
  referenceErrorJson: '{file} is not valid GeoJSON: {reason}',
  referenceErrorNotGeojson: '{file} holds no GeoJSON features (a FeatureCollection, a Feature or a geometry)',
  referenceErrorZip: '{file} cannot be unpacked: {reason}',
  referenceNotZip: 'not a valid zip archive',
  referenceErrorNoShp:
    '{file} holds no .shp or .kml file; zip a Shapefile with its .shp, .dbf, .prj (and .cpg) of the same name',
  referenceErrorShp: '{file}: {shape} cannot be read ({reason})',
  referenceErrorKml: '{file} is not a valid KML file: {reason}',
  referenceErrorNoKml: '{file} holds no .kml file',
  referenceErrorTooManyVertices:
    '{file} has {count} vertices, above the {limit}-vertex limit for a reference layer; clip it to the district or simplify it first',
  referenceErrorNoFeatures:
    '{file} has no feature that can be imported ({rejected} features failed the checks)',
  referenceErrorUnknownProjection: 'The coordinate system “{projection}” is not recognised; choose again',
  referenceNeedsProjection:
    'The coordinates of {file} are not longitudes and latitudes, and the file does not say its coordinate system (no .prj or crs); choose one',
  referenceErrorUnexpected: '{file} could not be read: {reason}',
  referenceRejectedNoGeometry: 'Feature {number}{name} has no geometry',
  referenceRejectedGeometryType:
    'Feature {number}{name} is a {type}, which is not supported (points, lines and polygons only)',
  referenceRejectedCoordinates: 'Feature {number}{name} has coordinates that are not valid numbers',
  referenceRejectedOutside:
    'Feature {number}{name} lies outside China ({lon}, {lat}); check the coordinate system',
  referenceWarningOtherLayers: 'The archive holds {count} layers; only {shape} was read',
  referenceWarningNoDbf:
    'The archive has no attribute table (.dbf): the features have no attributes and no labels',
  projectReferenceNotList: 'the reference layers are not a list',
  projectReferenceInvalid: 'reference layer {number} “{name}”: {problem}',
  projectReferenceNoName: 'the layer has no id or name',
  projectReferenceBadKind: 'the kind “{value}” is not one of road, river, village, parcel, red line or other',
  projectReferenceBadColour: 'the colour “{value}” is not of the form #RRGGBB',
  projectReferenceBadWidth: 'the width “{value}” is not a number above 0 and at most 20',
  projectReferenceBadLabel: 'the label field should be a field name or empty',
  projectReferenceBadSettings: 'its visibility, file or source is malformed',
  projectReferenceNoFeatures: 'it has no feature collection',
  projectReferenceBadFeature:
    'feature {feature} has an invalid geometry or attributes (longitude −180 to 180, latitude −90 to 90; attributes text, numbers or true/false)',
  referenceNothingToAdd: '{file} has no feature to add',
  referenceNameMissing: 'Give the layer a name',
  referenceDone:
    'Added the reference layer “{name}”: {count} features, {rejected} left out. Undo takes it away again.',
  publishBasemapNone:
    'No basemap file is open: the publication carries no offline basemap, only the basemap services of this deployment’s {config} (if any). For an offline basemap, open a PMTiles file under Basemap on the map first, then publish.',
  publishBasemapIncluded:
    'The basemap file {file} ({megabytes} MB) is published with it, as {target} in the folder; the publication offers it under Basemap.',
  publishBasemapIncludedShown:
    'The basemap file {file} ({megabytes} MB) is published with it, as {target} in the folder; the publication opens with it shown.',
  publishBasemapTooLarge:
    'The basemap file {file} is {megabytes} MB, over the {limit} MB the browser can pack, and is not in the ZIP; the configuration still names {target}: rename the file to {target} and copy it into the published folder beside index.html.',
};
