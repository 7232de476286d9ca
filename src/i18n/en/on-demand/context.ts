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
};
