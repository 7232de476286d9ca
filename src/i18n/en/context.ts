import type { contextZh } from '../zh-CN/context.ts';

/** English texts of the map as a place to think in: search, basemaps, reference layers, labels. */
export const contextEn: Record<keyof typeof contextZh, string> = {
  placeSearchPlaceholder: 'Find a township, school, village',
  placeSearchLoading: 'Preparing the pinyin index…',
  placeSearchNoResult: 'No township, school or village matches',
  placeSearchGroupTownship: 'Townships',
  placeSearchGroupSchool: 'Schools',
  placeSearchGroupVillage: 'Villages and communities',
  placeSearchMore: '{count} more; type more to narrow the list',
  placeSearchHidden: 'hidden by the filters',
  placeSearchHiddenSummary: '{count} matching schools are hidden by the current filters',
  placeSearchClearFilters: 'Clear filters',
  placeSearchVillageNoPlace: '{township} · no point imported; shows its township',
  placeSearchVillagePlaced: '{township} · point from the layer “{layer}”',
  basemapErrorTileType:
    'The tiles of {file} are of a type the map cannot draw ({type}); use vector (MVT) or PNG, JPEG or WebP tiles',
  basemapErrorNotArchive: '{file} is not a PMTiles basemap the atlas can read ({reason})',
  configErrorJson: 'The deployment file {file} is not valid JSON ({reason}); running with the defaults',
  configErrorNotObject: 'The deployment file {file} should be a JSON object; running with the defaults',
  configErrorVersion:
    'The deployment file {file} has no valid version ({version}); running with the defaults',
  configErrorNewer:
    'The deployment file {file} is version {version}; this app reads version {supported}. Update the app; running with the defaults',
  configUnknownKey: 'The deployment file {file} has a setting this version does not know, “{key}”; ignored',
  configBasemapsNotList: 'In the deployment file {file}, basemaps should be a list; ignored',
  configBasemapInvalid: 'In the deployment file {file}, basemap {number} is not an object; ignored',
  configBasemapNoId: 'In the deployment file {file}, basemap {number} has no id; ignored',
  configBasemapDuplicate: 'In the deployment file {file}, basemap {number} repeats the id “{id}”; ignored',
  configBasemapNoLayers:
    'In the deployment file {file}, the basemap “{basemap}” has no usable layer; ignored',
  configBasemapNoAttribution:
    'In the deployment file {file}, the basemap “{basemap}” has no attribution: prints will not credit it',
  configLayerInvalid:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” is not an object; ignored',
  configLayerNoUrl:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” has no url; ignored',
  configLayerType:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” has an unknown type “{type}” (xyz, wmts or pmtiles); ignored',
  configLayerBadUrl:
    'In the deployment file {file}, layer {number} of the basemap “{basemap}” has an invalid address: {url} (an xyz address needs {z}, {x} and {y}, a wmts address {TileMatrix}, {TileRow} and {TileCol}); ignored',
  configDefaultUnknown:
    'In the deployment file {file}, defaultBasemap “{id}” is not a configured basemap; ignored',
  configLayerUnreadable: 'The PMTiles file of the configured basemap “{basemap}” cannot be read: {reason}',
  basemapRefusedByPolicy:
    'The browser refuses the tiles of the basemap service “{basemap}”: {origin} is not in this site’s Content-Security-Policy. Ask IT to add it and rebuild as docs/DEPLOY.md describes',
  configFetchFailed: 'The deployment file {file} could not be loaded ({reason}); running with the defaults',
  basemapNotKeptTooLarge:
    'The basemap file is {size} MB, more than the browser can keep (about {free} MB free): it works for this session, and must be opened again next time',
  basemapNotKeptError:
    'The basemap file could not be kept in this browser ({reason}): it works for this session, and must be opened again next time',
  basemapRestoreFailed: 'The basemap file kept last time cannot be read ({reason}); open it again',
  layersTitle: 'Basemap and reference layers',
  basemapTitle: 'Basemap',
  basemapNone: 'None (the plain offline map)',
  basemapFileChoice: 'Basemap file: {name}',
  basemapTianditu: 'Tianditu (online, needs the internet)',
  basemapTiandituNeedsKey: 'Tianditu needs a key, entered in Settings',
  basemapOpen: 'Open a basemap file…',
  basemapReplace: 'Open another basemap file…',
  basemapClose: 'Remove the basemap file',
  basemapFileInfo: '{format} · {size} MB · zoom {minZoom}–{maxZoom}',
  basemapVector: 'Vector',
  basemapRaster: 'Raster',
  basemapKept: 'Kept in this browser; opens again next time',
  basemapKeeping: 'Keeping it in this browser…',
  basemapNotKept: 'For this session only; not kept in this browser',
  basemapAttribution: 'Credit: {attribution}',
  basemapDataDate: 'Data of {date}',
  basemapHelp:
    'A basemap file is a PMTiles archive (an OpenStreetMap vector extract of the county, or imagery), read on this computer, never uploaded; once opened it is kept in this browser (IndexedDB). Tile services on the bureau network are set up by IT in the deployment file.',
  basemapServiceChoice: '{name} (network service)',
  referenceTitle: 'Reference layers',
  referenceEmpty:
    'No reference layers yet. Import roads, rivers, village points, parcels or planning red lines.',
  referenceImport: 'Import a reference layer…',
  referenceShow: 'Show',
  referenceUp: 'Move up (draw over the others)',
  referenceDown: 'Move down',
  referenceRemove: 'Remove',
  referenceName: 'Layer name',
  referenceKind: 'Kind',
  referenceColour: 'Colour',
  referenceWidth: 'Line width',
  referenceLabelField: 'Label field',
  referenceNoLabel: 'No labels',
  referenceSource: 'Source',
  referenceFeatures: '{count} features',
  referenceKind_road: 'Roads',
  referenceKind_river: 'Rivers and water',
  referenceKind_village: 'Villages (points)',
  referenceKind_parcel: 'Land parcels',
  'referenceKind_red-line': 'Planning red lines',
  referenceKind_other: 'Other',
  legendReferenceSource: 'Source: {source}',
  legendBasemap: 'Basemap: {attribution}',
  referenceFieldSamples: '{field} ({samples})',
  basemapNotProtomaps:
    'This vector basemap is not in the Protomaps (OpenStreetMap) schema (layers: {layers}); the atlas style cannot draw it. Use a Protomaps PMTiles file',
  basemapRestoreFileMissing:
    'The restored project used the basemap file {name}, which this browser does not keep: choose “Open basemap file” to open it again.',
  basemapRestoreServiceMissing:
    'The restored project used the basemap service “{name}”, which this deployment’s configuration does not name: no basemap is shown; choose another or ask IT to add it to atlas.config.json.',
  basemapRestoreTiandituNeedsKey:
    'The restored project used the online Tianditu basemap, and this browser has no Tianditu key: enter one in Settings, then choose it.',
};
